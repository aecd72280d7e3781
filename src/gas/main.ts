/**
 * The one entry point of the Apps Script bundle: every function Apps Script or Sheets calls is an
 * export here, reached through the matching top-level stub in globals.js. Nothing at top level may
 * touch a service: this module runs before every execution, custom-function calls included.
 */
import { markFunctions } from './functions/marks';
import { periodFunctions } from './functions/period';
import { scaleFunctions } from './functions/scale';
import { spreadsheetLocale } from './locale';

export const { KB_QUARTER, KB_PERCENT, KB_DETAIL, KB_EXPLAIN, KB_NEED } = periodFunctions(spreadsheetLocale);
export const { KB_MARK, KB_LEVEL } = scaleFunctions(spreadsheetLocale);
export const { KB_ANNUAL, KB_STATS, KB_QUALITY, KB_SUCCESS, KB_SOU } = markFunctions(spreadsheetLocale);
