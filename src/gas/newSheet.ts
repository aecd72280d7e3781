import { uniqueSheetName } from '../core/journal/sheetName';
import type { Sheet, Spreadsheet } from './services';

/**
 * Inserts a sheet under `wanted` or the first free «wanted (n)»: the insert itself says whether the
 * name is taken, and only then is each candidate looked up (getSheetByName) — never a listing of
 * every sheet, which costs a read per sheet of a large school file. Without `index` the sheet goes
 * after the active one, as Sheets places it.
 */
export function insertNamedSheet(ss: Spreadsheet, wanted: string, index?: number): Sheet {
  const insert = (name: string) => (index === undefined ? ss.insertSheet(name) : ss.insertSheet(name, index));
  const taken = (e: unknown) => /already exists/i.test(String((e as Error)?.message));
  // The wanted name is almost always free: try it straight away (no look-up), then look.
  const first = uniqueSheetName(wanted, () => false);
  try {
    return insert(first);
  } catch (e) {
    if (!taken(e)) throw e;
  }
  // A name another execution takes between the look-up and the insert: try the next one.
  const lost = new Set<string>([first.toLowerCase()]);
  for (let attempt = 1; ; attempt++) {
    const name = uniqueSheetName(wanted, (n) => lost.has(n.toLowerCase()) || ss.getSheetByName(n) !== null);
    try {
      return insert(name);
    } catch (e) {
      if (attempt >= 5 || !taken(e)) throw e;
      lost.add(name.toLowerCase());
    }
  }
}
