import type { JournalLayout } from '../core/journal/types';
import { columnLetter } from '../core/journal/a1';
import { COLUMN_KEY, JOURNAL_KEY, columnTagValue } from '../core/journal/columnTag';
import type { StoredJournal } from './journalReader';
import type { Services, Sheet, Spreadsheet } from './services';

/**
 * Creates a journal sheet from a layout computed by the core. Every write is a bulk call and the
 * number of calls depends on the journal's columns, never on its pupils. The sheet is new, so
 * nothing the user made is touched.
 */
export function writeJournal(services: Services, ss: Spreadsheet, layout: JournalLayout): Sheet {
  const app = services.SpreadsheetApp;
  const sheet = ss.insertSheet(layout.sheetName, ss.getSheets().length);
  fitSize(sheet, layout.rows, layout.columns);

  const width = layout.columns;
  // User text in the grid is already quoted by the core (sheetText), so a pupil called
  // "=HYPERLINK(…)" or "+7 701…" stays a name; the one formula is written on its own.
  sheet.getRange(1, 1, layout.values.length, width).setValues(layout.values);
  if (layout.formula) sheet.getRange(layout.formula.a1).setFormula(layout.formula.text);

  for (const a1 of layout.merges) sheet.getRange(a1).merge();
  for (const a1 of layout.bold) sheet.getRange(a1).setFontWeight('bold');
  for (const b of layout.backgrounds) sheet.getRange(b.a1).setBackground(b.color);
  for (const f of layout.numberFormats) sheet.getRange(f.a1).setNumberFormat(f.format);
  for (const w of layout.columnWidths) sheet.setColumnWidth(w.column, w.width);
  sheet.setFrozenRows(layout.frozenRows);
  sheet.setFrozenColumns(layout.frozenColumns);

  for (const v of layout.validations) {
    const rule = app
      .newDataValidation()
      .requireFormulaSatisfied(v.formula)
      .setAllowInvalid(true)
      .setHelpText(v.helpText)
      .build();
    sheet.getRange(v.a1).setDataValidation(rule);
  }
  sheet.setConditionalFormatRules(
    layout.formatRules.map((r) => {
      let b = app.newConditionalFormatRule();
      if (r.when === 'textStartsWith') b = b.whenTextStartsWith(String(r.value));
      else if (r.when === 'textEqualTo') b = b.whenTextEqualTo(String(r.value));
      else if (r.when === 'numberEqualTo') b = b.whenNumberEqualTo(Number(r.value));
      else b = b.whenFormulaSatisfied(String(r.value));
      b = b.setBackground(r.background);
      if (r.fontColor) b = b.setFontColor(r.fontColor);
      return b.setRanges(r.ranges.map((a1) => sheet.getRange(a1))).build();
    }),
  );
  for (const p of layout.protections)
    sheet.getRange(p.a1).protect().setWarningOnly(true).setDescription(p.description);

  const { headerRow, maxRow, firstPupilRow } = layout.positions;
  const stored: StoredJournal = { ...layout.meta, rows: { headerRow, maxRow, firstPupilRow } };
  sheet.addDeveloperMetadata(JOURNAL_KEY, JSON.stringify(stored));
  for (const c of layout.columnRoles) {
    const letter = columnLetter(c.column);
    sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(COLUMN_KEY, columnTagValue(c.role, c.index));
  }
  return sheet;
}

/** A new sheet has 1000 × 26 cells; keep what the journal needs so it prints and scrolls cleanly. */
function fitSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  else if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
}
