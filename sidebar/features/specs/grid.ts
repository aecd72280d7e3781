/**
 * «Create score grid» (task-level scoring, item 2): read the journal, build the grid with the
 * core (scoreGrid), write it as the add-on's own sheet `scoreGrid:<journal id>.<work>`, then link
 * the journal's column of the work to the grid's totals — the server writes the lookup formulas
 * only into EMPTY journal cells and reports the ones holding a typed score. An existing grid is
 * never rewritten (it holds the teacher's points). The api is a parameter so adapter tests run the
 * same code straight on the endpoints.
 */
import type { Lang } from '../../../src/core/i18n/messages';
import { cellA1 } from '../../../src/core/journal/a1';
import { cleanText } from '../../../src/core/journal/names';
import { foundColumns } from '../../../src/core/journal/snapshot';
import type { JournalPositions } from '../../../src/core/journal/types';
import {
  GRID_KIND,
  checkJournalMax,
  journalCheckText,
  journalWorks,
  journalScoreCells,
  scoreGrid,
  workLabel,
  type ScoreGridLayout,
  type WorkSpec,
} from '../../../src/core/tasks';
import type { Endpoints, JournalData, LinkScoreResult } from '../../../src/shared/endpoints';
import { call } from '../../rpc';

type Names = 'readJournal' | 'readOwnSheet' | 'beginRun' | 'writeOwnSheet' | 'endRun' | 'linkScoreCells';

export type GridApi = {
  [K in Names]: (...args: Parameters<Endpoints[K]>) => Promise<ReturnType<Endpoints[K]>>;
};

export const rpcGridApi: GridApi = {
  readJournal: (...a) => call('readJournal', ...a),
  readOwnSheet: (...a) => call('readOwnSheet', ...a),
  beginRun: (...a) => call('beginRun', ...a),
  writeOwnSheet: (...a) => call('writeOwnSheet', ...a),
  endRun: (...a) => call('endRun', ...a),
  linkScoreCells: (...a) => call('linkScoreCells', ...a),
};

/** A refusal worded for the teacher (the grid exists already, the journal does not fit). */
export class GridRefused extends Error {}

export interface GridOutcome {
  gridSheet: string;
  link: LinkScoreResult;
}

export async function createScoreGrid(
  api: GridApi,
  spec: WorkSpec,
  journalSheet: string,
  lang: Lang,
  existsText: (sheetName: string) => string,
): Promise<GridOutcome> {
  const data = await api.readJournal(journalSheet);
  const { scope, layout, name } = gridPlan(spec, data, lang);
  const existing = await api.readOwnSheet(scope);
  if (existing) throw new GridRefused(existsText(existing.sheetName));
  const { runId } = await api.beginRun(GRID_KIND);
  let gridSheet: string;
  try {
    ({ sheetName: gridSheet } = await api.writeOwnSheet({ ...scope, name, layout, runId }));
  } finally {
    await api.endRun(runId);
  }

  const cells = linkCells(spec, data, layout, gridSheet);
  if (cells.length === 0) return { gridSheet, link: { linked: [], already: [], kept: [] } };
  const link = await api.linkScoreCells({ sheetName: journalSheet, grid: scope, cells });
  return { gridSheet, link };
}

/**
 * The grid of a journal's work, before anything is written: its scope, layout and sheet name.
 * Throws GridRefused when the specification's total does not fit the journal's max.
 */
export function gridPlan(
  spec: WorkSpec,
  data: JournalData,
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
  data: JournalData,
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
export function pupilRows(data: JournalData): { row: number; name: string }[] {
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
function workColumn(data: JournalData, work: WorkSpec['work']): number | undefined {
  const cols = foundColumns(data.columns);
  return work.kind === 'soch' ? cols.soch : cols.sor.find((t) => t.index === work.index)?.column;
}

/**
 * The positions journalScoreCells reads, from the tags: the СОР span is placed so that the work's
 * СОР falls on its tagged column, whatever columns a user inserted or moved.
 */
function journalPositions(
  data: JournalData,
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
