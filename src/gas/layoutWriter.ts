import type { FormatRule } from '../core/journal/types';
import type { SheetChart, SheetLayout } from '../core/sheetLayout';

export type { SheetChart, SheetLayout };
import type { Services, Sheet } from './services';

/** Room a chart takes right of / below its anchor, so the sheet is not trimmed under it. */
const CHART_SPAN = { rows: 20, columns: 7 };

/**
 * Writes a layout onto a NEW sheet in bulk: one setValues for the whole grid, then one call per
 * layout entry (merges, formats, widths …). The number of calls depends on the layout's entries,
 * never on how many pupils its tables list.
 */
export function applyLayout(
  services: Services,
  sheet: Sheet,
  layout: SheetLayout,
  charts: SheetChart[] = [],
): void {
  const rows = Math.max(layout.rows, ...charts.map((c) => c.anchor.row + CHART_SPAN.rows));
  const columns = Math.max(layout.columns, ...charts.map((c) => c.anchor.column + CHART_SPAN.columns));
  fitSize(sheet, rows, columns);
  if (layout.values.length > 0)
    sheet.getRange(1, 1, layout.values.length, layout.columns).setValues(layout.values);

  for (const m of mergeRuns(layout.merges)) {
    const range = sheet.getRange(m.a1);
    if (m.across) range.mergeAcross();
    else range.merge();
  }
  // Formats through RangeLists: one call per kind of format (and colour), not per range.
  const list = (a1s: readonly string[]) => (a1s.length > 0 ? sheet.getRangeList([...a1s]) : undefined);
  list(layout.bold)?.setFontWeight('bold');
  for (const [color, a1s] of grouped(layout.backgrounds, (b) => b.color)) list(a1s)?.setBackground(color);
  for (const [format, a1s] of grouped(layout.numberFormats, (f) => f.format))
    list(a1s)?.setNumberFormat(format);
  list(layout.wrap ?? [])
    ?.setWrap(true)
    .setVerticalAlignment('top');
  list(layout.borders ?? [])?.setBorder(true, true, true, true, true, true);
  for (const w of widthRuns(layout.columnWidths)) sheet.setColumnWidths(w.column, w.count, w.width);
  for (const h of heightRuns(layout.rowHeights ?? [])) sheet.setRowHeights(h.row, h.count, h.height);
  if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
  if ((layout.frozenColumns ?? 0) > 0) sheet.setFrozenColumns(layout.frozenColumns ?? 0);

  applyValidations(services, sheet, layout.validations ?? []);
  if (layout.formatRules?.length) applyFormatRules(services, sheet, layout.formatRules);
  for (const n of layout.notes ?? []) sheet.getRange(n.a1).setNote(n.text);
  if (layout.formulas?.a1) sheet.getRange(layout.formulas.a1).setFormulas(layout.formulas.formulas);
  for (const p of layout.protections ?? [])
    sheet.getRange(p.a1).protect().setWarningOnly(true).setDescription(p.description);
  for (const chart of charts) addChart(sheet, chart);
}

function applyValidations(
  services: Services,
  sheet: Sheet,
  validations: NonNullable<SheetLayout['validations']>,
) {
  for (const v of validations) {
    const rule = services.SpreadsheetApp.newDataValidation()
      .requireFormulaSatisfied(v.formula)
      .setAllowInvalid(true)
      .setHelpText(v.helpText)
      .build();
    sheet.getRange(v.a1).setDataValidation(rule);
  }
}

function applyFormatRules(services: Services, sheet: Sheet, rules: FormatRule[]): void {
  sheet.setConditionalFormatRules(
    rules.map((r) => {
      let b = services.SpreadsheetApp.newConditionalFormatRule();
      if (r.when === 'textStartsWith') b = b.whenTextStartsWith(String(r.value));
      else if (r.when === 'textEqualTo') b = b.whenTextEqualTo(String(r.value));
      else if (r.when === 'numberEqualTo') b = b.whenNumberEqualTo(Number(r.value));
      else b = b.whenFormulaSatisfied(String(r.value));
      b = b.setBackground(r.background);
      if (r.fontColor) b = b.setFontColor(r.fontColor);
      return b.setRanges(r.ranges.map((a1) => sheet.getRange(a1))).build();
    }),
  );
}

function addChart(sheet: Sheet, chart: SheetChart): void {
  let b = sheet.newChart();
  b = chart.type === 'pie' ? b.asPieChart() : b.asColumnChart();
  for (const a1 of chart.ranges) b = b.addRange(sheet.getRange(a1));
  sheet.insertChart(
    b.setPosition(chart.anchor.row, chart.anchor.column, 0, 0).setOption('title', chart.title).build(),
  );
}

/**
 * Merges as few calls: single-row merges over the same columns on consecutive rows (a list of
 * pupils, one merged row each) become one mergeAcross, so the calls do not grow with the list.
 */
