/**
 * The sheet grid: row numbers, column letters, frozen rows and columns kept in view, merges,
 * backgrounds and bold from the snapshot. Every cell's text is a Preact text node, never HTML.
 */
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { cellA1, columnLetter } from '../shared/a1';
import type { CellView, ChartView, MergeView, SheetView } from '../shared/state';

export const ROW_HEIGHT = 21;
export const HEADER_HEIGHT = 21;
export const ROW_HEADER_WIDTH = 46;
export const DEFAULT_COLUMN_WIDTH = 100;

export interface Selection {
  row: number;
  col: number;
}

export interface Editing {
  text: string;
  /** Where the typing happens: in the cell, or in the formula bar. */
  place: 'cell' | 'bar';
}

interface GridProps {
  sheet: SheetView;
  selection: Selection;
  editing: Editing | null;
  /** Cell to scroll to and flash (set when the add-on activates a range). */
  flash: Selection | null;
  onSelect(selection: Selection): void;
  onStartEdit(text?: string): void;
  onEditText(text: string): void;
  onCommit(move: 'down' | 'right' | 'none'): void;
  onCancel(): void;
}

/** Empty sheets still look like a sheet: at least this many rows and columns are drawn. */
const MIN_ROWS = 40;
const MIN_COLS = 12;

export function drawnSize(sheet: SheetView): { rows: number; cols: number } {
  let lastRow = 0;
  let lastCol = 0;
  for (const c of sheet.cells) {
    lastRow = Math.max(lastRow, c.row);
    lastCol = Math.max(lastCol, c.col);
  }
  for (const m of sheet.merges) {
    lastRow = Math.max(lastRow, m.row + m.rows - 1);
    lastCol = Math.max(lastCol, m.col + m.cols - 1);
  }
  // A sheet of 1000 rows is drawn to its data plus some room, not in full.
  return {
    rows: Math.min(sheet.rows, Math.max(lastRow + 20, MIN_ROWS)),
    cols: Math.min(sheet.cols, Math.max(lastCol + 3, MIN_COLS)),
  };
}

export function columnWidth(sheet: SheetView, col: number): number {
  return sheet.columnWidths[col] ?? DEFAULT_COLUMN_WIDTH;
}

const key = (row: number, col: number) => `${row}:${col}`;

