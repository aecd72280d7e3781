import type { CellValue } from '../../src/gas/services';
import { rectA1 } from './a1';
import { conditionalStyle, validationFails } from './conditions';
import { displayValue } from './format';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import { dateToSerial, isDate, isDateFormat, serialToDate } from './values';

/**
 * A read-only picture of the spreadsheet for rendering a grid (the playground) — plain JSON data.
 * Cells are listed only when they show something or carry formatting.
 */

export interface CellSnapshot {
  row: number;
  col: number;
  value: CellValue;
  display: string;
  formula?: string;
  /** The value comes from an array result of another cell. */
  spilled?: true;
  /** The tooltip of an error cell (#ERROR!, #REF! …). */
  error?: string;
  background?: string;
  fontWeight?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  wrap?: boolean;
  verticalAlignment?: string;
  border?: true;
  numberFormat?: string;
  note?: string;
  /** Help text of the cell's data validation ('' when it has none). */
  validation?: string;
  /** The value breaks the cell's data validation (Sheets marks such cells). */
  invalid?: true;
  /** Colours from the first matching conditional-format rule. */
  conditional?: { background?: string; fontColor?: string };
}

export interface SheetSnapshot {
  name: string;
  id: number;
  index: number;
  frozenRows: number;
  frozenColumns: number;
  rows: number;
  columns: number;
  tabColor?: string;
  cells: CellSnapshot[];
  merges: string[];
  /** Widths of columns that were set; others are 100 px. */
  columnWidths: Record<number, number>;
  protections: { range: string | null; description: string; warningOnly: boolean }[];
  /** Native charts (type, source ranges in A1, anchor cell, title), for a chart box in the playground. */
  charts: { type: string; ranges: string[]; row: number; column: number; title: string }[];
}

export interface SpreadsheetSnapshot {
  id: string;
  name: string;
  locale: string;
  sheets: SheetSnapshot[];
  activeSheet: string;
  activeRange?: string;
}

export function buildSnapshot(spreadsheet: FakeSpreadsheet): SpreadsheetSnapshot {
  const selection = spreadsheet.activeSelection();
  const snapshot: SpreadsheetSnapshot = {
    id: spreadsheet.id,
    name: spreadsheet.title,
    locale: spreadsheet.locale,
    sheets: spreadsheet.sheetList().map((sheet, i) => sheetSnapshot(sheet, i + 1)),
    activeSheet: selection.sheet.sheetName,
  };
  if (selection.a1) snapshot.activeRange = selection.a1;
  return snapshot;
}

function sheetSnapshot(sheet: FakeSheet, index: number): SheetSnapshot {
  const snap: SheetSnapshot = {
    name: sheet.sheetName,
    id: sheet.sheetId,
    index,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    rows: sheet.rowCount,
    columns: sheet.columnCount,
    cells: cellSnapshots(sheet),
    merges: sheet.merges.map(rectA1),
    columnWidths: Object.fromEntries([...sheet.columnWidths].sort(([a], [b]) => a - b)),
    protections: [...(sheet.sheetProtection ? [sheet.sheetProtection] : []), ...sheet.protections].map(
      (p) => ({ range: p.a1(), description: p.getDescription(), warningOnly: p.isWarningOnly() }),
    ),
    charts: sheet.charts.map((c) => ({
      type: c.type,
      ranges: [...c.ranges],
      row: c.position?.row ?? 1,
      column: c.position?.column ?? 1,
      title: c.title,
    })),
  };
  if (sheet.tabColor) snap.tabColor = sheet.tabColor;
  return snap;
}

function cellSnapshots(sheet: FakeSheet): CellSnapshot[] {
  const { engine, locale } = sheet.spreadsheet;
  const used = engine.usedSize(sheet.engineId);
  const cells = new Map<string, CellSnapshot>();
  const cellAt = (row: number, col: number, value: CellValue, formula: string): CellSnapshot => {
    const props = sheet.props(row, col);
    const shown =
      typeof value === 'number' && isDateFormat(props?.numberFormat) ? serialToDate(value) : value;
    const cell: CellSnapshot = {
      row,
      col,
      value: shown,
      display: displayValue(value, props?.numberFormat, locale),
    };
    if (formula) cell.formula = formula;
    return cell;
  };
  if (used.rows > 0) {
    const rect = { row: 1, col: 1, numRows: used.rows, numCols: used.cols };
    const area = sheet.area(rect);
    const values = engine.values(area);
    const formulas = engine.formulas(area);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === '' && !formulas[r][c]) return;
        cells.set(`${r + 1}:${c + 1}`, cellAt(r + 1, c + 1, value, formulas[r][c]));
      }),
    );
  }
  for (const [row, col] of sheet.cells.entries()) {
    if (!cells.has(`${row}:${col}`)) cells.set(`${row}:${col}`, cellAt(row, col, '', ''));
  }
  const out = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const cell of out) decorate(sheet, cell);
  return out;
}

function decorate(sheet: FakeSheet, cell: CellSnapshot): void {
  const { engine } = sheet.spreadsheet;
  const at = { sheet: sheet.engineId, row: cell.row - 1, col: cell.col - 1 };
  const hasValue = cell.value !== '' || cell.formula !== undefined;
  if (hasValue && !cell.formula && engine.isSpilled(at)) cell.spilled = true;
  const error = typeof cell.value === 'string' && cell.value.startsWith('#') ? engine.errorAt(at) : undefined;
  if (error) cell.error = error.message;
  const p = sheet.props(cell.row, cell.col);
  if (p) {
    if (p.background) cell.background = p.background;
    if (p.fontWeight) cell.fontWeight = p.fontWeight;
    if (p.fontSize !== undefined) cell.fontSize = p.fontSize;
    if (p.horizontalAlignment) cell.horizontalAlignment = p.horizontalAlignment;
    if (p.wrap !== undefined) cell.wrap = p.wrap;
    if (p.verticalAlignment) cell.verticalAlignment = p.verticalAlignment;
    if (p.border) cell.border = true;
    if (p.numberFormat) cell.numberFormat = p.numberFormat;
    if (p.note) cell.note = p.note;
    if (p.validation) {
      cell.validation = p.validation.rule.helpText;
      if (hasValue && validationFails(sheet, cell.row, cell.col)) cell.invalid = true;
    }
  }
  if (sheet.conditionalRules.length > 0) {
    const value = isDate(cell.value) ? dateToSerial(cell.value) : cell.value;
    const style = conditionalStyle(sheet, cell.row, cell.col, value);
    if (style) cell.conditional = style;
  }
}
