import type {
  CellValue,
  EmbeddedChart,
  EmbeddedChartBuilder,
  ConditionalFormatRule,
  DeveloperMetadata,
  DeveloperMetadataFinder,
  Protection,
  Range,
  Sheet,
} from '../../src/gas/services';
import type { Rect } from './a1';
import { parseA1, rectA1, rectContains, rectsOverlap, splitSheetPrefix } from './a1';
import type { ConditionKind, FakeDataValidation } from './builders';
import { FakeConditionalFormatRule } from './builders';
import type { CallLog } from './callLog';
import { instrument, methodsOf } from './callLog';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder, type ChartRecord } from './charts';
import type { Area } from './engine';
import { displayValue } from './format';
import { Grid } from './grid';
import { FakeDeveloperMetadataFinder } from './metadata';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import { FakeRangeList } from './rangeList';
import type { FakeSpreadsheet } from './spreadsheet';
import type { Content } from './values';
import { dateToSerial, isDate, isDateFormat, parseInput, serialToDate } from './values';

/** Everything recorded about one cell besides its content. */
export interface CellProps {
  numberFormat?: string;
  fontWeight?: string;
  fontSize?: number;
  background?: string;
  horizontalAlignment?: string;
  wrap?: boolean;
  verticalAlignment?: string;
  /** The cell has a border (setBorder with any side true). */
  border?: boolean;
  note?: string;
  /** The rule, and its formula as it reads for this cell (relative references moved). */
  validation?: { rule: FakeDataValidation; formula: string };
}

/** A conditional-format rule as applied to a sheet: its ranges move with row/column changes. */
export interface AppliedRule {
  rule: FakeConditionalFormatRule;
  kind: ConditionKind;
  /** The condition; for a formula, as it reads at the top-left cell of the first range. */
  argument: string | number;
  background: string | null;
  fontColor: string | null;
  rects: Rect[];
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export class FakeSheet implements Sheet {
  rowCount = DEFAULT_ROWS;
  columnCount = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  /** Row heights set with setRowHeights (the rubric pages). */
  readonly rowHeights = new Map<number, number>();
  tabColor: string | null = null;
  readonly cells = new Grid<CellProps>();
  merges: Rect[] = [];
  /** Range protections; the sheet's own protection is `sheetProtection`. */
  protections: FakeProtection[] = [];
  sheetProtection: FakeProtection | null = null;
  conditionalRules: AppliedRule[] = [];
  /** Some validation or rule formula names a sheet («!»): a structure change elsewhere may move it. */
  crossSheetRules = false;
  /** Charts inserted on this sheet, in order. */
  charts: ChartRecord[] = [];

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public sheetName: string,
    readonly sheetId: number,
    readonly engineId: number,
  ) {}

  get calls(): CallLog {
    return this.spreadsheet.calls;
  }

  // ---- the narrow interface -----------------------------------------------------------------

  getName(): string {
    return this.sheetName;
  }

  getSheetId(): number {
    return this.sheetId;
  }

  getIndex(): number {
    return this.spreadsheet.sheetList().indexOf(this) + 1;
  }

