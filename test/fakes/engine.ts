import { DetailedCellError, HyperFormula } from 'hyperformula';
import type { CellValue as EngineValue, ExportedChange, RawCellContent } from 'hyperformula';
import { columnLetter, columnNumber } from './a1';
import type { CustomFunction, Size } from './customFunctions';
import { addressKey, ArraySizes, customFunctionPlugin } from './customFunctions';
import { quoteAllSheetNames, sheetsStyleQuoting } from './formulas';
import type { Content } from './values';
import { errorText } from './values';

/**
 * The bridge to HyperFormula: one engine per fake spreadsheet, one engine sheet per fake sheet.
 * Coordinates here are 0-based engine coordinates; the fakes convert.
 *
 * Writes suspend evaluation and the next read resumes it, so a run of setValues/setFormula calls
 * is evaluated once. Before a read the engine also settles array results: custom-function results
 * whose size changed are re-entered (see customFunctions.ts), and array formulas blocked by a
 * value (#REF! in Sheets) are retried, because HyperFormula does not re-spill by itself when the
 * blocking value goes away.
 */

export interface Address {
  sheet: number;
  row: number;
  col: number;
}

export interface Area {
  sheet: number;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export type ReadValue = string | number | boolean;

export interface CellErrorInfo {
  code: string;
  message: string;
}

export interface EngineOptions {
  functions?: Record<string, CustomFunction>;
  /** Wraps each custom-function call (the fakes stop counting service calls inside). */
  runFunction?: <T>(name: string, fn: () => T) => T;
}

export class Engine {
  readonly hf: HyperFormula;
  private readonly sizes = new ArraySizes();
  /** Array formulas whose result is blocked (#SPILL! in the engine), by address key. */
  private readonly blocked = new Map<string, Address>();
  private readonly rescan = new Set<number>();
  private suspended = false;
  /** How many times each custom function ran, for the playground's cost display. */
  readonly functionCalls: Record<string, number> = {};

  constructor(options: EngineOptions = {}) {
    const functions = options.functions ?? {};
    const config = { licenseKey: 'gpl-v3', smartRounding: false, useColumnIndex: false };
    if (Object.keys(functions).length === 0) {
      this.hf = HyperFormula.buildEmpty(config);
      return;
    }
    const run = options.runFunction ?? (<T>(_: string, fn: () => T) => fn());
    const plugin = customFunctionPlugin(functions, {
      sizes: this.sizes,
      run: (name, fn) => {
        this.functionCalls[name] = (this.functionCalls[name] ?? 0) + 1;
        return run(name, fn);
      },
    });
    // The engine calls only functions its language names; custom names translate to themselves.
    const names = Object.keys(functions).map((n) => n.toUpperCase());
    HyperFormula.getLanguage('enGB').extendFunctions(Object.fromEntries(names.map((n) => [n, n])));
    this.hf = HyperFormula.buildEmpty({
      ...config,
      functionPlugins: [...HyperFormula.getAllFunctionPlugins(), plugin],
    });
  }

  // ---- sheets -------------------------------------------------------------------------------

  addSheet(name: string): number {
    const id = this.hf.getSheetId(this.hf.addSheet(name));
    if (id === undefined) throw new Error(`engine sheet ${name} not created`);
    return id;
  }

  removeSheet(sheet: number): void {
    this.write(() => this.hf.removeSheet(sheet));
  }

  renameSheet(sheet: number, name: string): void {
    this.write(() => this.hf.renameSheet(sheet, name));
  }

  // ---- writes -------------------------------------------------------------------------------

  /** Sets a block of cell contents with its top-left corner at `at`. */
  setContents(at: Address, contents: Content[][]): void {
    const raw: RawCellContent[][] = contents.map((row) => row.map(toRaw));
    for (let r = 0; r < contents.length; r++) {
      for (let c = 0; c < contents[r].length; c++) {
        this.sizes.forget({ sheet: at.sheet, row: at.row + r, col: at.col + c });
      }
    }
    this.write(() => this.hf.setCellContents(at, raw));
  }

  insertRows(sheet: number, at: number, count: number): void {
    this.structural(sheet, () => this.hf.addRows(sheet, [at, count]));
  }

  removeRows(sheet: number, at: number, count: number): void {
    this.structural(sheet, () => this.hf.removeRows(sheet, [at, count]));
  }

  insertColumns(sheet: number, at: number, count: number): void {
    this.structural(sheet, () => this.hf.addColumns(sheet, [at, count]));
  }

