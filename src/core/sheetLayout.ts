import type { FormatRule } from './journal/types';

/**
 * A sheet as data — the one layout type: journals (JournalLayout), reports (ReportLayout), the
 * moderation sheet, the protocol, score grids and rubrics all extend it, and the server's writer
 * (gas/layoutWriter.ts) applies it in bulk. All A1 is relative to the sheet; every string is quoted
 * on the way (checkLayout), so user text never becomes a formula.
 */
export interface SheetLayout {
  rows: number;
  columns: number;
  values: (string | number)[][];
  merges: string[];
  bold: string[];
  backgrounds: { a1: string; color: string }[];
  numberFormats: { a1: string; format: string }[];
  columnWidths: { column: number; width: number }[];
  frozenRows: number;
  frozenColumns?: number;
  /** Wrapped, top-aligned ranges. */
  wrap?: string[];
  /** Ranges drawn with thin borders on every cell. */
  borders?: string[];
  validations?: { a1: string; formula: string; helpText: string }[];
  formatRules?: FormatRule[];
  /** Warning-only protections. */
  protections?: { a1: string; description: string }[];
  /** Forced row heights (the rubric pages); consecutive rows of one height become one call. */
  rowHeights?: { row: number; height: number }[];
  /** Cell notes (the score grid's full descriptor texts). */
  notes?: { a1: string; text: string }[];
  /** One setFormulas (the score grid's totals): checkLayout accepts only same-sheet arithmetic (safeFormula). */
  formulas?: { a1: string; formulas: string[][] };
}

/** A native chart: first range the categories (header row included), the others the series. */
export interface SheetChart {
  type: 'column' | 'pie';
  title: string;
  ranges: string[];
  anchor: { row: number; column: number };
}
