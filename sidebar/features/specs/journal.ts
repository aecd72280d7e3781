/**
 * A journal as the specification needs it: which works it has (its СОР columns and its СОЧ, by
 * their tags) and the max row, for checkJournalMax.
 */
import { parseCell } from '../../../src/core/cells';
import { foundColumns } from '../../../src/core/journal/snapshot';
import type { JournalMaxes, WorkRef } from '../../../src/core/tasks';
import type { JournalData } from '../../../src/shared/endpoints';

export interface JournalWorks {
  works: WorkRef[];
  maxes: JournalMaxes;
}

export function journalWorks(data: JournalData): JournalWorks {
  const cols = foundColumns(data.columns);
  const maxOf = (column: number): number | null => {
    const c = parseCell(data.values[data.rows.maxRow - 1]?.[column - 1]);
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