export function mergeRuns(merges: readonly string[]): { a1: string; across: boolean }[] {
  const out: { a1: string; across: boolean }[] = [];
  const rows = new Map<string, { row: number; c1: string; c2: string }[]>();
  for (const a1 of merges) {
    const m = A1.exec(a1);
    if (!m || !m[3] || m[2] !== m[4]) out.push({ a1, across: false });
    else {
      const key = `${m[1]}:${m[3]}`;
      rows.set(key, [...(rows.get(key) ?? []), { row: Number(m[2]), c1: m[1], c2: m[3] }]);
    }
  }
  for (const list of rows.values()) {
    list.sort((a, b) => a.row - b.row);
    for (let i = 0; i < list.length;) {
      let j = i;
      while (j + 1 < list.length && list[j + 1].row === list[j].row + 1) j++;
      const { c1, c2 } = list[i];
      out.push({ a1: `${c1}${list[i].row}:${c2}${list[j].row}`, across: true });
      i = j + 1;
    }
  }
  return out;
}

/** The a1 of each entry, by a key (a colour, a number format), in first-seen order. */
function grouped<T extends { a1: string }>(
  items: readonly T[],
  key: (item: T) => string,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item.a1]);
  return out;
}

/** Consecutive columns of the same width, as one setColumnWidths each. */
export function widthRuns(
  widths: readonly { column: number; width: number }[],
): { column: number; count: number; width: number }[] {
  const runs = heightRuns(widths.map((w) => ({ row: w.column, height: w.width })));
  return runs.map((r) => ({ column: r.row, count: r.count, width: r.height }));
}

/** Consecutive rows of the same height, as one run each (calls grow with pages, not rows). */
export function heightRuns(
  heights: readonly { row: number; height: number }[],
): { row: number; count: number; height: number }[] {
  const sorted = [...heights].sort((a, b) => a.row - b.row);
  const runs: { row: number; count: number; height: number }[] = [];
  for (const h of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.height === h.height && last.row + last.count === h.row) last.count++;
    else if (!last || last.row + last.count <= h.row) runs.push({ row: h.row, count: 1, height: h.height });
  }
  return runs;
}

export const NEW_SHEET = { rows: 1000, columns: 26 };

/**
 * A new sheet has 1000 × 26 cells: grown when the layout needs more, never trimmed — a structural
 * call costs up to a second on Google, and empty rows and columns print nothing (Sheets' PDF
 * export stops at the last cell with content) while they leave the teacher room beside a table.
 */
export function fitSize(sheet: Sheet, rows: number, columns: number): void {
  // A sheet insertSheet just made: Sheets' default size, known without asking (two reads saved).
  const [maxRows, maxColumns] = [NEW_SHEET.rows, NEW_SHEET.columns];
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
}