  removeColumns(sheet: number, at: number, count: number): void {
    this.structural(sheet, () => this.hf.removeColumns(sheet, [at, count]));
  }

  /** Defines or redefines a workbook-wide name for an absolute range. */
  setName(name: string, sheetName: string, area: Omit<Area, 'sheet'>): void {
    const ref = `'${sheetName.replace(/'/g, "''")}'!${absolute(area.row, area.col)}:${absolute(
      area.row + area.numRows - 1,
      area.col + area.numCols - 1,
    )}`;
    this.write(() => {
      if (this.hf.getNamedExpression(name) !== undefined) this.hf.changeNamedExpression(name, `=${ref}`);
      else this.hf.addNamedExpression(name, `=${ref}`);
    });
  }

  // ---- reads --------------------------------------------------------------------------------

  /** Computed values, '' for empty, errors as their Sheets code ('#REF!'). */
  values(area: Area): ReadValue[][] {
    this.read();
    return this.hf.getRangeValues(range(area)).map((row) => row.map(toReadValue));
  }

  /** Formula texts as Sheets prints them, '' where a cell holds no formula (spilled cells too). */
  formulas(area: Area): string[][] {
    this.read();
    return this.hf
      .getRangeFormulas(range(area))
      .map((row) => row.map((f) => (f ? sheetsStyleQuoting(f) : '')));
  }

  /** The error a cell shows, with the message Sheets puts in its tooltip. */
  errorAt(at: Address): CellErrorInfo | undefined {
    this.read();
    const value = this.hf.getCellValue(at);
    if (!(value instanceof DetailedCellError)) return undefined;
    return { code: errorText(value.type), message: this.messageOf(value, at) };
  }

  /** True where a value comes from another cell's array result. */
  isSpilled(at: Address): boolean {
    this.read();
    return this.hf.isCellPartOfArray(at) && !this.hf.doesCellHaveFormula(at);
  }

