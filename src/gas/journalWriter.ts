import type { JournalLayout } from '../core/journal/types';
import { columnLetter } from '../core/journal/a1';
import { COLUMN_KEY, JOURNAL_KEY, columnTagValue } from '../core/journal/columnTag';
import type { StoredJournal } from './journalReader';
import { applyLayout } from './layoutWriter';
import { insertNamedSheet } from './newSheet';
import type { Services, Sheet, Spreadsheet } from './services';

/**
 * Creates a journal sheet from a layout computed by the core. Every write is a bulk call and the
 * number of calls depends on the journal's columns, never on its pupils. The sheet is new, so
 * nothing the user made is touched.
 */
export function writeJournal(services: Services, ss: Spreadsheet, layout: JournalLayout): Sheet {
  const sheet = insertNamedSheet(ss, layout.sheetName);
  // User text in the grid is already quoted by the core (sheetText), so a pupil called
  // "=HYPERLINK(…)" or "+7 701…" stays a name; the one formula is written on its own.
  applyLayout(services, sheet, layout);
  if (layout.formula) sheet.getRange(layout.formula.a1).setFormula(layout.formula.text);

  const { headerRow, maxRow, firstPupilRow } = layout.positions;
  const header = layout.values[headerRow - 1] ?? [];
  const stored: StoredJournal = {
    ...layout.meta,
    rows: { headerRow, maxRow, firstPupilRow },
    // The header text as getValues will read it back (without Sheets' quote prefix).
    roles: layout.columnRoles.map((c) => [
      c.column,
      columnTagValue(c.role, c.index),
      String(header[c.column - 1] ?? '').replace(/^'/, ''),
    ]),
  };
  sheet.addDeveloperMetadata(JOURNAL_KEY, JSON.stringify(stored));
  for (const c of layout.columnRoles) {
    const letter = columnLetter(c.column);
    sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(COLUMN_KEY, columnTagValue(c.role, c.index));
  }
  return sheet;
}
