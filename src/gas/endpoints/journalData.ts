import { JOURNAL_KEY } from '../../core/journal/columnTag';
import { ROWS } from '../../core/journal/positions';
import { anchorOf, type JournalSnapshot } from '../../core/journal/snapshot';
import type { JournalData } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { journalColumns, parseStored, type StoredJournal } from '../journalReader';
import type { Sheet } from '../services';
import { currentRuleset } from '../settingsSheet';
import { UserError } from '../userError';

/**
 * One journal as data, in two backend reads whatever its pupils and columns (getDataRange and its
 * getValues; the column roles come from the journal's record, confirmed by the header row just
 * read), plus the anchor formula when Check journals needs it.
 */
export function journalSnapshot(
  ctx: Ctx,
  sheet: Sheet,
  meta: StoredJournal,
  rules = currentRuleset(ctx),
  withAnchor = true,
): JournalSnapshot {
  const values = sheet.getDataRange().getValues();
  const columns = journalColumns(sheet, meta, values);
  const rows = meta.rows ?? { headerRow: ROWS.header, maxRow: ROWS.max, firstPupilRow: ROWS.firstPupil };
  const anchor = withAnchor ? anchorOf(rows, columns) : undefined;
  return {
    sheetName: sheet.getName(),
    meta,
    rows,
    columns,
    values,
    anchorFormula: anchor ? sheet.getRange(anchor.row, anchor.column).getFormulas()[0][0] : '',
    rules,
  };
}

/**
 * readJournal: the journal on sheet `sheetName` for the sidebar's reports, found through the
 * sheet's own metadata (not a search of the whole spreadsheet, so the cost does not grow with the
 * number of journals either). Dates become ISO text: google.script.run cannot return a Date.
 */
export function readJournal(ctx: Ctx, sheetName: string): JournalData {
  const sheet = typeof sheetName === 'string' ? ctx.ss.getSheetByName(sheetName) : null;
  const md = sheet?.getDeveloperMetadata().find((m) => m.getKey() === JOURNAL_KEY);
  const meta = md ? parseStored(md.getValue()) : undefined;
  if (!sheet || !meta) throw new UserError(ctx.texts.server.journalNotFound(String(sheetName)));
  const snapshot = journalSnapshot(ctx, sheet, meta);
  return { ...snapshot, values: plainValues(snapshot.values), sheetId: sheet.getSheetId() };
}

/** Cell values that can cross google.script.run: Dates as ISO strings. */
export function plainValues(values: readonly (readonly unknown[])[]): (string | number | boolean)[][] {
  return values.map((row) =>
    row.map((v) =>
      v instanceof Date
        ? v.toISOString()
        : typeof v === 'number' || typeof v === 'boolean'
          ? v
          : String(v ?? ''),
    ),
  );
}
