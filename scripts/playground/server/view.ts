/** The fakes' snapshot turned into what the page draws (see shared/state.ts). */
import type { CellSnapshot, FakeServices, SheetSnapshot } from '../../../test/fakes';
import { parseA1 } from '../../../test/fakes/a1';
import { formulaToLocale } from '../../../test/fakes/formulaSyntax';
import type { ActiveRangeView, CellView, ChartView, PlaygroundState, SheetView } from '../shared/state';

export function stateOf(services: FakeServices, version: number): PlaygroundState {
  const snapshot = services.spreadsheet.snapshot();
  const active = snapshot.sheets.find((s) => s.name === snapshot.activeSheet) ?? snapshot.sheets[0];
  const { ui } = services;
  const lastSidebar = ui.sidebars[ui.sidebars.length - 1];
  const lastToast = ui.toasts[ui.toasts.length - 1];
  return {
    version,
    fileName: snapshot.name,
    tabs: snapshot.sheets.map((s) =>
      s.tabColor ? { name: s.name, tabColor: s.tabColor } : { name: s.name },
    ),
    sheet: sheetView(active, services.spreadsheet.locale),
    activeRange: activeRangeView(active, snapshot.activeRange),
    menu: ui.menus,
    sidebar: lastSidebar ? { id: ui.sidebars.length, title: lastSidebar.title } : null,
    toast: lastToast
      ? {
          id: ui.toasts.length,
          message: lastToast.message,
          ...(lastToast.title ? { title: lastToast.title } : {}),
        }
      : null,
    serviceCalls: services.calls.total(),
  };
}

function sheetView(sheet: SheetSnapshot, locale: string): SheetView {
  return {
    name: sheet.name,
    rows: sheet.rows,
    cols: sheet.columns,
    frozenRows: sheet.frozenRows,
    frozenCols: sheet.frozenColumns,
    columnWidths: sheet.columnWidths,
    cells: sheet.cells.map((c) => cellView(c, locale)),
    merges: sheet.merges.map((a1) => {
      const r = parseA1(a1, sheet.rows, sheet.columns);
      return { row: r.row, col: r.col, rows: r.numRows, cols: r.numCols };
    }),
    charts: sheet.charts.map((c) => chartView(sheet, c)),
  };
}

/** A chart's data: the first range holds the categories, each other range a series; row 1 of each is its header. */
function chartView(sheet: SheetSnapshot, chart: SheetSnapshot['charts'][number]): ChartView {
  const byCell = new Map(sheet.cells.map((c) => [`${c.row}:${c.col}`, c]));
  const column = (a1: string) => {
    const r = parseA1(a1, sheet.rows, sheet.columns);
    return Array.from({ length: r.numRows }, (_, i) => byCell.get(`${r.row + i}:${r.col}`));
  };
  const [categories, ...series] = chart.ranges.map(column);
  return {
    type: chart.type,
    title: chart.title,
    row: chart.row,
    col: chart.column,
    categories: (categories ?? []).slice(1).map((c) => c?.display ?? ''),
    series: series.map((cells) => ({
      name: cells[0]?.display ?? '',
      values: cells.slice(1).map((c) => (typeof c?.value === 'number' ? c.value : 0)),
    })),
  };
}

/** A cell as the page draws it; a formula in the spreadsheet locale's syntax, as Sheets shows it. */
function cellView(c: CellSnapshot, locale: string): CellView {
  const value = c.value instanceof Date ? c.display : c.value === '' ? null : c.value;
  const view: CellView = { row: c.row, col: c.col, value, display: c.display };
  if (c.formula) view.formula = formulaToLocale(c.formula, locale);
  const background = c.conditional?.background ?? c.background;
  if (background) view.background = background;
  if (c.conditional?.fontColor) view.color = c.conditional.fontColor;
  if (c.fontWeight === 'bold') view.bold = true;
  const align = c.horizontalAlignment?.toLowerCase();
  if (align === 'left' || align === 'center' || align === 'right') view.align = align;
  if (c.error !== undefined) view.error = c.error;
  if (c.invalid) view.invalid = true;
  const note = c.note ?? (c.invalid ? c.validation : undefined);
  if (note) view.note = note;
  return view;
}

function activeRangeView(sheet: SheetSnapshot, a1: string | undefined): ActiveRangeView | null {
  if (!a1) return null;
  const r = parseA1(a1, sheet.rows, sheet.columns);
  return { sheet: sheet.name, row: r.row, col: r.col, rows: r.numRows, cols: r.numCols };
}
