import type { DeveloperMetadataFinder, Range, Sheet, Spreadsheet } from '../../src/gas/services';
import type { Rect } from './a1';
import { cellA1, parseA1, rectA1, splitSheetPrefix } from './a1';
import type { CallLog } from './callLog';
import { instrument, methodsOf } from './callLog';
import { validationFails } from './conditions';
import type { CustomFunction } from './customFunctions';
import { Engine } from './engine';
import { adjustFormula, renameSheetInFormula } from './formulas';
import { FakeDeveloperMetadataFinder, MetadataStore } from './metadata';
import type { FakeRange } from './range';
import type { AxisChange } from './shift';
import { shiftIndex, shiftRect } from './shift';
import { FakeSheet } from './sheet';
import type { SpreadsheetSnapshot } from './snapshot';
import { buildSnapshot } from './snapshot';
import type { UiRecord } from './ui';
import type { Content } from './values';
import { parseInput, usesDecimalComma } from './values';

export interface SpreadsheetOptions {
  calls: CallLog;
  ui: UiRecord;
  /** Spreadsheet locale (File → Settings), default 'ru_RU'. */
  locale?: string;
  name?: string;
  /** Name of the first sheet; default 'Лист1' as Sheets names it for a Russian-speaking user. */
  firstSheetName?: string;
  functions?: Record<string, CustomFunction>;
}

/** What changed, for a playground server to push updates (debounce before calling snapshot()). */
export interface ChangeEvent {
  kind: 'values' | 'format' | 'structure' | 'sheets' | 'selection';
  sheet?: string;
}

export interface UserEditResult {
  accepted: boolean;
  /** Why the input was rejected (validation help text), or a warning shown while accepting it. */
  message?: string;
}

type SheetRef = Sheet | string;

let spreadsheetCount = 0;

export class FakeSpreadsheet implements Spreadsheet {
  readonly calls: CallLog;
  readonly engine: Engine;
  readonly metadata: MetadataStore;
  readonly locale: string;
  readonly id: string;
  /** The file name (getName), readable without counting a call. */
  readonly title: string;
  private readonly ui: UiRecord;
  private readonly sheets: FakeSheet[] = [];
  private active: FakeSheet;
  private activeRect: Rect | undefined;
  private sheetsCreated = 0;
  private readonly listeners = new Set<(event: ChangeEvent) => void>();

  constructor(options: SpreadsheetOptions) {
    this.calls = options.calls;
    this.ui = options.ui;
    this.locale = options.locale ?? 'ru_RU';
    this.title = options.name ?? 'Новая таблица';
    this.id = `fake-spreadsheet-${++spreadsheetCount}`;
    this.metadata = new MetadataStore(this.calls);
    this.engine = new Engine({
      functions: options.functions,
      // A custom function runs in its own execution: its service calls are not the caller's.
      runFunction: (_name, fn) => this.calls.paused(fn),
    });
    this.active = this.addSheet(options.firstSheetName ?? 'Лист1', 0);
  }

