/**
 * The narrow slice of Apps Script that gas/ uses, as structural interfaces. The real services
 * satisfy them (checked by the compiler in appsScript.ts), the in-memory fakes in test/fakes
 * implement them, and nothing in gas/ reaches a service any other way. Adding a method here is
 * a decision: the fakes must then implement (and count) it too.
 */

export type CellValue = string | number | boolean | Date;

/** Borders: top, left, bottom, right, inner vertical, inner horizontal (null leaves one as it is). */
export type BorderSides = [
  top: boolean | null,
  left: boolean | null,
  bottom: boolean | null,
  right: boolean | null,
  vertical: boolean | null,
  horizontal: boolean | null,
];

export interface Range {
  getValues(): CellValue[][];
  getDisplayValues(): string[][];
  getFormulas(): string[][];
  setValues(values: unknown[][]): Range;
  setFormula(formula: string): Range;
  setFormulas(formulas: string[][]): Range;
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  getSheet(): Sheet;
  setNumberFormat(format: string): Range;
  setFontWeight(weight: string | null): Range;
  setFontSize(size: number): Range;
  setBackground(color: string | null): Range;
  setHorizontalAlignment(alignment: string | null): Range;
  setWrap(wrap: boolean): Range;
  setVerticalAlignment(alignment: string | null): Range;
  setBorder(...sides: BorderSides): Range;
  setNote(note: string | null): Range;
  merge(): Range;
  /** Merges each row of the range on its own (one call for a run of same-width row merges). */
  mergeAcross(): Range;
  setDataValidation(rule: DataValidation | null): Range;
  addDeveloperMetadata(key: string, value: string): Range;
  getDeveloperMetadata(): DeveloperMetadata[];
  protect(): Protection;
  activate(): Range;
  clearContent(): Range;
}

/**
 * Several ranges of one sheet formatted in ONE call (Sheet.getRangeList): Apps Script best
 * practice for formats, so the calls do not grow with the ranges a layout formats.
 */
export interface RangeList {
  setFontWeight(weight: string | null): RangeList;
  setBackground(color: string | null): RangeList;
  setNumberFormat(format: string): RangeList;
  setWrap(wrap: boolean): RangeList;
  setVerticalAlignment(alignment: string | null): RangeList;
  setBorder(...sides: BorderSides): RangeList;
}

export interface Sheet {
  getName(): string;
  getSheetId(): number;
  getIndex(): number;
  getRange(a1Notation: string): Range;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): Range;
  getRangeList(a1Notations: string[]): RangeList;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  getDataRange(): Range;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setColumnWidth(column: number, width: number): Sheet;
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet;
  setRowHeights(startRow: number, numRows: number, height: number): Sheet;
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet;
  insertRowsAfter(afterPosition: number, howMany: number): Sheet;
  deleteRows(rowPosition: number, howMany: number): void;
  deleteColumns(columnPosition: number, howMany: number): void;
  addDeveloperMetadata(key: string, value: string): Sheet;
  getDeveloperMetadata(): DeveloperMetadata[];
  createDeveloperMetadataFinder(): DeveloperMetadataFinder;
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void;
  protect(): Protection;
  setTabColor(color: string | null): Sheet;
  setName(name: string): Sheet;
  /** Native charts: only the add-on's own report sheets get them. */
  newChart(): EmbeddedChartBuilder;
  insertChart(chart: EmbeddedChart): void;
  activate(): Sheet;
  clear(): Sheet;
}

export interface Spreadsheet {
  getId(): string;
  getName(): string;
  getUrl(): string;
  getSheets(): Sheet[];
  getSheetByName(name: string): Sheet | null;
  insertSheet(sheetName: string, sheetIndex: number): Sheet;
  insertSheet(sheetName: string): Sheet;
  getActiveSheet(): Sheet;
  setActiveSheet(sheet: Sheet): Sheet;
  getSpreadsheetLocale(): string;
  setNamedRange(name: string, range: Range): void;
  getRangeByName(name: string): Range | null;
  createDeveloperMetadataFinder(): DeveloperMetadataFinder;
  toast(msg: string, title?: string, timeoutSeconds?: number): void;
  /** Only ever called on the add-on's own report sheets (ownSheets.ts). */
  deleteSheet(sheet: Sheet): void;
}

/** A built chart: opaque, gas/ only passes it back to insertChart. */
export type EmbeddedChart = object;

export interface EmbeddedChartBuilder {
  asColumnChart(): EmbeddedChartBuilder;
  asPieChart(): EmbeddedChartBuilder;
  addRange(range: Range): EmbeddedChartBuilder;
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder;
  setOption(option: string, value: unknown): EmbeddedChartBuilder;
  build(): EmbeddedChart;
}

export interface DeveloperMetadata {
  getKey(): string;
  getValue(): string | null;
  setValue(value: string): DeveloperMetadata;
  getLocation(): DeveloperMetadataLocation;
  remove(): void;
}

export interface DeveloperMetadataLocation {
  getSheet(): Sheet | null;
  getColumn(): Range | null;
  getRow(): Range | null;
}

export interface DeveloperMetadataFinder {
  withKey(key: string): DeveloperMetadataFinder;
  find(): DeveloperMetadata[];
}

export interface Protection {
  setWarningOnly(warningOnly: boolean): Protection;
  setDescription(description: string): Protection;
}

// Built rules are opaque: gas/ only passes them back to the sheet.
export type DataValidation = object;
export type ConditionalFormatRule = object;

export interface DataValidationBuilder {
  requireFormulaSatisfied(formula: string): DataValidationBuilder;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder;
  setHelpText(helpText: string): DataValidationBuilder;
  build(): DataValidation;
}

export interface ConditionalFormatRuleBuilder {
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder;
  whenTextStartsWith(text: string): ConditionalFormatRuleBuilder;
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder;
  whenNumberEqualTo(number: number): ConditionalFormatRuleBuilder;
  setBackground(color: string | null): ConditionalFormatRuleBuilder;
  setFontColor(color: string | null): ConditionalFormatRuleBuilder;
  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder;
  build(): ConditionalFormatRule;
}

export interface Menu {
  addItem(caption: string, functionName: string): Menu;
  addSeparator(): Menu;
  addToUi(): void;
}

export interface HtmlOutput {
  getContent(): string;
  setTitle(title: string): HtmlOutput;
}

export interface Ui {
  createAddonMenu(): Menu;
  showSidebar(userInterface: HtmlOutput): void;
}

export interface SpreadsheetAppLike {
  getActiveSpreadsheet(): Spreadsheet;
  getUi(): Ui;
  newDataValidation(): DataValidationBuilder;
  newConditionalFormatRule(): ConditionalFormatRuleBuilder;
  flush(): void;
}

export interface Properties {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): Properties;
  deleteProperty(key: string): Properties;
}

export interface Lock {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

/** Everything gas/ may touch, shaped like the Apps Script globals of the same names. */
export interface Services {
  SpreadsheetApp: SpreadsheetAppLike;
  PropertiesService: { getDocumentProperties(): Properties };
  LockService: { getDocumentLock(): Lock | null };
  HtmlService: {
    createHtmlOutputFromFile(filename: string): HtmlOutput;
    createHtmlOutput(html: string): HtmlOutput;
  };
  Session: { getActiveUserLocale(): string };
}
