import { COLUMN_KEY, JOURNAL_KEY, parseColumnTag, type ColumnTag } from '../core/journal/columnTag';
import type { JournalSnapshot } from '../core/journal/snapshot';
import type { JournalMeta } from '../core/journal/types';
import type { Sheet, Spreadsheet } from './services';

/** The journal's record as the writer stores it on the sheet: its meta and where its rows are. */
export interface StoredJournal extends JournalMeta {
  rows: JournalSnapshot['rows'];
}

export interface FoundJournal {
  sheet: Sheet;
  meta: StoredJournal;
}

/** Every journal of the spreadsheet, found by its metadata (one finder call, whatever the tab names). */
export function findJournals(ss: Spreadsheet): FoundJournal[] {
  const found: FoundJournal[] = [];
  for (const md of ss.createDeveloperMetadataFinder().withKey(JOURNAL_KEY).find()) {
    const sheet = md.getLocation().getSheet();
    const meta = parseStored(md.getValue());
    if (sheet && meta) found.push({ sheet, meta });
  }
  return found;
}

export function parseStored(value: string | null): StoredJournal | undefined {
  try {
    const meta = JSON.parse(value ?? '') as StoredJournal;
    return meta && meta.v === 1 && meta.rows ? meta : undefined;
  } catch {
    return undefined; // metadata someone else edited: not a journal we can read
  }
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
