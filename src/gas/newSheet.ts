import { uniqueSheetName } from '../core/journal/sheetName';
import type { Sheet, Spreadsheet } from './services';

/**
 * Inserts a sheet under `wanted` or the first free «wanted (n)», asking Sheets about each
 * candidate (one getSheetByName, almost always the only one) rather than listing every sheet,
 * which costs a read per sheet of a large school file. Without `index` the sheet goes after the
 * active one, as Sheets places it.
 */
export function insertNamedSheet(ss: Spreadsheet, wanted: string, index?: number): Sheet {
  const name = uniqueSheetName(wanted, (n) => ss.getSheetByName(n) !== null);
  return index === undefined ? ss.insertSheet(name) : ss.insertSheet(name, index);
}