  // ---- the narrow interface -----------------------------------------------------------------

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.title;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }

  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.sheetName === name) ?? null;
  }

  /** Inserts after the active sheet (or at a 0-based index) and activates it, as Sheets does. */
  insertSheet(sheetName: string, sheetIndex?: number): FakeSheet {
    const name = sheetName === '' ? this.defaultSheetName() : sheetName;
    this.checkNewName(name);
    const index = sheetIndex ?? this.sheets.indexOf(this.active) + 1;
    if (index < 0 || index > this.sheets.length) throw new Error(`Invalid argument: sheetIndex`);
    this.active = this.addSheet(name, index);
    this.activeRect = undefined;
    this.emit('sheets');
    return this.active;
  }

  getActiveSheet(): FakeSheet {
    return this.active;
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.activate(this.own(sheet));
    return sheet;
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  /** Names a range for formulas (`=SUM(KB_RULES)`); an existing name is moved to the new range. */
  setNamedRange(name: string, range: Range): void {
    const { sheet, rect } = range as FakeRange;
    try {
      this.engine.setName(name, sheet.sheetName, sheet.area(rect));
    } catch (e) {
      throw new Error(`Invalid named range name "${name}": ${(e as Error).message}`);
    }
    this.emit('values');
  }

  getRangeByName(name: string): FakeRange | null {
    const found = this.engine.nameArea(name);
    const sheet = found && this.sheets.find((s) => s.sheetName === found.sheetName);
    if (!found || !sheet) return null;
    const { row, col, numRows, numCols } = found.area;
    return sheet.rangeOf({ row: row + 1, col: col + 1, numRows, numCols });
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this.calls, this.metadata, null);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.ui.toasts.push({
      message: msg,
      ...(title !== undefined && { title }),
      ...(timeoutSeconds !== undefined && { timeoutSeconds }),
    });
  }

  /** Removes a sheet with its metadata; formulas elsewhere that pointed at it show #REF!, as in Sheets. */
  deleteSheet(sheet: Sheet): void {
    const s = this.own(sheet);
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.metadata.removeSheet(s);
    this.engine.removeSheet(s.engineId);
    const i = this.sheets.indexOf(s);
    this.sheets.splice(i, 1);
    if (this.active === s) this.activate(this.sheets[Math.max(0, i - 1)]);
    this.emit('sheets');
  }

  // ---- user actions (not in the interface, not counted) -------------------------------------

  /** A user inserting columns before `column` (right-click → Insert columns left). */
  userInsertColumnsBefore(sheet: SheetRef, column: number, count: number): void {
    const s = this.resolve(sheet);
    if (column < 1 || column > s.columnCount) throw new Error('Those columns are out of bounds.');
    this.changeStructure(s, { axis: 'col', kind: 'insert', at: column, count });
  }

  userInsertRowsBefore(sheet: SheetRef, row: number, count: number): void {
    const s = this.resolve(sheet);
    if (row < 1 || row > s.rowCount) throw new Error('Those rows are out of bounds.');
    this.changeStructure(s, { axis: 'row', kind: 'insert', at: row, count });
  }

  userDeleteColumns(sheet: SheetRef, column: number, count: number): void {
    this.calls.paused(() => this.resolve(sheet).deleteColumns(column, count));
  }

  userDeleteRows(sheet: SheetRef, row: number, count: number): void {
    this.calls.paused(() => this.resolve(sheet).deleteRows(row, count));
  }

  userRenameSheet(sheet: SheetRef, name: string): void {
    this.rename(this.resolve(sheet), name);
  }

  /** A user deleting a sheet tab. */
  userDeleteSheet(sheet: SheetRef): void {
    this.calls.paused(() => this.deleteSheet(this.resolve(sheet)));
  }

  /** Renames a sheet (Sheet.setName and a user renaming a tab). */
  rename(s: FakeSheet, name: string): void {
    if (name === s.sheetName) return;
    if (name.trim() === '') throw new Error('Invalid argument: name');
    this.checkNewName(name, s);
    const old = s.sheetName;
    this.engine.renameSheet(s.engineId, name);
    s.sheetName = name;
    this.rewriteRuleFormulas((f) => renameSheetInFormula(f, old, name));
    this.emit('sheets', s);
  }

  /** A user selecting a sheet tab (and optionally a range, in A1). */
  userSelect(sheet: SheetRef, a1?: string): void {
    const s = this.resolve(sheet);
    this.activate(s, a1 ? parseA1(a1, s.rowCount, s.columnCount) : undefined);
  }

  /**
   * A user typing into a cell: '=…' is a formula, "'…" text, a number with '.' or ',' (in a
   * comma-decimal locale) a number, '' clears. A value breaking a data-validation rule that does
   * not allow invalid data is rejected with the rule's help text, as Sheets does.
   */
  userEdit(sheet: SheetRef, row: number, col: number, input: string): UserEditResult {
    const s = this.resolve(sheet);
    s.rangeOf({ row, col, numRows: 1, numCols: 1 });
    const props = s.props(row, col);
    const parsed: { content: Content; numberFormat?: string } =
      props?.numberFormat === '@' ? { content: input === '' ? null : input } : parseInput(input, this.locale);
    const before = this.contentAt(s, row, col);
    const cell = { row, col, numRows: 1, numCols: 1 };
    s.writeContents(cell, [[parsed.content]]);
    const rule = props?.validation;
    if (rule && parsed.content !== null && validationFails(s, row, col) && !rule.rule.allowInvalid) {
      s.writeContents(cell, [[before]]);
      const message =
        rule.rule.helpText ||
        `The data you entered in cell ${cellA1(row, col)} violates the data validation rules set on this cell.`;
      return { accepted: false, message };
    }
    if (parsed.numberFormat && !props?.numberFormat)
      s.format(cell, (p) => (p.numberFormat = parsed.numberFormat));
    this.emit('values', s);
    const warning = s.protectionsAt(row, col).find((p) => p.isWarningOnly());
    return warning
      ? { accepted: true, message: warning.getDescription() || 'You are trying to edit a protected cell.' }
      : { accepted: true };
  }

  // ---- inspection for tests and the playground (not counted) --------------------------------

  /** The message Sheets shows over an error cell (#ERROR!, #REF! …), or null. */
  errorMessageAt(sheet: SheetRef, row: number, col: number): string | null {
    const s = this.resolve(sheet);
    return this.engine.errorAt({ sheet: s.engineId, row: row - 1, col: col - 1 })?.message ?? null;
  }

  noteAt(sheet: SheetRef, row: number, col: number): string | null {
    return this.resolve(sheet).props(row, col)?.note ?? null;
  }

  /** The validation of a cell with its formula as it reads for that cell. */
  validationAt(
    sheet: SheetRef,
    row: number,
    col: number,
  ): { formula: string; allowInvalid: boolean; helpText: string } | null {
    const v = this.resolve(sheet).props(row, col)?.validation;
    return v ? { formula: v.formula, allowInvalid: v.rule.allowInvalid, helpText: v.rule.helpText } : null;
  }

  /** A range from A1 with an optional sheet prefix ("'7А Математика'!B3"); no prefix = active sheet. */
  rangeByA1(a1: string): FakeRange {
    const { sheetName, ref } = splitSheetPrefix(a1);
    const sheet = sheetName === undefined ? this.active : this.sheets.find((s) => s.sheetName === sheetName);
    if (!sheet) throw new Error('Range not found');
    return sheet.rangeOf(parseA1(ref, sheet.rowCount, sheet.columnCount));
  }

  sheetList(): readonly FakeSheet[] {
    return this.sheets;
  }

  activeSelection(): { sheet: FakeSheet; a1?: string } {
    return { sheet: this.active, a1: this.activeRect && rectA1(this.activeRect) };
  }

  snapshot(): SpreadsheetSnapshot {
    return buildSnapshot(this);
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  onChange(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- internals ----------------------------------------------------------------------------

  emit(kind: ChangeEvent['kind'], sheet?: FakeSheet): void {
    const event: ChangeEvent = sheet ? { kind, sheet: sheet.sheetName } : { kind };
    for (const listener of this.listeners) listener(event);
  }

  activate(sheet: FakeSheet, rect?: Rect): void {
    this.active = sheet;
    this.activeRect = rect && { ...rect };
    this.emit('selection', sheet);
  }

  /** The date format setValues gives a cell receiving a Date. */
  dateFormat(): string {
    return usesDecimalComma(this.locale) ? 'dd.MM.yyyy' : 'M/d/yyyy';
  }

  /** Inserts or deletes rows/columns: contents, formats, rules, metadata and widths all move. */
  changeStructure(sheet: FakeSheet, change: AxisChange): void {
    const { engine } = this;
    const at0 = change.at - 1;
    const delta = change.kind === 'insert' ? change.count : -change.count;
    if (change.axis === 'row') {
      if (change.kind === 'insert') engine.insertRows(sheet.engineId, at0, change.count);
      else engine.removeRows(sheet.engineId, at0, change.count);
      sheet.rowCount += delta;
      sheet.frozenRows = frozenAfter(sheet.frozenRows, change);
    } else {
      if (change.kind === 'insert') engine.insertColumns(sheet.engineId, at0, change.count);
      else engine.removeColumns(sheet.engineId, at0, change.count);
      sheet.columnCount += delta;
      sheet.frozenColumns = frozenAfter(sheet.frozenColumns, change);
      const widths = [...sheet.columnWidths];
      sheet.columnWidths.clear();
      for (const [col, width] of widths) {
        const moved = shiftIndex(col, change);
        if (moved !== null) sheet.columnWidths.set(moved, width);
      }
    }
    sheet.cells.apply(change);
    sheet.merges = sheet.merges.map((m) => shiftRect(m, change)).filter((m): m is Rect => m !== null);
    sheet.protections = sheet.protections.filter((p) => {
      p.rect = p.rect && shiftRect(p.rect, change);
      return p.rect !== null;
    });
    sheet.conditionalRules = sheet.conditionalRules.filter((rule) => {
      rule.rects = rule.rects.map((r) => shiftRect(r, change)).filter((r): r is Rect => r !== null);
      return rule.rects.length > 0;
    });
    this.metadata.apply(sheet, change);
    this.rewriteRuleFormulas((f, own) => adjustFormula(f, own.sheetName, sheet.sheetName, change), sheet);
    this.emit('structure', sheet);
  }

  /**
   * Moves the references of every validation and conditional-format formula. Only the changed
   * sheet's own formulas, and others' that name a sheet («!»), can be affected; each distinct
   * formula text is rewritten once (a journal repeats one validation per cell), so building a
   * large school stays linear.
   */
  private rewriteRuleFormulas(
    rewrite: (formula: string, own: FakeSheet) => string,
    changed?: FakeSheet,
  ): void {
    for (const s of this.sheets) {
      if (changed && s !== changed && !s.crossSheetRules) continue;
      const done = new Map<string, string>();
      const moved = (formula: string): string => {
        if (changed && s !== changed && !formula.includes('!')) return formula;
        let out = done.get(formula);
        if (out === undefined) done.set(formula, (out = rewrite(formula, s)));
        return out;
      };
      for (const [, , p] of s.cells.entries()) {
        if (p.validation) {
          const formula = moved(p.validation.formula);
          if (formula !== p.validation.formula) p.validation = { ...p.validation, formula };
        }
      }
      for (const rule of s.conditionalRules) {
        if (rule.kind === 'CUSTOM_FORMULA') rule.argument = moved(String(rule.argument));
      }
    }
  }

  private addSheet(name: string, index: number): FakeSheet {
    // Sheets gives the first sheet id 0 and later ones large, unique, stable numbers.
    const id = this.sheetsCreated === 0 ? 0 : (this.sheetsCreated * 1_234_567_891) % 2_000_000_000;
    this.sheetsCreated++;
    const sheet = new FakeSheet(this, name, id, this.engine.addSheet(name));
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  private checkNewName(name: string, renaming?: FakeSheet): void {
    const taken = this.sheets.some((s) => s !== renaming && s.sheetName.toLowerCase() === name.toLowerCase());
    if (taken) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  private defaultSheetName(): string {
    const base = this.sheets[0]?.sheetName.replace(/\d+$/, '') || 'Лист';
    for (let n = this.sheets.length + 1; ; n++) {
      const name = `${base}${n}`;
      if (!this.sheets.some((s) => s.sheetName.toLowerCase() === name.toLowerCase())) return name;
    }
  }

  private resolve(sheet: SheetRef): FakeSheet {
    if (typeof sheet === 'string') {
      const found = this.sheets.find((s) => s.sheetName === sheet);
      if (!found) throw new Error(`No sheet named ${sheet}`);
      return found;
    }
    return this.own(sheet);
  }

  private own(sheet: Sheet): FakeSheet {
    const found = this.sheets.find((s) => s === sheet);
    if (!found) throw new Error('The sheet does not belong to this spreadsheet.');
    return found;
  }

  /** What a cell holds (not what it shows): a formula, a value, or null for empty or spilled. */
  private contentAt(sheet: FakeSheet, row: number, col: number): Content {
    const rect = { row, col, numRows: 1, numCols: 1 };
    const formula = sheet.readFormulas(rect)[0][0];
    if (formula) return { formula };
    if (this.engine.isSpilled({ sheet: sheet.engineId, row: row - 1, col: col - 1 })) return null;
    const value = this.engine.values(sheet.area(rect))[0][0];
    return value === '' ? null : value;
  }
}

function frozenAfter(frozen: number, change: AxisChange): number {
  if (change.at > frozen) return frozen;
  if (change.kind === 'insert') return frozen + change.count;
  return frozen - Math.max(0, Math.min(frozen, change.at + change.count - 1) - change.at + 1);
}

instrument(
  FakeSpreadsheet.prototype,
  'Spreadsheet',
  methodsOf<Spreadsheet>()(
    'getId',
    'getName',
    'getUrl',
    'getSheets',
    'getSheetByName',
    'insertSheet',
    'getActiveSheet',
    'setActiveSheet',
    'getSpreadsheetLocale',
    'setNamedRange',
    'getRangeByName',
    'createDeveloperMetadataFinder',
    'toast',
    'deleteSheet',
  ),
);
