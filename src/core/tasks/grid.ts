/**
 * scoreGrid(spec, input, lang) → ScoreGridLayout: the sheet where a teacher marks a work task by
 * task — one row per pupil, one column per descriptor, and a total per pupil that the journal's
 * score cell pulls (journalScoreCells). Rows:
 *
 *   1 title · 2 task numbers (merged over the task's descriptors) · 3 objective codes ·
 *   4 descriptor texts, shortened (full text in a note) · 5 points of each descriptor, the work's
 *   max under the total · 6… one row per pupil: №, name, descriptor cells, total (a formula).
 */
import type { Lang } from '../i18n';
import { cellA1, columnLetter, rangeA1 } from '../journal/a1';
import type { JournalPositions } from '../journal/types';
import { REPORT_COLOURS, ReportGrid } from '../reports/grid';
import type { ReportLayout } from '../reports/types';
import { descriptorColumns } from './criteria';
import { decimal } from './format';
import { descriptorValidation, journalScoreFormula, totalFormula, type GridRefs } from './gridFormulas';
import { workLabel } from './journalMax';
import { specTotal } from './specJson';
import { TASK_TEXTS } from './texts';
import type { WorkSpec } from './types';

export const GRID_ROWS = {
  title: 1,
  task: 2,
  objective: 3,
  descriptor: 4,
  points: 5,
  firstPupil: 6,
} as const;
export const GRID_COLUMNS = { number: 1, name: 2, firstDescriptor: 3 } as const;
/** Descriptor texts longer than this are cut in the header; the whole text is in the cell's note. */
export const SHORT_TEXT = 40;

export interface GridPositions {
  pointsRow: number;
  firstPupilRow: number;
  pupilCount: number;
  nameColumn: number;
  firstDescriptorColumn: number;
  descriptorCount: number;
  totalColumn: number;
}

export interface ScoreGridLayout extends ReportLayout {
  positions: GridPositions;
  /** Data validation per descriptor column (formula written for the range's top-left cell). */
  validations: { a1: string; formula: string; helpText: string }[];
  /** The total column's formulas, one per pupil row, for one setFormulas on `a1`. */
  formulas: { a1: string; formulas: string[][] };
  /** Warning-only protections: the header rows (the validations read the points row) and the totals. */
  protections: { a1: string; description: string }[];
  /** Full descriptor texts as cell notes. */
  notes: { a1: string; text: string }[];
  frozenColumns: number;
}

export interface GridInput {
  pupils: readonly string[];
  className?: string;
  /** Defaults to the specification's subject. */
  subject?: string;
}