  getRange(a1Notation: string): FakeRange;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): FakeRange;
  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof a === 'string') {
      const { sheetName, ref } = splitSheetPrefix(a);
      if (sheetName !== undefined && sheetName !== this.sheetName) return this.spreadsheet.rangeByA1(a);
      return this.rangeOf(parseA1(ref, this.rowCount, this.columnCount));
    }
    return this.rangeOf({ row: a, col: column ?? NaN, numRows: numRows ?? 1, numCols: numColumns ?? 1 });
  }

  /** Every A1 of this sheet, checked as getRange checks it (an invalid one throws). */
  getRangeList(a1Notations: string[]): FakeRangeList {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0)
      throw new Error(
        "The parameters (number[]) don't match the method signature for SpreadsheetApp.Sheet.getRangeList.",
      );
    return new FakeRangeList(
      this.calls,
      this.calls.paused(() => a1Notations.map((a1) => this.getRange(a1))),
    );
  }

  getLastRow(): number {
    return this.spreadsheet.engine.usedSize(this.engineId).rows;
  }

  getLastColumn(): number {
    return this.spreadsheet.engine.usedSize(this.engineId).cols;
  }

  getMaxRows(): number {
    return this.rowCount;
  }

  getMaxColumns(): number {
    return this.columnCount;
  }

  getDataRange(): FakeRange {
    const used = this.spreadsheet.engine.usedSize(this.engineId);
    return this.rangeOf({ row: 1, col: 1, numRows: Math.max(1, used.rows), numCols: Math.max(1, used.cols) });
  }

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows >= this.rowCount) throw new Error("You can't freeze all visible rows on the sheet.");
    this.frozenRows = rows;
    this.spreadsheet.emit('format', this);
  }

  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns >= this.columnCount) {
      throw new Error("You can't freeze all visible columns on the sheet.");
    }
    this.frozenColumns = columns;
    this.spreadsheet.emit('format', this);
  }

  setColumnWidth(column: number, width: number): Sheet {
    return this.setColumnWidths(column, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this.checkColumns(startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    this.spreadsheet.emit('format', this);
    return this;
  }

  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    if (!Number.isInteger(startRow) || !Number.isInteger(numRows) || startRow < 1 || numRows < 1)
      throw new Error('The starting row of the range is too small.');
    if (startRow + numRows - 1 > this.rowCount) throw new Error('Those rows are out of bounds.');
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights.set(r, height);
    this.spreadsheet.emit('format', this);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.checkColumns(afterPosition, 1);
    if (howMany < 1) throw new Error('The number of columns to insert must be at least 1.');
    this.spreadsheet.changeStructure(this, {
      axis: 'col',
      kind: 'insert',
      at: afterPosition + 1,
      count: howMany,
    });
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this.rowCount) throw new Error('Those rows are out of bounds.');
    if (howMany < 1) throw new Error('The number of rows to insert must be at least 1.');
    this.spreadsheet.changeStructure(this, {
      axis: 'row',
      kind: 'insert',
      at: afterPosition + 1,
      count: howMany,
    });
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.rowCount) {
      throw new Error('Those rows are out of bounds.');
    }
    const frozenLeft = this.frozenRows - overlapCount(1, this.frozenRows, rowPosition, howMany);
    if (this.rowCount - howMany - frozenLeft <= 0) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.spreadsheet.changeStructure(this, { axis: 'row', kind: 'delete', at: rowPosition, count: howMany });
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.columnCount) {
      throw new Error('Those columns are out of bounds.');
    }
    const frozenLeft = this.frozenColumns - overlapCount(1, this.frozenColumns, columnPosition, howMany);
    if (this.columnCount - howMany - frozenLeft <= 0) {
      throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    }
    this.spreadsheet.changeStructure(this, {
      axis: 'col',
      kind: 'delete',
      at: columnPosition,
      count: howMany,
    });
  }

  addDeveloperMetadata(key: string, value: string): Sheet {
    this.spreadsheet.metadata.add(key, value, { type: 'SHEET', sheet: this });
    return this;
  }

  /** The metadata on the sheet itself (not on its rows or columns). */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.spreadsheet.metadata.at(this, 'SHEET');
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this.calls, this.spreadsheet.metadata, this);
  }

  /** Replaces all the sheet's conditional-format rules; earlier rules win where several match. */
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.conditionalRules = rules.map((rule) => {
      if (!(rule instanceof FakeConditionalFormatRule)) throw new Error('Invalid argument: rules');
      return {
        rule,
        kind: rule.kind,
        argument: rule.argument,
        background: rule.background,
        fontColor: rule.fontColor,
        rects: rule.ranges.map((r) => ({ ...r.rect })),
      };
    });
    if (this.conditionalRules.some((r) => r.kind === 'CUSTOM_FORMULA' && String(r.argument).includes('!')))
      this.crossSheetRules = true;
    this.spreadsheet.emit('format', this);
  }

  /** The sheet's protection: protecting a protected sheet returns the existing one, as in Sheets. */
  protect(): Protection {
    this.sheetProtection ??= new FakeProtection(this.calls, 'SHEET', null);
    this.spreadsheet.emit('format', this);
    return this.sheetProtection;
  }

  setTabColor(color: string | null): Sheet {
    this.tabColor = color;
    this.spreadsheet.emit('format', this);
    return this;
  }

  activate(): Sheet {
    this.spreadsheet.activate(this);
    return this;
  }

  setName(name: string): Sheet {
    this.spreadsheet.rename(this, name);
    return this;
  }

  newChart(): EmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.calls, this.sheetName);
  }

  insertChart(chart: EmbeddedChart): void {
    if (!(chart instanceof FakeEmbeddedChart)) throw new Error('Invalid argument: chart');
    if (!chart.record.position) throw new Error('The chart has no position.');
    this.charts.push(chart.record);
    this.spreadsheet.emit('format', this);
  }

  /** Clears contents and formats; notes, validations, merges and rules stay, as in Sheets. */
  clear(): Sheet {
    const used = this.spreadsheet.engine.usedSize(this.engineId);
    if (used.rows > 0) this.writeContents({ row: 1, col: 1, numRows: used.rows, numCols: used.cols }, null);
    for (const [row, col, p] of [...this.cells.entries()]) {
      const kept: CellProps = { note: p.note, validation: p.validation };
      if (kept.note === undefined && kept.validation === undefined) this.cells.delete(row, col);
      else this.cells.set(row, col, kept);
    }
    this.spreadsheet.emit('values', this);
    return this;
  }

  // ---- internals for ranges, the spreadsheet and tests (not counted) ------------------------

  /** A range of this sheet, with Apps Script's checks and messages. */
  rangeOf(rect: Rect): FakeRange {
    const { row, col, numRows, numCols } = rect;
    if (!Number.isInteger(row) || row < 1) throw new Error('The starting row of the range is too small.');
    if (!Number.isInteger(col) || col < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.rowCount || col + numCols - 1 > this.columnCount) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, rect);
  }

  /** Whole columns ('C:E') or whole rows ('4:6') as a range (for metadata locations). */
  lineRange(axis: 'row' | 'col', start: number, count: number): Range {
    if (axis === 'col') {
      return new FakeRange(this, {
        row: 1,
        col: start,
        numRows: this.rowCount,
        numCols: count,
        wholeColumns: true,
      });
    }
    return new FakeRange(this, {
      row: start,
      col: 1,
      numRows: count,
      numCols: this.columnCount,
      wholeRows: true,
    });
  }

  /** The whole columns or rows a range covers, or null when it is neither. */
  lineOf(rect: Rect): { type: 'COLUMN' | 'ROW'; start: number; count: number } | null {
    if (rect.wholeColumns || (rect.row === 1 && rect.numRows === this.rowCount && !rect.wholeRows)) {
      return { type: 'COLUMN', start: rect.col, count: rect.numCols };
    }
    if (rect.wholeRows || (rect.col === 1 && rect.numCols === this.columnCount)) {
      return { type: 'ROW', start: rect.row, count: rect.numRows };
    }
    return null;
  }

  area(rect: Rect): Area {
    return {
      sheet: this.engineId,
      row: rect.row - 1,
      col: rect.col - 1,
      numRows: rect.numRows,
      numCols: rect.numCols,
    };
  }

  /** getValues: computed values; numbers in date-formatted cells come back as Dates, as in Sheets. */
  readValues(rect: Rect): CellValue[][] {
    const values: CellValue[][] = this.spreadsheet.engine.values(this.area(rect));
    if (this.cells.size === 0) return values;
    return values.map((row, r) =>
      row.map((v, c) => {
        const format = this.cells.get(rect.row + r, rect.col + c)?.numberFormat;
        return typeof v === 'number' && isDateFormat(format) ? serialToDate(v) : v;
      }),
    );
  }

  readDisplayValues(rect: Rect): string[][] {
    const locale = this.spreadsheet.locale;
    return this.spreadsheet.engine
      .values(this.area(rect))
      .map((row, r) =>
        row.map((v, c) => displayValue(v, this.cells.get(rect.row + r, rect.col + c)?.numberFormat, locale)),
      );
  }

  readFormulas(rect: Rect): string[][] {
    return this.spreadsheet.engine.formulas(this.area(rect));
  }

  /** setValues: strings are read as typed input ('=…' a formula, '7' a number) unless the cell is '@' text. */
  writeValues(rect: Rect, values: unknown[][]): void {
    // Array.from, not map: arrays from the bundle's vm realm must not reach the engine.
    const contents = Array.from(values, (row, r) =>
      Array.from(row, (value, c) => this.contentOf(value, rect.row + r, rect.col + c)),
    );
    this.writeContents(rect, contents);
    this.spreadsheet.emit('values', this);
  }

  /** setFormulas: '' clears a cell; text without '=' is stored as a value. */
  writeFormulas(rect: Rect, formulas: string[][]): void {
    const contents = Array.from(formulas, (row, r) =>
      Array.from(row, (f, c) =>
        typeof f === 'string' && f.startsWith('=') && f.length > 1
          ? { formula: f }
          : this.contentOf(f, rect.row + r, rect.col + c),
      ),
    );
    this.writeContents(rect, contents);
    this.spreadsheet.emit('values', this);
  }

  clearContents(rect: Rect): void {
    this.writeContents(rect, null);
    this.spreadsheet.emit('values', this);
  }

  /** Writes contents (null: empty cells) through the engine. */
  writeContents(rect: Rect, contents: Content[][] | null): void {
    const block =
      contents ?? Array.from({ length: rect.numRows }, () => new Array<Content>(rect.numCols).fill(null));
    this.spreadsheet.engine.setContents(
      { sheet: this.engineId, row: rect.row - 1, col: rect.col - 1 },
      block,
    );
  }

  /** Applies a format change to every cell of the rectangle. */
  format(rect: Rect, change: (props: CellProps, row: number, col: number) => void): void {
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      for (let c = rect.col; c < rect.col + rect.numCols; c++) {
        const props = this.cells.ensure(r, c, () => ({}));
        change(props, r, c);
        if (Object.values(props).every((v) => v === undefined)) this.cells.delete(r, c);
      }
    }
    this.spreadsheet.emit('format', this);
  }

  props(row: number, col: number): CellProps | undefined {
    return this.cells.get(row, col);
  }

  /** Merges cells: only the top-left value stays, as in Sheets. */
  merge(rect: Rect): void {
    if (rect.numRows === 1 && rect.numCols === 1) return;
    const inside = (m: Rect) =>
      m.row >= rect.row &&
      m.col >= rect.col &&
      m.row + m.numRows <= rect.row + rect.numRows &&
      m.col + m.numCols <= rect.col + rect.numCols;
    if (this.merges.some((m) => rectsOverlap(m, rect) && !inside(m))) {
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    }
    this.merges = this.merges.filter((m) => !inside(m));
    const plain = { row: rect.row, col: rect.col, numRows: rect.numRows, numCols: rect.numCols };
    this.merges.push(plain);
    const top = this.spreadsheet.engine.values(this.area({ ...plain, numRows: 1, numCols: 1 }))[0][0];
    const formula = this.readFormulas({ ...plain, numRows: 1, numCols: 1 })[0][0];
    this.writeContents(plain, null);
    const kept: Content = formula ? { formula } : top === '' ? null : top;
    this.writeContents({ ...plain, numRows: 1, numCols: 1 }, [[kept]]);
    this.spreadsheet.emit('values', this);
  }

  protectRange(rect: Rect): FakeProtection {
    const protection = new FakeProtection(this.calls, 'RANGE', { ...rect });
    this.protections.push(protection);
    this.spreadsheet.emit('format', this);
    return protection;
  }

  /** Protections (range ones and the sheet's) covering a cell. */
  protectionsAt(row: number, col: number): FakeProtection[] {
    const ranges = this.protections.filter((p) => p.rect && rectContains(p.rect, row, col));
    return this.sheetProtection ? [this.sheetProtection, ...ranges] : ranges;
  }

  /** The applied conditional-format rules with their ranges in A1, for tests. */
  conditionalFormatRules(): {
    kind: ConditionKind;
    argument: string | number;
    background: string | null;
    fontColor: string | null;
    ranges: string[];
  }[] {
    return this.conditionalRules.map((r) => ({
      kind: r.kind,
      argument: r.argument,
      background: r.background,
      fontColor: r.fontColor,
      ranges: r.rects.map(rectA1),
    }));
  }

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  private contentOf(value: unknown, row: number, col: number): Content {
    if (value === null || value === undefined || value === '') return null;
    if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
    if (typeof value === 'boolean') return value;
    if (isDate(value)) {
      const props = this.cells.ensure(row, col, () => ({}));
      if (!isDateFormat(props.numberFormat)) props.numberFormat = this.spreadsheet.dateFormat();
      return dateToSerial(value);
    }
    const text = String(value);
    if (this.cells.get(row, col)?.numberFormat === '@') return text;
    const parsed = parseInput(text, this.spreadsheet.locale);
    if (parsed.numberFormat && !this.cells.get(row, col)?.numberFormat) {
      this.cells.ensure(row, col, () => ({})).numberFormat = parsed.numberFormat;
    }
    return parsed.content;
  }

  private checkColumns(column: number, count: number): void {
    if (column < 1 || column + count - 1 > this.columnCount)
      throw new Error('Those columns are out of bounds.');
  }
}

function overlapCount(aStart: number, aCount: number, bStart: number, bCount: number): number {
  return Math.max(0, Math.min(aStart + aCount, bStart + bCount) - Math.max(aStart, bStart));
}

instrument(
  FakeSheet.prototype,
  'Sheet',
  methodsOf<Sheet>()(
    'getName',
    'getSheetId',
    'getIndex',
    'getRange',
    'getRangeList',
    'getLastRow',
    'getLastColumn',
    'getMaxRows',
    'getMaxColumns',
    'getDataRange',
    'setFrozenRows',
    'setFrozenColumns',
    'setColumnWidth',
    'setColumnWidths',
    'setRowHeights',
    'insertColumnsAfter',
    'insertRowsAfter',
    'deleteRows',
    'deleteColumns',
    'addDeveloperMetadata',
    'getDeveloperMetadata',
    'createDeveloperMetadataFinder',
    'setConditionalFormatRules',
    'protect',
    'setTabColor',
    'activate',
    'clear',
    'setName',
    'newChart',
    'insertChart',
  ),
);
