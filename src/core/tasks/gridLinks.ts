/**
 * A score grid planned from a journal (task-level scoring, item 2), before anything is written:
 * its scope, layout and sheet name, and the journal cells to link to its totals (the rows with a
 * pupil only). Pure: the server reads the journal and writes the grid and the links.
 */
import type { Lang } from '../i18n';
import { cellA1 } from '../journal/a1';
import { cleanText } from '../journal/names';
import { foundColumns, type JournalSnapshot } from '../journal/snapshot';
import type { JournalPositions } from '../journal/types';
import { journalScoreCells, scoreGrid, type ScoreGridLayout } from './grid';
import { GRID_KIND, journalWorks } from './gridSheet';
import { checkJournalMax, journalCheckText, workLabel } from './journalMax';
import type { WorkSpec } from './types';

/** A journal as read from its sheet, with the sheet's id (the grid's scope names it). */
export type JournalOnSheet = Pick<JournalSnapshot, 'sheetName' | 'meta' | 'rows' | 'columns' | 'values'> & {
  sheetId: number;
};

/** A refusal worded for the teacher (the journal does not fit the specification). */
export class GridRefused extends Error {}

/**
 * The grid of a journal's work, before anything is written: its scope, layout and sheet name.
 * Throws GridRefused when the specification's total does not fit the journal's max.
 */
export function gridPlan(
  spec: WorkSpec,
  data: JournalOnSheet,
  lang: Lang,
): { scope: { kind: string; id: string }; layout: ScoreGridLayout; name: string } {
  const check = checkJournalMax(spec, journalWorks(data).maxes);
  if (!check.ok) throw new GridRefused(journalCheckText(check, spec.work, lang));
  const scope = {
    kind: GRID_KIND,
    id: `${data.sheetId}.${spec.work.kind === 'soch' ? 'soch' : `sor${spec.work.index}`}`,
  };
  const layout = scoreGrid(
    spec,
    {
      pupils: pupilRows(data).map((r) => r.name),
      className: data.meta?.className,
      subject: data.meta?.subject,
    },
    lang,
  );
  return { scope, layout, name: `${data.sheetName} · ${workLabel(spec.work, lang)}`.slice(0, 90) };
}

/** The journal cells of the work to link to the written grid's totals: the rows with a pupil only. */
export function linkCells(
  spec: WorkSpec,
  data: JournalOnSheet,
  layout: ScoreGridLayout,
  gridSheet: string,
): { a1: string; formula: string }[] {
  const rows = pupilRows(data);
  const positions = journalPositions(data, rows, spec.work);
  const column = positions && journalScoreCells(layout.positions, gridSheet, positions, spec.work);
  if (!positions || !column || column.a1 === '') return [];
  // The journal's blank rows for later pupils stay empty.
  const first = positions.firstPupilRow;
  const named = new Set(rows.map((r) => r.row));
  const columnNumber = workColumn(data, spec.work)!;
  return column.formulas.flatMap(([formula], i) =>
    named.has(first + i) ? [{ a1: cellA1(first + i, columnNumber), formula }] : [],
  );
}

/** The journal's pupils: rows from the first pupil row whose pupil cell holds a name. */
export function pupilRows(
  data: Pick<JournalSnapshot, 'rows' | 'columns' | 'values'>,
): { row: number; name: string }[] {
  const pupil = foundColumns(data.columns).pupil;
  if (pupil === undefined) return [];
  const out: { row: number; name: string }[] = [];
  for (let row = data.rows.firstPupilRow; row <= data.values.length; row++) {
    const name = cleanText(data.values[row - 1]?.[pupil - 1]);
    if (name !== '') out.push({ row, name });
  }
  return out;
}

/** The work's column, found by its tag (a column a user moved is still found). */
function workColumn(data: JournalOnSheet, work: WorkSpec['work']): number | undefined {
  const cols = foundColumns(data.columns);
  return work.kind === 'soch' ? cols.soch : cols.sor.find((t) => t.index === work.index)?.column;
}

/**
 * The positions journalScoreCells reads, from the tags: the СОР span is placed so that the work's
 * СОР falls on its tagged column, whatever columns a user inserted or moved.
 */
function journalPositions(
  data: JournalOnSheet,
  rows: { row: number }[],
  work: WorkSpec['work'],
): JournalPositions | undefined {
  const cols = foundColumns(data.columns);
  if (cols.pupil === undefined || rows.length === 0) return undefined;
  const last = rows[rows.length - 1].row;
  const sorCount = Math.max(0, ...cols.sor.map((t) => t.index));
  const column = workColumn(data, work) ?? 0;
  return {
    headerRow: data.rows.headerRow,
    maxRow: data.rows.maxRow,
    firstPupilRow: data.rows.firstPupilRow,
    pupilCount: last - data.rows.firstPupilRow + 1,
    numberColumn: cols.number ?? 1,
    pupilColumn: cols.pupil,
    fo: { first: cols.fo[0]?.column ?? 0, count: cols.fo.length },
    sor: { first: work.kind === 'sor' ? column - work.index + 1 : 0, count: sorCount },
    ...(cols.soch !== undefined ? { soch: cols.soch } : {}),
  };
}
