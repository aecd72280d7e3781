/**
 * readGrid(spec, positions, values) → GridRead: a filled score grid read back (values as
 * Range.getValues gives them, from row 1 and column 1 of the grid sheet). Each pupil's state
 * mirrors the total formula (gridFormulas.ts): for every row but an invalid one, what the reader
 * says is what the journal's score cell gets (test/tasks/properties.test.ts):
 * - empty: no descriptor cell filled — the work was not written;
 * - absent / exempt: a code in the row (the first one decides, like the formula); with points
 *   beside it the row is reported as mixed;
 * - invalid: a cell that is neither 0…its points nor a code (reported with its A1); the pupil
 *   then counts nowhere (levels, statistics, rubrics) until it is fixed;
 * - wrote: points only; an empty cell in such a row counts 0, as in the formula's SUM.
 * Only a number counts as points: a number stored as text is text to Sheets' COUNT and SUM too.
 */
import { parseCell, showRaw } from '../cells';
import type { Lang } from '../i18n';
import { cellA1 } from '../journal/a1';
import { cleanText } from '../journal/names';
import { snap } from '../numbers';
import { descriptorColumns } from './criteria';
import { decimal } from './format';
import type { GridPositions } from './grid';
import { TASK_TEXTS } from './texts';
import type { WorkSpec } from './types';

export type PupilState = 'wrote' | 'absent' | 'exempt' | 'empty' | 'invalid';

export interface PupilScores {
  name: string;
  /** The grid row (1-based). */
  row: number;
  state: PupilState;
  /** Per descriptor, in grid order: the points, or null (empty, a code, invalid). */
  points: (number | null)[];
  /** The sum of the points when the pupil wrote; null otherwise. */
  total: number | null;
}

export type GridProblem =
  | { code: 'invalidCell'; pupil: string; row: number; a1: string; raw: string; points: number }
  | { code: 'mixedRow'; pupil: string; row: number };

export interface GridRead {
  pupils: PupilScores[];
  problems: GridProblem[];
}

export function readGrid(
  spec: WorkSpec,
  positions: GridPositions,
  values: readonly (readonly unknown[])[],
): GridRead {
  const columns = descriptorColumns(spec);
  const pupils: PupilScores[] = [];
  const problems: GridProblem[] = [];
  for (let i = 0; i < positions.pupilCount; i++) {
    const row = positions.firstPupilRow + i;
    const cells = values[row - 1] ?? [];
    const name = cleanText(cells[positions.nameColumn - 1]);
    const points: (number | null)[] = [];
    let numbers = 0;
    let code: 'absent' | 'exempt' | undefined; // the first code decides, as in the formula
    let invalid = false;
    for (const c of columns) {
      const column = positions.firstDescriptorColumn + c.index;
      const raw = cells[column - 1];
      const kind = cellKind(raw, c.points);
      points.push(kind === 'number' ? (raw as number) : null);
      if (kind === 'number') numbers++;
      else if (kind === 'absent' || kind === 'exempt') code ??= kind;
      else if (kind === 'invalid') {
        invalid = true;
        problems.push({
          code: 'invalidCell',
          pupil: name,
          row,
          a1: cellA1(row, column),
          raw: showRaw(raw),
          points: c.points,
        });
      }
    }
    let state: PupilState;
    if (invalid) state = 'invalid';
    else if (code) {
      state = code;
      if (numbers > 0) problems.push({ code: 'mixedRow', pupil: name, row });
    } else state = numbers > 0 ? 'wrote' : 'empty';
    const total = state === 'wrote' ? snap(points.reduce<number>((s, p) => s + (p ?? 0), 0)) : null;
    pupils.push({ name, row, state, points: state === 'wrote' ? points : points.map(() => null), total });
  }
  return { pupils, problems };
}

type CellKind = 'number' | 'empty' | 'absent' | 'exempt' | 'invalid';

function cellKind(raw: unknown, max: number): CellKind {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 && raw <= max ? 'number' : 'invalid';
  if (raw === null || raw === undefined || raw === '') return 'empty';
  if (typeof raw !== 'string') return 'invalid'; // a date or a boolean is never points
  const cell = parseCell(raw);
  if (cell.kind === 'empty') return 'invalid'; // spaces only: text to COUNTA, so the formula would pass it on
  if (cell.kind === 'absent' || cell.kind === 'exempt') return cell.kind;
  return 'invalid';
}

export function renderGridProblem(p: GridProblem, lang: Lang): string {
  const t = TASK_TEXTS.of(lang).grid;
  if (p.code === 'mixedRow') return t.mixedRow(p.pupil, p.row);
  return `${p.pupil ? `${p.pupil}, ` : ''}${t.invalidCell(p.a1, p.raw, decimal(p.points, lang))}`;
}
