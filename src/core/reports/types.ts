import type { SheetLayout } from '../sheetLayout';

/**
 * The shape every report builder returns: a sheet as data, applied by the gas layer in bulk, in
 * the spirit of journal/types.ts JournalLayout. All A1 references are relative to the report sheet.
 *
 * `values` is rows 1…`rows` × columns 1…`columns`, ready for ONE setValues: user text (names,
 * class, subject, school, the teacher's kept text) has already been through sheetText, so it must
 * not be quoted again. Percentages are unrounded numbers on a 0–100
 * scale shown by their number format ('0.0'), never Sheets' percent format.
 */
export interface ReportLayout extends SheetLayout {
  /** Wrapped, top-aligned ranges (names lists, the teacher's free text). */
  wrap: string[];
  /** Table ranges to draw with thin borders on every cell. */
  borders: string[];
}

/** A chart the gas layer adds to a monitoring sheet (EmbeddedChartBuilder.addRange per range). */
export interface ChartSpec {
  id: 'byClass' | 'marks';
  type: 'column' | 'pie';
  title: string;
  /** Header row included: first range is the categories, the others the series. */
  ranges: string[];
  /** Top-left cell to place the chart at. */
  anchor: { row: number; column: number };
}
