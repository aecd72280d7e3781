import type {
  BorderSides,
  CellValue,
  DataValidation,
  DeveloperMetadata,
  Protection,
  Range,
} from '../../src/gas/services';
import type { Rect } from './a1';
import { rectA1 } from './a1';
import type { RuleRange } from './builders';
import { FakeDataValidation } from './builders';
import type { CallLog } from './callLog';
import { instrument, methodsOf } from './callLog';
import { offsetFormula } from './formulas';
import type { FakeSheet } from './sheet';

/**
 * A rectangle of one sheet. Like an Apps Script Range it keeps its coordinates: inserting rows
 * later does not move a Range object you already hold.
 */
export class FakeRange implements Range {
  constructor(
    readonly sheet: FakeSheet,
    readonly rect: Rect,
  ) {}

  get calls(): CallLog {
    return this.sheet.calls;
  }

  getValues(): CellValue[][] {
    return this.sheet.readValues(this.rect);
  }

  getDisplayValues(): string[][] {
    return this.sheet.readDisplayValues(this.rect);
  }

  getFormulas(): string[][] {
    return this.sheet.readFormulas(this.rect);
  }

  setValues(values: unknown[][]): Range {
    this.checkShape(values);
    this.sheet.writeValues(this.rect, values);
    return this;
  }

  /** One formula for every cell; relative references move from cell to cell, as when filling. */
  setFormula(formula: string): Range {
    const { numRows, numCols } = this.rect;
    const formulas = Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numCols }, (_, c) =>
        formula.startsWith('=') ? offsetFormula(formula, r, c) : formula,
      ),
    );
    this.sheet.writeFormulas(this.rect, formulas);
    return this;
  }

  setFormulas(formulas: string[][]): Range {
    this.checkShape(formulas);
    this.sheet.writeFormulas(this.rect, formulas);
    return this;
  }

  getRow(): number {
    return this.rect.row;
  }

  getColumn(): number {
    return this.rect.col;
  }

  getNumRows(): number {
    return this.rect.numRows;
  }

  getNumColumns(): number {
    return this.rect.numCols;
  }

  getA1Notation(): string {
    return rectA1(this.rect);
  }

  getSheet(): FakeSheet {
    return this.sheet;
  }

  setNumberFormat(format: string): Range {
    this.sheet.format(this.rect, (p) => (p.numberFormat = format));
    return this;
  }

  setFontWeight(weight: string | null): Range {
    this.sheet.format(
      this.rect,
      (p) => (p.fontWeight = weight === null || weight === 'normal' ? undefined : weight),
    );
    return this;
  }

  setFontSize(size: number): Range {
    this.sheet.format(this.rect, (p) => (p.fontSize = size));
    return this;
  }

  setBackground(color: string | null): Range {
    this.sheet.format(this.rect, (p) => (p.background = color ?? undefined));
    return this;
  }

  setHorizontalAlignment(alignment: string | null): Range {
    this.sheet.format(this.rect, (p) => (p.horizontalAlignment = alignment ?? undefined));
    return this;
  }

  setWrap(wrap: boolean): Range {
    this.sheet.format(this.rect, (p) => (p.wrap = wrap));
    return this;
  }

  setVerticalAlignment(alignment: string | null): Range {
    this.sheet.format(this.rect, (p) => (p.verticalAlignment = alignment ?? undefined));
    return this;
  }

  /** Recorded per cell as «has a border»: true sets one, false clears it, null leaves it. */
  setBorder(...sides: BorderSides): Range {
    if (sides.every((s) => s === null)) return this;
    const on = sides.some((s) => s === true);
    this.sheet.format(this.rect, (p) => (p.border = on ? true : undefined));
    return this;
  }

  /** The same note on every cell of the range; null or '' removes it. */
  setNote(note: string | null): Range {
    this.sheet.format(this.rect, (p) => (p.note = note ? note : undefined));
    return this;
  }

  merge(): Range {
    this.sheet.merge(this.rect);
    return this;
  }

  mergeAcross(): Range {
    for (let r = 0; r < this.rect.numRows; r++)
      this.sheet.merge({ ...this.rect, row: this.rect.row + r, numRows: 1 });
    return this;
  }

  setDataValidation(rule: DataValidation | null): Range {
    if (rule !== null && !(rule instanceof FakeDataValidation)) throw new Error('Invalid argument: rule');
    const top = this.rect;
    if (rule?.formula.includes('!')) this.sheet.crossSheetRules = true;
    this.sheet.format(this.rect, (p, row, col) => {
      p.validation =
        rule === null
          ? undefined
          : { rule, formula: offsetFormula(rule.formula, row - top.row, col - top.col) };
    });
    return this;
  }

  addDeveloperMetadata(key: string, value: string): Range {
    const line = this.sheet.lineOf(this.rect);
    if (!line) {
      throw new Error(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be ' +
          'added to top-level spreadsheets, individual sheets, or entire rows and columns.',
      );
    }
    this.sheet.spreadsheet.metadata.add(key, value, { sheet: this.sheet, ...line });
    return this;
  }

  /** The metadata on exactly these whole columns/rows; none for other ranges. */
  getDeveloperMetadata(): DeveloperMetadata[] {
    const line = this.sheet.lineOf(this.rect);
    if (!line) return [];
    return this.sheet.spreadsheet.metadata.at(this.sheet, line.type, line.start, line.count);
  }

  protect(): Protection {
    return this.sheet.protectRange(this.rect);
  }

  activate(): Range {
    this.sheet.spreadsheet.activate(this.sheet, this.rect);
    return this;
  }

  clearContent(): Range {
    this.sheet.clearContents(this.rect);
    return this;
  }

  /** A1 for the fakes' own use (charts), not counted. */
  getA1NotationUncounted(): string {
    return rectA1(this.rect);
  }

  /** For conditional-format rule builders (not counted). */
  ruleRange(): RuleRange {
    return { sheetId: this.sheet.sheetId, rect: { ...this.rect } };
  }

  private checkShape(data: unknown[][]): void {
    const { numRows, numCols } = this.rect;
    if (!Array.isArray(data) || data.length !== numRows) {
      const has = Array.isArray(data) ? data.length : 0;
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${has} but the range has ${numRows}.`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row) || row.length !== numCols) {
        const has = Array.isArray(row) ? row.length : 0;
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${has} but the range has ${numCols}.`,
        );
      }
    }
  }
}

instrument(
  FakeRange.prototype,
  'Range',
  methodsOf<Range>()(
    'getValues',
    'getDisplayValues',
    'getFormulas',
    'setValues',
    'setFormula',
    'setFormulas',
    'getRow',
    'getColumn',
    'getNumRows',
    'getNumColumns',
    'getA1Notation',
    'getSheet',
    'setNumberFormat',
    'setFontWeight',
    'setFontSize',
    'setBackground',
    'setHorizontalAlignment',
    'setWrap',
    'setVerticalAlignment',
    'setBorder',
    'setNote',
    'merge',
    'mergeAcross',
    'setDataValidation',
    'addDeveloperMetadata',
    'getDeveloperMetadata',
    'protect',
    'activate',
    'clearContent',
  ),
);
