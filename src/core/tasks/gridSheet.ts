/**
 * A score grid as one of the add-on's own sheets: its scope (one per journal work, «GRID_KIND:
 * <journal sheet id>.<work>»), where its parts are in its fixed layout, and which works a journal
 * has for a specification. Pure: the server reads the sheets, this says what they hold.
 */
import { parseCell } from '../cells';
import type { ColumnTag } from '../journal/columnTag';
import { foundColumns } from '../journal/snapshot';
import { descriptorColumns } from './criteria';
import { GRID_COLUMNS, GRID_ROWS, type GridPositions } from './grid';
import type { JournalMaxes } from './journalMax';
import { specTotal } from './specJson';
import type { WorkRef, WorkSpec } from './types';

/** The own-sheet kind of score grids (the one definition; the server and the sidebar use it). */
export const GRID_KIND = 'scoreGrid';

/** The grid's scope for a journal's work. */
export function gridScope(sheetId: number, work: WorkSpec['work']): { kind: string; id: string } {
  return { kind: GRID_KIND, id: `${sheetId}.${work.kind === 'soch' ? 'soch' : `sor${work.index}`}` };
}

/**
 * The grid's positions for readGrid, from its fixed layout (GRID_ROWS/GRID_COLUMNS), or undefined
 * when its points row is not the specification's (another specification's grid).
 */
export function gridPositions(
  spec: WorkSpec,
  values: readonly (readonly unknown[])[],
): GridPositions | undefined {
  const columns = descriptorColumns(spec);
  const points = values[GRID_ROWS.points - 1] ?? [];
  const first = GRID_COLUMNS.firstDescriptor;
  const fits = columns.every((c) => points[first - 1 + c.index] === c.points);
  const totalColumn = first + columns.length;
  if (!fits || points[totalColumn - 1] !== specTotal(spec)) return undefined;
  return {
    pointsRow: GRID_ROWS.points,
    firstPupilRow: GRID_ROWS.firstPupil,
    pupilCount: Math.max(0, values.length - GRID_ROWS.firstPupil + 1),
    nameColumn: GRID_COLUMNS.name,
    firstDescriptorColumn: first,
    descriptorCount: columns.length,
    totalColumn,
  };
}

export interface JournalWorks {
  works: WorkRef[];
  maxes: JournalMaxes;
}

/** A journal's works (its СОР columns and its СОЧ, by their tags) and their maxima, from its cells. */
export function journalWorks(journal: {
  columns: readonly ColumnTag[];
  values: readonly (readonly unknown[])[];
  rows: { maxRow: number };
}): JournalWorks {
  const cols = foundColumns(journal.columns);
  const maxOf = (column: number): number | null => {
    const c = parseCell(journal.values[journal.rows.maxRow - 1]?.[column - 1]);
    return c.kind === 'number' && c.value > 0 ? c.value : null;
  };
  // Indexed by the СОР's number: a deleted СОР column leaves a gap (null), never a shift.
  const count = Math.max(0, ...cols.sor.map((t) => t.index));
  const sorMaxes: (number | null)[] = Array.from({ length: count }, () => null);
  for (const t of cols.sor) sorMaxes[t.index - 1] = maxOf(t.column);
  const works: WorkRef[] = cols.sor.map((t) => ({ kind: 'sor', index: t.index }));
  if (cols.soch !== undefined) works.push({ kind: 'soch' });
  return { works, maxes: { sorMaxes, sochMax: cols.soch === undefined ? null : maxOf(cols.soch) } };
}
