/**
 * The one entry point of the Apps Script bundle: every function Apps Script or Sheets calls is an
 * export here, reached through the matching top-level stub in globals.js. Nothing at top level may
 * touch a service: this module runs before every execution, custom-function calls included, and
 * in AuthMode.NONE.
 */
import type { Panel } from '../shared/endpoints';
import { appsScriptServices } from './appsScript';
import { analysesFromMenu, checkFromMenu, monitoringFromMenu } from './app/menuRuns';
import { context } from './context';
import { endpoints } from './endpoints';
import { examFunctions } from './functions/exam';
import { markFunctions } from './functions/marks';
import { periodFunctions } from './functions/period';
import { scaleFunctions } from './functions/scale';
import { spreadsheetLocale } from './locale';
import { buildMenu, type OpenEvent } from './menu';
import { showSidebar } from './sidebar';

export const { KB_QUARTER, KB_PERCENT, KB_DETAIL, KB_EXPLAIN, KB_NEED } = periodFunctions(spreadsheetLocale);
export const { KB_MARK, KB_LEVEL } = scaleFunctions(spreadsheetLocale);
export const { KB_ANNUAL, KB_STATS, KB_QUALITY, KB_SUCCESS, KB_SOU } = markFunctions(spreadsheetLocale);
export const { KB_EXAM, KB_FINAL } = examFunctions(spreadsheetLocale);

export function onOpen(e?: OpenEvent): void {
  buildMenu(appsScriptServices(), e);
}

export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

const show = (panel: Panel) => () => showSidebar(appsScriptServices(), panel);
export const kbShowNewJournal = show('newJournal');
export const kbShowFromTemplate = show('fromTemplate');
export const kbShowCheck = show('check');
export const kbShowSettings = show('settings');
export const kbShowHelp = show('help');
export const kbShowModeration = show('moderation');
export const kbShowAnalysis = show('analysis');
export const kbShowMonitoring = show('monitoring');
export const kbShowSpecs = show('specs');

// The same work without the sidebar: one execution, toasts for progress.
const ctx = () => context(appsScriptServices());
export const kbRunMonitoring = () => monitoringFromMenu(ctx());
export const kbRunAnalyses = () => analysesFromMenu(ctx());
export const kbRunCheck = () => checkFromMenu(ctx());

export const {
  getBootstrap,
  listJournals,
  listSheets,
  saveSettings,
  createJournal,
  createExamJournal,
  readRoster,
  saveTemplate,
  deleteTemplate,
  exportTemplate,
  importTemplate,
  planFromTemplate,
  createFromTemplate,
  checkJournals,
  jumpTo,
  readJournal,
  listModerations,
  startModeration,
  refreshModeration,
  writeProtocol,
  planModeration,
  commitModeration,
  listSpecs,
  saveSpec,
  deleteSpec,
  createScoreGrid,
  writeRubrics,
  journalBatches,
  monitoringResults,
  writeMonitoring,
  writeAnalyses,
} = endpoints(appsScriptServices);