export function scoreGrid(spec: WorkSpec, input: GridInput, lang: Lang): ScoreGridLayout {
  const t = TASK_TEXTS.of(lang).grid;
  const columns = descriptorColumns(spec);
  const first = GRID_COLUMNS.firstDescriptor;
  const last = first + columns.length - 1;
  const totalColumn = last + 1;
  const g = new ReportGrid(totalColumn).widths([36, 220, ...columns.map(() => 64), 72]);
  const R = GRID_ROWS;

  const details = [input.className, input.subject ?? spec.subject].filter((s) => s && s.trim()).join(' · ');
  g.text(R.title, 1, t.title(workLabel(spec.work, lang), spec.title, details));
  g.merge(R.title, 1, R.title, totalColumn)
    .bold(R.title, 1)
    .background(REPORT_COLOURS.title, R.title, 1, R.title, totalColumn);

  g.set(R.task, GRID_COLUMNS.number, t.number).set(R.task, GRID_COLUMNS.name, t.pupil);
  g.merge(R.task, 1, R.descriptor, 1).merge(R.task, 2, R.descriptor, 2);
  g.set(R.points, GRID_COLUMNS.name, t.max);
  g.set(R.task, totalColumn, t.total).merge(R.task, totalColumn, R.descriptor, totalColumn);

  const notes: ScoreGridLayout['notes'] = [];
  spec.tasks.forEach((task, taskIndex) => {
    const own = columns.filter((c) => c.taskIndex === taskIndex);
    const from = first + own[0].index;
    const to = first + own[own.length - 1].index;
    g.set(R.task, from, t.task(task.number)).merge(R.task, from, R.task, to);
    g.text(R.objective, from, task.objective).merge(R.objective, from, R.objective, to);
  });
  for (const c of columns) {
    const column = first + c.index;
    g.text(R.descriptor, column, shorten(c.text));
    if (c.text.length > SHORT_TEXT) notes.push({ a1: cellA1(R.descriptor, column), text: c.text });
    g.set(R.points, column, c.points);
  }
  g.set(R.points, totalColumn, specTotal(spec));
  g.bold(R.task, 1, R.points, totalColumn).background(REPORT_COLOURS.head, R.task, 1, R.points, totalColumn);
  g.wrap(R.descriptor, first, R.descriptor, last);

  const lastRow = R.firstPupil + input.pupils.length - 1;
  input.pupils.forEach((name, i) => {
    const row = R.firstPupil + i;
    g.set(row, GRID_COLUMNS.number, i + 1).text(row, GRID_COLUMNS.name, name);
  });
  const pupilsThere = input.pupils.length > 0;
  if (pupilsThere)
    g.bold(R.firstPupil, totalColumn, lastRow, totalColumn).background(
      REPORT_COLOURS.total,
      R.firstPupil,
      totalColumn,
      lastRow,
      totalColumn,
    );
  g.border(R.task, 1, Math.max(lastRow, R.points), totalColumn);

  const validations = pupilsThere
    ? columns.map((c) => {
        const column = first + c.index;
        return {
          a1: rangeA1(R.firstPupil, column, lastRow, column),
          formula: descriptorValidation(R.firstPupil, column, R.points),
          helpText: t.help(decimal(c.points, lang)),
        };
      })
    : [];
  const formulas = {
    a1: pupilsThere ? rangeA1(R.firstPupil, totalColumn, lastRow, totalColumn) : '',
    formulas: input.pupils.map((_, i) => [totalFormula(R.firstPupil + i, first, last, R.points, t.aboveMax)]),
  };

  const protections = [{ a1: rangeA1(R.task, 1, R.points, totalColumn), description: t.protectHeader }];
  if (pupilsThere) protections.push({ a1: formulas.a1, description: t.protectTotal });

  return {
    ...g.layout(R.firstPupil - 1),
    positions: {
      pointsRow: R.points,
      firstPupilRow: R.firstPupil,
      pupilCount: input.pupils.length,
      nameColumn: GRID_COLUMNS.name,
      firstDescriptorColumn: first,
      descriptorCount: columns.length,
      totalColumn,
    },
    validations,
    formulas,
    protections,
    notes,
    frozenColumns: GRID_COLUMNS.name,
  };
}

function shorten(text: string): string {
  return text.length > SHORT_TEXT ? `${text.slice(0, SHORT_TEXT - 1).trimEnd()}…` : text;
}

/**
 * The formulas for the journal's column of the work: one per journal pupil row, for one
 * setFormulas on `a1`. `work` picks the column (СОР n or the СОЧ) from the journal's positions.
 */
export function journalScoreCells(
  grid: GridPositions,
  gridSheetName: string,
  journal: JournalPositions,
  work: WorkSpec['work'],
): { a1: string; formulas: string[][] } | undefined {
  const column = work.kind === 'soch' ? journal.soch : journal.sor.first + work.index - 1;
  if (column === undefined || (work.kind === 'sor' && work.index > journal.sor.count)) return undefined;
  if (journal.pupilCount === 0) return { a1: '', formulas: [] };
  const refs: GridRefs = {
    sheetName: gridSheetName,
    firstPupilRow: grid.firstPupilRow,
    lastPupilRow: grid.firstPupilRow + Math.max(grid.pupilCount, 1) - 1,
    nameColumn: grid.nameColumn,
    totalColumn: grid.totalColumn,
  };
  const first = journal.firstPupilRow;
  const formulas = Array.from({ length: journal.pupilCount }, (_, i) => [
    journalScoreFormula(refs, `$${columnLetter(journal.pupilColumn)}${first + i}`),
  ]);
  return { a1: rangeA1(first, column, first + journal.pupilCount - 1, column), formulas };
}
