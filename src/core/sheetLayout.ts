import type { FormatRule } from './journal/types';

/**
 * A sheet as data (a journal, a report, a moderation sheet): what applyLayout writes. Shaped like
 * the core's JournalLayout and ReportLayout, so both are SheetLayouts. All A1 is relative to the
 * sheet. The values are written as they are: callers that got them from the sidebar quote them
 * first with checkLayout (below), so user text never becomes a formula.
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