  /** The used extent of an engine sheet: cells with a value, a formula or a spilled result (even ""). */
  usedSize(sheet: number): { rows: number; cols: number } {
    this.read();
    const { width, height } = this.hf.getSheetDimensions(sheet);
    if (width === 0 || height === 0) return { rows: 0, cols: 0 };
    const values = this.hf.getRangeValues(range({ sheet, row: 0, col: 0, numRows: height, numCols: width }));
    const formulas = this.hf.getRangeFormulas(
      range({ sheet, row: 0, col: 0, numRows: height, numCols: width }),
    );
    let rows = 0;
    let cols = 0;
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) {
        // A spilled "" counts as content, as an ARRAYFORMULA's blanks do for getLastRow in Sheets.
        if (values[r][c] !== null || formulas[r][c] !== undefined) {
          rows = Math.max(rows, r + 1);
          cols = Math.max(cols, c + 1);
        }
      }
    }
    return { rows, cols };
  }

  /** The area a name refers to, or undefined when it is unknown or its cells were deleted. */
  nameArea(name: string): { sheetName: string; area: Omit<Area, 'sheet'> } | undefined {
    const formula = this.hf.getNamedExpressionFormula(name);
    if (!formula) return undefined;
    const m = /^='((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(formula);
    if (!m) return undefined;
    const col = columnNumber(m[2]) - 1;
    const row = Number(m[3]) - 1;
    const endCol = m[4] ? columnNumber(m[4]) - 1 : col;
    const endRow = m[5] ? Number(m[5]) - 1 : row;
    return {
      sheetName: m[1].replace(/''/g, "'"),
      area: { row, col, numRows: endRow - row + 1, numCols: endCol - col + 1 },
    };
  }

  /** Evaluates a formula in the context of an engine sheet (for validation and conditional rules). */
  calculate(formula: string, sheet: number): ReadValue | ReadValue[][] {
    this.read();
    const value = this.hf.calculateFormula(quoteAllSheetNames(formula), sheet);
    return Array.isArray(value) ? value.map((row) => row.map(toReadValue)) : toReadValue(value);
  }

  // ---- evaluation ---------------------------------------------------------------------------

  private write<T>(op: () => T): T {
    if (!this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
    return op();
  }

  private structural(sheet: number, op: () => unknown): void {
    // Learnt sizes are keyed by address, which the change moves: forget and relearn them.
    this.sizes.forgetSheet(sheet);
    this.rescan.add(sheet);
    this.write(op);
  }

  /** Brings values up to date: resumes evaluation, then settles array results. */
  read(): void {
    if (!this.suspended) return;
    this.suspended = false;
    this.noteChanges(this.hf.resumeEvaluation());
    for (const sheet of this.rescan) this.rescanBlocked(sheet);
    this.rescan.clear();
    this.settle();
  }

  private settle(): void {
    let retryBlocked = true;
    for (let round = 0; round < 20; round++) {
      const mismatches = this.sizes.takeMismatches();
      const retries = retryBlocked ? [...this.blocked.values()] : [];
      if (mismatches.length === 0 && retries.length === 0) return;
      for (const m of mismatches) this.sizes.learn(m.address, m.size);
      const targets = new Map<string, Address>();
      for (const a of [...mismatches.map((m) => m.address), ...retries]) targets.set(addressKey(a), a);
      const changes = this.hf.batch(() => {
        for (const a of targets.values()) {
          const formula = this.hf.getCellFormula(a);
          if (formula !== undefined) this.hf.setCellContents(a, formula);
        }
      });
      this.noteChanges(changes);
      for (const [key, a] of targets) {
        if (isBlocked(this.hf.getCellValue(a))) this.blocked.set(key, a);
        else this.blocked.delete(key);
      }
      // A result that changed size may free (or take) the space another array waits for.
      retryBlocked = mismatches.length > 0;
    }
  }

  private noteChanges(changes: ExportedChange[]): void {
    for (const change of changes) {
      if (!('address' in change)) continue;
      const key = addressKey(change.address);
      if (isBlocked(change.newValue) && this.hf.doesCellHaveFormula(change.address)) {
        this.blocked.set(key, { ...change.address });
      } else if (this.blocked.has(key)) this.blocked.delete(key);
    }
  }

  private rescanBlocked(sheet: number): void {
    for (const [key, a] of this.blocked) if (a.sheet === sheet) this.blocked.delete(key);
    const formulas = this.hf.getSheetFormulas(sheet);
    formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        const a = { sheet, row: r, col: c };
        if (f !== undefined && isBlocked(this.hf.getCellValue(a))) this.blocked.set(addressKey(a), a);
      }),
    );
  }

  private messageOf(error: DetailedCellError, at: Address): string {
    if (error.type === 'SPILL') {
      const blocker = this.blocker(at, this.sizes.predicted(at));
      return blocker
        ? `Array result was not expanded because it would overwrite data in ${blocker}.`
        : 'Array result was not expanded because it would overwrite data.';
    }
    if (error.type === 'CYCLE') return 'Circular dependency detected.';
    if (error.type === 'ERROR' && error.message.startsWith('Parsing error')) return 'Formula parse error.';
    return error.message;
  }

  /** The first non-empty cell (A1) in the area an array at `at` needs, reading order. */
  private blocker(at: Address, size: Size | undefined): string | undefined {
    if (!size) return undefined;
    const area = { sheet: at.sheet, row: at.row, col: at.col, numRows: size.height, numCols: size.width };
    const contents = this.hf.getRangeSerialized(range(area));
    for (let r = 0; r < size.height; r++) {
      for (let c = 0; c < size.width; c++) {
        if ((r > 0 || c > 0) && contents[r][c] !== null && contents[r][c] !== undefined) {
          return `${columnLetter(at.col + c + 1)}${at.row + r + 1}`;
        }
      }
    }
    return undefined;
  }
}

function isBlocked(value: EngineValue | EngineValue[][]): boolean {
  return value instanceof DetailedCellError && value.type === 'SPILL';
}

function toRaw(content: Content): RawCellContent {
  if (content === null || typeof content === 'number' || typeof content === 'boolean') return content;
  // A leading apostrophe keeps text as text: the engine would otherwise read "007" as a number.
  if (typeof content === 'string') return `'${content}`;
  return quoteAllSheetNames(content.formula);
}

function toReadValue(value: EngineValue): ReadValue {
  if (value === null || value === undefined) return '';
  if (value instanceof DetailedCellError) return errorText(value.type);
  return value;
}

function range(area: Area) {
  return {
    start: { sheet: area.sheet, row: area.row, col: area.col },
    end: { sheet: area.sheet, row: area.row + area.numRows - 1, col: area.col + area.numCols - 1 },
  };
}

function absolute(row0: number, col0: number): string {
  return `$${columnLetter(col0 + 1)}$${row0 + 1}`;
}