export function Grid(props: GridProps): JSX.Element {
  const { sheet, selection, editing, flash } = props;
  const { rows, cols } = drawnSize(sheet);
  const scroller = useRef<HTMLDivElement>(null);

  const cells = useMemo(() => new Map(sheet.cells.map((c) => [key(c.row, c.col), c])), [sheet]);
  const { anchors, covered } = useMemo(() => mergeMaps(sheet.merges), [sheet]);

  // Left offsets of frozen columns and top offsets of frozen rows, for position: sticky.
  const stickyLeft = useMemo(() => {
    const left: number[] = [];
    let x = ROW_HEADER_WIDTH;
    for (let c = 1; c <= sheet.frozenCols; c++) {
      left[c] = x;
      x += columnWidth(sheet, c);
    }
    return left;
  }, [sheet]);

  useEffect(() => {
    if (!flash) return;
    const el = scroller.current?.querySelector<HTMLElement>(
      `[data-testid="cell-${cellA1(flash.row, flash.col)}"]`,
    );
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [flash]);

  const header: JSX.Element[] = [
    <th key="corner" class="corner" style={{ left: 0, top: 0, width: `${ROW_HEADER_WIDTH}px` }} />,
  ];
  for (let c = 1; c <= cols; c++) {
    const frozen = c <= sheet.frozenCols;
    header.push(
      <th
        key={c}
        class={`colhead${c === selection.col ? ' current' : ''}${frozen ? ' frozen-col' : ''}${c === sheet.frozenCols ? ' last-frozen-col' : ''}`}
        style={frozen ? { left: `${stickyLeft[c]}px` } : undefined}
      >
        {columnLetter(c)}
      </th>,
    );
  }

  const body: JSX.Element[] = [];
  for (let r = 1; r <= rows; r++) {
    const frozenRow = r <= sheet.frozenRows;
    const top = frozenRow ? HEADER_HEIGHT + (r - 1) * ROW_HEIGHT : undefined;
    const tds: JSX.Element[] = [
      <th
        key="h"
        class={`rowhead${r === selection.row ? ' current' : ''}${frozenRow ? ' frozen-row' : ''}${r === sheet.frozenRows ? ' last-frozen-row' : ''}`}
        style={frozenRow ? { top: `${top}px` } : undefined}
      >
        {r}
      </th>,
    ];
    for (let c = 1; c <= cols; c++) {
      if (covered.has(key(r, c))) continue;
      const merge = anchors.get(key(r, c));
      const frozenCol = c <= sheet.frozenCols;
      const cell = cells.get(key(r, c));
      const selected = selection.row === r && selection.col === c;
      tds.push(
        <Cell
          {...props}
          key={c}
          row={r}
          col={c}
          cell={cell}
          merge={merge}
          spill={merge ? 0 : spillWidth(sheet, cells, anchors, covered, cell, r, c, cols)}
          lastFrozenRow={r === sheet.frozenRows}
          lastFrozenCol={c === sheet.frozenCols}
          top={top}
          left={frozenCol ? stickyLeft[c] : undefined}
          selected={selected}
          flashing={!!flash && flash.row === r && flash.col === c}
          editing={selected && editing?.place === 'cell' ? editing : null}
        />,
      );
    }
    body.push(<tr key={r}>{tds}</tr>);
  }

  const tableWidth =
    ROW_HEADER_WIDTH +
    Array.from({ length: cols }, (_, i) => columnWidth(sheet, i + 1)).reduce((a, b) => a + b, 0);

  return (
    <div class="grid-scroller" ref={scroller} data-testid="grid">
      {sheet.charts.map((chart, i) => (
        <Chart key={i} index={i} chart={chart} sheet={sheet} />
      ))}
      <table class="grid" style={{ width: `${tableWidth}px` }}>
        <colgroup>
          <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
          {Array.from({ length: cols }, (_, i) => (
            <col key={i} style={{ width: `${columnWidth(sheet, i + 1)}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>{header}</tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}

const CHART_COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];
const CHART_WIDTH = 420;
const CHART_HEIGHT = 260;

/** A native chart drawn over the grid at its anchor cell, as Sheets floats charts over cells. */
function Chart({ chart, sheet, index }: { chart: ChartView; sheet: SheetView; index: number }): JSX.Element {
  let left = ROW_HEADER_WIDTH;
  for (let c = 1; c < chart.col; c++) left += columnWidth(sheet, c);
  const top = HEADER_HEIGHT + (chart.row - 1) * ROW_HEIGHT;
  return (
    <figure
      class="chart"
      data-testid={`chart-${index + 1}`}
      style={{ left: `${left}px`, top: `${top}px`, width: `${CHART_WIDTH}px`, height: `${CHART_HEIGHT}px` }}
    >
      <figcaption>{chart.title}</figcaption>
      {chart.type === 'pie' ? <Pie chart={chart} /> : <Columns chart={chart} />}
    </figure>
  );
}

function Columns({ chart }: { chart: ChartView }): JSX.Element {
  const max = Math.max(1, ...chart.series.flatMap((s) => s.values));
  const groups = chart.categories.length || 1;
  const plotW = CHART_WIDTH - 40;
  const plotH = CHART_HEIGHT - 90;
  const groupW = plotW / groups;
  const barW = Math.max(2, (groupW - 6) / Math.max(1, chart.series.length));
  return (
    <svg width={CHART_WIDTH - 20} height={CHART_HEIGHT - 40} role="img" aria-label={chart.title}>
      {chart.categories.map((category, g) => (
        <g key={g}>
          {chart.series.map((s, k) => {
            const h = (s.values[g] / max) * plotH;
            return (
              <rect
                key={k}
                x={10 + g * groupW + k * barW}
                y={10 + plotH - h}
                width={barW - 1}
                height={h}
                fill={CHART_COLOURS[k % CHART_COLOURS.length]}
              >
                <title>{`${category} · ${s.name}: ${s.values[g]}`}</title>
              </rect>
            );
          })}
          <text x={10 + g * groupW + groupW / 2} y={plotH + 26} text-anchor="middle" font-size="10">
            {category}
          </text>
        </g>
      ))}
      {chart.series.map((s, k) => (
        <text
          key={k}
          x={10 + k * 150}
          y={CHART_HEIGHT - 46}
          font-size="11"
          fill={CHART_COLOURS[k % CHART_COLOURS.length]}
        >
          ■ {s.name}
        </text>
      ))}
    </svg>
  );
}

function Pie({ chart }: { chart: ChartView }): JSX.Element {
  const values = chart.series[0]?.values ?? [];
  const total = values.reduce((a, b) => a + b, 0) || 1;
  let at = 0;
  const stops = values.map((v, i) => {
    const from = (at / total) * 100;
    at += v;
    return `${CHART_COLOURS[i % CHART_COLOURS.length]} ${from}% ${(at / total) * 100}%`;
  });
  return (
    <div class="pie-chart">
      <div
        class="pie"
        role="img"
        aria-label={chart.title}
        style={{ background: `conic-gradient(${stops.join(', ')})` }}
      />
      <ul>
        {chart.categories.map((category, i) => (
          <li key={i} style={{ color: CHART_COLOURS[i % CHART_COLOURS.length] }}>
            ■ <span>{`${category}: ${values[i] ?? 0}`}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface CellProps extends GridProps {
  row: number;
  col: number;
  cell: CellView | undefined;
  merge: MergeView | undefined;
  top: number | undefined;
  left: number | undefined;
  selected: boolean;
  flashing: boolean;
  editing: Editing | null;
  /** Width the cell's text may run over empty neighbours to, as Sheets lets text overflow (0: none). */
  spill: number;
  lastFrozenRow: boolean;
  lastFrozenCol: boolean;
}

function Cell(p: CellProps): JSX.Element {
  const { cell } = p;
  const classes = ['cell'];
  if (typeof cell?.value === 'number' && !cell.error) classes.push('num');
  if (cell?.error) classes.push('error');
  if (cell?.bold) classes.push('bold');
  if (p.selected) classes.push('selected');
  if (p.flashing) classes.push('flash');
  if (p.top !== undefined) classes.push('frozen-row');
  if (p.left !== undefined) classes.push('frozen-col');
  if (p.lastFrozenRow) classes.push('last-frozen-row');
  if (p.lastFrozenCol) classes.push('last-frozen-col');
  if (p.spill) classes.push('spilling');
  const style: Record<string, string> = {};
  if (cell?.background) style.background = cell.background;
  if (cell?.color) style.color = cell.color;
  if (cell?.align) style.textAlign = cell.align;
  if (p.top !== undefined) style.top = `${p.top}px`;
  if (p.left !== undefined) style.left = `${p.left}px`;
  const text = cell?.display ?? '';
  // Hovering shows what a narrow column cuts off, a note, or a formula error's message.
  const title = cell?.note ?? cell?.error ?? (text.length > 12 ? text : undefined);
  return (
    <td
      class={classes.join(' ')}
      style={style}
      rowSpan={p.merge?.rows}
      colSpan={p.merge?.cols}
      data-testid={`cell-${cellA1(p.row, p.col)}`}
      title={title}
      onMouseDown={() => p.onSelect({ row: p.row, col: p.col })}
      onDblClick={() => p.onStartEdit()}
    >
      {p.editing ? (
        <CellEditor
          editing={p.editing}
          onEditText={p.onEditText}
          onCommit={p.onCommit}
          onCancel={p.onCancel}
        />
      ) : p.spill ? (
        <span class="spill" style={{ width: `${p.spill - 1}px`, background: cell?.background ?? '#fff' }}>
          {text}
        </span>
      ) : (
        text
      )}
      {cell?.invalid ? <span class="invalid-mark" /> : cell?.note ? <span class="note-mark" /> : null}
    </td>
  );
}

function CellEditor(
  p: Pick<GridProps, 'onEditText' | 'onCommit' | 'onCancel'> & { editing: Editing },
): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  return (
    <input
      ref={input}
      class="cell-editor"
      data-testid="cell-editor"
      value={p.editing.text}
      onInput={(e) => p.onEditText((e.target as HTMLInputElement).value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') {
          e.preventDefault();
          p.onCommit('down');
        } else if (e.key === 'Tab') {
          e.preventDefault();
          p.onCommit('right');
        } else if (e.key === 'Escape') {
          e.preventDefault();
          p.onCancel();
        }
      }}
    />
  );
}

/** Text in Sheets runs over the empty cells to its right; numbers, errors and aligned text do not. */
function spillWidth(
  sheet: SheetView,
  cells: Map<string, CellView>,
  anchors: Map<string, MergeView>,
  covered: Set<string>,
  cell: CellView | undefined,
  row: number,
  col: number,
  cols: number,
): number {
  if (!cell || typeof cell.value !== 'string' || cell.error !== undefined || cell.display === '') return 0;
  if (cell.align && cell.align !== 'left') return 0;
  let width = columnWidth(sheet, col);
  let c = col + 1;
  // A frozen cell does not run into the scrolling part.
  const last = col <= sheet.frozenCols ? sheet.frozenCols : cols;
  for (; c <= last; c++) {
    const k = key(row, c);
    const next = cells.get(k);
    if ((next && next.display !== '') || anchors.has(k) || covered.has(k)) break;
    width += columnWidth(sheet, c);
  }
  return c === col + 1 ? 0 : width;
}

function mergeMaps(merges: MergeView[]): { anchors: Map<string, MergeView>; covered: Set<string> } {
  const anchors = new Map<string, MergeView>();
  const covered = new Set<string>();
  for (const m of merges) {
    anchors.set(key(m.row, m.col), m);
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(key(r, c));
    }
  }
  return { anchors, covered };
}
