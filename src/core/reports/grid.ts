import { rangeA1 } from '../journal/a1';
import { sheetText } from '../sheetText';
import type { ReportLayout } from './types';

export const REPORT_COLOURS = { title: '#e8f0fe', head: '#f1f3f4', total: '#fef7e0' };

/** Builds a ReportLayout row by row; rows grow as cells are set. */
export class ReportGrid {
  private readonly values: (string | number)[][] = [];
  private readonly out: Omit<ReportLayout, 'rows' | 'columns' | 'values' | 'frozenRows'> = {
    merges: [],
    bold: [],
    backgrounds: [],
    numberFormats: [],
    columnWidths: [],
    wrap: [],
    borders: [],
  };

  constructor(readonly columns: number) {}

  /** The next empty row (1-based). */
  get nextRow(): number {
    return this.values.length + 1;
  }

  set(row: number, column: number, value: string | number | undefined): this {
    if (column > this.columns) throw new RangeError(`column ${column} > ${this.columns}`);
    while (this.values.length < row) this.values.push(Array<string | number>(this.columns).fill(''));
    this.values[row - 1][column - 1] = value ?? '';
    return this;
  }

  /** A row of values from `column` on. */
  row(row: number, cells: readonly (string | number | undefined)[], column = 1): this {
    cells.forEach((v, i) => this.set(row, column + i, v));
    return this;
  }

  /** User text: written through sheetText and recorded as text. */
  text(row: number, column: number, text: string): this {
    this.set(row, column, sheetText(text));
    return this;
  }

  merge(row: number, column: number, lastRow: number, lastColumn: number): this {
    this.set(lastRow, lastColumn, this.values[lastRow - 1]?.[lastColumn - 1] ?? '');
    if (row !== lastRow || column !== lastColumn)
      this.out.merges.push(rangeA1(row, column, lastRow, lastColumn));
    return this;
  }

  bold(row: number, column: number, lastRow = row, lastColumn = column): this {
    this.out.bold.push(rangeA1(row, column, lastRow, lastColumn));
    return this;
  }

  background(color: string, row: number, column: number, lastRow = row, lastColumn = column): this {
    this.out.backgrounds.push({ a1: rangeA1(row, column, lastRow, lastColumn), color });
    return this;
  }

  format(format: string, row: number, column: number, lastRow = row, lastColumn = column): this {
    if (lastRow >= row)
      this.out.numberFormats.push({ a1: rangeA1(row, column, lastRow, lastColumn), format });
    return this;
  }

  wrap(row: number, column: number, lastRow = row, lastColumn = column): this {
    this.out.wrap.push(rangeA1(row, column, lastRow, lastColumn));
    return this;
  }

  border(row: number, column: number, lastRow: number, lastColumn: number): this {
    this.out.borders.push(rangeA1(row, column, lastRow, lastColumn));
    return this;
  }

  widths(widths: readonly number[]): this {
    widths.forEach((width, i) => this.out.columnWidths.push({ column: i + 1, width }));
    return this;
  }

  layout(frozenRows = 0): ReportLayout {
    return { rows: this.values.length, columns: this.columns, values: this.values, frozenRows, ...this.out };
  }
}