const A1 = /^([A-Z]{1,3})(\d{1,6})(?::([A-Z]{1,3})(\d{1,6}))?$/;
const COLOUR = /^#[0-9a-f]{6}$/i;
const NUMBER_FORMAT = /^[0#.,;%@ +\-dMyHhms/:]{1,40}$/;

/**
 * A layout that came from the sidebar, checked and made safe before it is written (the server
 * never trusts the client): sizes, every A1 inside the grid, colours, number formats, and every
 * string quoted with `quote` (sheetText) unless it already carries Sheets' quote prefix, so no cell
 * can become a formula. Returns the problem, or undefined when `layout.values` is fine and safe.
 */
export function checkLayout(
  layout: SheetLayout,
  charts: readonly SheetChart[],
  quote: (s: string) => string,
): string | undefined {
  try {
    const { rows, columns, values } = layout;
    if (!isInt(rows, 1, 20_000) || !isInt(columns, 1, 60) || values.length > rows) return 'size';
    for (const row of values) {
      if (row.length !== columns) return 'values';
      for (let c = 0; c < columns; c++) {
        const v = row[c];
        if (typeof v === 'string') row[c] = v.startsWith("'") ? v : quote(v);
        else if (typeof v !== 'number' || !Number.isFinite(v)) return 'values';
      }
    }
    const o = (x: { a1: string }) => x.a1;
    const a1s = [
      ...layout.merges,
      ...layout.bold,
      ...(layout.wrap ?? []),
      ...(layout.borders ?? []),
      ...layout.backgrounds.map(o),
      ...layout.numberFormats.map(o),
      ...(layout.validations ?? []).map(o),
      ...(layout.protections ?? []).map(o),
      ...(layout.notes ?? []).map(o),
      ...(layout.formulas?.a1 ? [layout.formulas.a1] : []),
      ...(layout.formatRules ?? []).flatMap((r) => r.ranges),
      ...charts.flatMap((c) => c.ranges),
    ];
    if (a1s.length > 50_000 || !a1s.every((a1) => a1InGrid(a1, rows, columns))) return 'range';
    const colours = [
      ...layout.backgrounds.map((b) => b.color),
      ...(layout.formatRules ?? []).map((r) => r.background),
    ];
    if (!colours.every((c) => COLOUR.test(c))) return 'colour';
    if (!layout.numberFormats.every((f) => NUMBER_FORMAT.test(f.format))) return 'format';
    if (!layout.columnWidths.every((w) => isInt(w.column, 1, columns) && isInt(w.width, 1, 2000)))
      return 'width';
    if (!(layout.rowHeights ?? []).every((h) => isInt(h.row, 1, rows) && isInt(h.height, 1, 2000)))
      return 'height';
    if (!isInt(layout.frozenRows, 0, 20) || !isInt(layout.frozenColumns ?? 0, 0, 10)) return 'frozen';
    const texts = [
      ...(layout.validations ?? []).flatMap((v) => [v.formula, v.helpText]),
      ...(layout.protections ?? []).map((p) => p.description),
      ...(layout.notes ?? []).map((n) => n.text),
      ...charts.map((c) => c.title),
    ];
    if (!texts.every((t) => typeof t === 'string')) return 'text';
    if (layout.formulas && !formulasFit(layout.formulas)) return 'formula';
    const ruleFormulas = [
      ...(layout.validations ?? []).map((v) => v.formula),
      ...(layout.formatRules ?? []).flatMap((r) => (r.when === 'formula' ? [r.value] : [])),
    ];
    if (!ruleFormulas.every(safeRuleFormula)) return 'formula';
    const chartOk = (c: SheetChart) =>
      (c.type === 'column' || c.type === 'pie') &&
      isInt(c.anchor.row, 1, rows) &&
      isInt(c.anchor.column, 1, columns + 10);
    if (charts.length > 10 || !charts.every(chartOk)) return 'chart';
    return undefined;
  } catch {
    return 'shape'; // not arrays/objects where they must be
  }
}

/** The formulas fill their range exactly and each one is safeFormula. */
function formulasFit(f: NonNullable<SheetLayout['formulas']>): boolean {
  if (f.a1 === '') return f.formulas.length === 0;
  const m = A1.exec(f.a1);
  if (!m) return false;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const rows = (m[4] ? Number(m[4]) : Number(m[2])) - Number(m[2]) + 1;
  const columns = (m[3] ? col(m[3]) : col(m[1])) - col(m[1]) + 1;
  return f.formulas.length === rows && f.formulas.every((r) => r.length === columns && r.every(safeFormula));
}

const SAFE_FUNCTIONS = new Set(['IF', 'COUNTA', 'COUNT', 'INDEX', 'MATCH', 'ARRAYFORMULA', 'ISTEXT', 'SUM']);

/**
 * A formula the server writes into a layout: arithmetic on cells of the same sheet (no «!» outside
 * text), with a few counting functions — nothing that fetches, links or reads another sheet. Text
 * literals are allowed (a «! …» message): text refers to nothing.
 */
export function safeFormula(f: unknown): boolean {
  if (typeof f !== 'string' || f.length > 1000) return false;
  const bare = f.replace(/"(?:[^"]|"")*"/g, '""');
  if (!/^=[A-Z0-9$:(),"=<>*+\-. ]+$/.test(bare)) return false;
  // Without its cell references, every word left must be an allowed function (no named ranges).
  const words = bare.replace(/\$?[A-Z]{1,3}\$?\d+/g, '').match(/[A-Z]+\(?/g) ?? [];
  return words.every((w) => w.endsWith('(') && SAFE_FUNCTIONS.has(w.slice(0, -1)));
}

const RULE_FUNCTIONS = new Set([
  'OR',
  'AND',
  'NOT',
  'IF',
  'ISBLANK',
  'ISNUMBER',
  'ISTEXT',
  'ABS',
  'LEN',
  'LOWER',
  'TRIM',
  'REGEXMATCH',
]);

/**
 * A data-validation or conditional-format formula from the sidebar: tests on cells of the same
 * sheet (no «!» outside text), with text literals allowed (the codes' pattern) and only the few
 * testing functions the layouts use.
 */
export function safeRuleFormula(f: unknown): boolean {
  if (typeof f !== 'string' || f.length > 1000 || !f.startsWith('=')) return false;
  const code = f.replace(/"[^"]*"/g, '""');
  if (code.replace(/""/g, '').includes('"')) return false; // an unclosed text literal
  if (!/^=[A-Z0-9$:(),"=<>*+\-. ]+$/.test(code)) return false;
  const words = code.replace(/\$?[A-Z]{1,3}\$?\d+/g, '').match(/[A-Z]+\(?/g) ?? [];
  return words.every((w) => w.endsWith('(') && RULE_FUNCTIONS.has(w.slice(0, -1)));
}

function isInt(n: unknown, min: number, max: number): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
}

function a1InGrid(a1: unknown, maxRow: number, maxColumn: number): boolean {
  const m = typeof a1 === 'string' ? A1.exec(a1) : null;
  if (!m) return false;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [r1, c1] = [Number(m[2]), col(m[1])];
  const [r2, c2] = [m[4] ? Number(m[4]) : r1, m[3] ? col(m[3]) : c1];
  return r1 >= 1 && r1 <= r2 && c1 <= c2 && r2 <= maxRow && c2 <= maxColumn;
}
