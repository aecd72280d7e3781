import { uniqueSheetName } from '../core/journal/sheetName';
import type { Sheet, Spreadsheet } from './services';

/**
 * Inserts a sheet under `wanted` or the first free «wanted (n)», asking Sheets about each
 * candidate (one getSheetByName, almost always the only one) rather than listing every sheet,
 * which costs a read per sheet of a large school file. Without `index` the sheet goes after the
 * active one, as Sheets places it.
 */
export function insertNamedSheet(ss: Spreadsheet, wanted: string, index?: number): Sheet {
  // A name another execution takes between the look-up and the insert: try the next one.
  const lost = new Set<string>();
  for (let attempt = 1; ; attempt++) {
    const name = uniqueSheetName(wanted, (n) => lost.has(n.toLowerCase()) || ss.getSheetByName(n) !== null);
    try {
      return index === undefined ? ss.insertSheet(name) : ss.insertSheet(name, index);
    } catch (e) {
      if (attempt >= 5 || !/already exists/i.test(String((e as Error)?.message))) throw e;
      lost.add(name.toLowerCase());
    }
  }
}
