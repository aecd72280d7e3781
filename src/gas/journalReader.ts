import { COLUMN_KEY, JOURNAL_KEY, parseColumnTag, type ColumnTag } from '../core/journal/columnTag';
import type { JournalSnapshot } from '../core/journal/snapshot';
import type { JournalMeta } from '../core/journal/types';
import type { Sheet, Spreadsheet } from './services';

/** The journal's record as the writer stores it on the sheet: its meta and where its rows are. */
export interface StoredJournal extends JournalMeta {
  rows: JournalSnapshot['rows'];
  /**
   * The column roles as written: [column, `kb.col` value, header text]. A read confirms them
   * against the header row it just read and needs no metadata getter per column; only when a
   * header disagrees (a column inserted, deleted or retitled) does it go back to the column tags.
   */
  roles?: [number, string, string][];
}

export interface FoundJournal {
  sheet: Sheet;
  sheetName: string;
  meta: StoredJournal;
}

/**
 * The journals of the spreadsheet, found by their metadata: one finder call whatever the tab
 * names, then a few local getters each. With `only`, just the journals on those sheets (a batch of
 * a long run), whose records alone are parsed.
 */
export function findJournals(ss: Spreadsheet, only?: ReadonlySet<string>): FoundJournal[] {
  // A few sheets: two reads each beat a few local getters for every journal of a large file.
  if (only && only.size <= FEW) return [...only].flatMap((name) => journalOn(ss, name));
  const found: FoundJournal[] = [];
  for (const md of ss.createDeveloperMetadataFinder().withKey(JOURNAL_KEY).find()) {
    const sheet = md.getLocation().getSheet();
    const sheetName = sheet?.getName();
    if (!sheet || sheetName === undefined || (only && !only.has(sheetName))) continue;
    const meta = parseStored(md.getValue());
    if (meta) found.push({ sheet, sheetName, meta });
  }
  return found;
}

const FEW = 5;

/** The journal on one sheet, looked up by name (getSheetByName, then that sheet's metadata). */
function journalOn(ss: Spreadsheet, sheetName: string): FoundJournal[] {
  const sheet = ss.getSheetByName(sheetName);
  const md = sheet?.getDeveloperMetadata().find((m) => m.getKey() === JOURNAL_KEY);
  const meta = md ? parseStored(md.getValue()) : undefined;
  return sheet && meta ? [{ sheet, sheetName, meta }] : [];
}

export function parseStored(value: string | null): StoredJournal | undefined {
  try {
    const meta = JSON.parse(value ?? '') as StoredJournal;
    return meta && meta.v === 1 && meta.rows ? meta : undefined;
  } catch {
    return undefined; // metadata someone else edited: not a journal we can read
  }
}

/**
 * The journal's columns: from its record when every recorded header is still where it was in
 * `values` (getValues of the sheet from A1), else from the column tags (readColumnTags).
 */
export function journalColumns(
  sheet: Sheet,
  meta: StoredJournal,
  values: readonly (readonly unknown[])[],
): ColumnTag[] {
  const header = values[meta.rows.headerRow - 1] ?? [];
  const recorded = (meta.roles ?? []).flatMap(([column, value, text]) => {
    const tag = parseColumnTag(value);
    return tag && String(header[column - 1] ?? '') === text ? [{ ...tag, column }] : [];
  });
  return meta.roles && recorded.length === meta.roles.length && recorded.length > 0
    ? recorded
    : readColumnTags(sheet);
}

/** The journal's tagged columns where they are now, after any columns a teacher inserted or deleted. */
export function readColumnTags(sheet: Sheet): ColumnTag[] {
  const tags: ColumnTag[] = [];
  for (const md of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
    const tag = parseColumnTag(md.getValue());
    const column = md.getLocation().getColumn()?.getColumn();
    if (tag && column !== undefined) tags.push({ ...tag, column });
  }
  return tags;
}
