/**
 * What the playground server sends the page: its own small shape, so the page depends neither on
 * the fakes' internals nor on Apps Script types. Rows and columns are 1-based, as in Sheets.
 */

export interface CellView {
  row: number;
  col: number;
  /** The evaluated value (null for an empty cell that only has formatting). */
  value: string | number | boolean | null;
  /** The text Sheets would show. */
  display: string;
  /** The formula as typed, e.g. "=KB_DETAIL(C7:L30, …)". */
  formula?: string;
  background?: string;
  /** Font colour (from a conditional-format rule). */
  color?: string;
  bold?: boolean;
  /** Set alignment; otherwise numbers go right and text left, as in Sheets. */
  align?: 'left' | 'center' | 'right';
  note?: string;
  /** The message of a formula error; `display` then holds its code, e.g. "#ERROR!". */
  error?: string;
  /** The value breaks the cell's data validation (Sheets marks the cell with a red corner). */
  invalid?: boolean;
}

export interface MergeView {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A native chart as the page draws it: its data read from the sheet's cells by the server. */
export interface ChartView {
  type: 'column' | 'pie' | string;
  title: string;
  /** The anchor cell (top-left corner). */
  row: number;
  col: number;
  categories: string[];
  series: { name: string; values: number[] }[];
}

export interface SheetView {
  name: string;
  /** Size of the grid to draw. */
  rows: number;
  cols: number;
  frozenRows: number;
  frozenCols: number;
  /** Widths in pixels of the columns that have one; others are 100 px. */
  columnWidths: Record<number, number>;
  cells: CellView[];
  merges: MergeView[];
  charts: ChartView[];
}

export interface TabView {
  name: string;
  tabColor?: string;
}

export type MenuEntry = { caption: string; functionName: string } | { separator: true };

export interface ActiveRangeView {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface PlaygroundState {
  unchanged?: false;
  version: number;
  fileName: string;
  tabs: TabView[];
  /** The active sheet, drawn in full; other sheets are drawn once they are activated. */
  sheet: SheetView;
  activeRange: ActiveRangeView | null;
  /** The add-on menu built by onOpen (Extensions → KB Sheets). */
  menu: MenuEntry[];
  /** The sidebar most recently shown with showSidebar. */
  sidebar: { id: number; title: string } | null;
  /** The last toast the add-on showed (spreadsheet.toast). */
  toast: { id: number; message: string; title?: string } | null;
  /** Service calls the bundle has made since the playground started. */
  serviceCalls: number;
}

export type StateResponse = PlaygroundState | { unchanged: true; version: number };

export type RpcResponse = { ok: true; value: unknown } | { ok: false; message: string };
