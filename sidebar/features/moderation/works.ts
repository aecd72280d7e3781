/** The works a moderation can take in a journal (its column roles): the СОЧ, then each СОР. */
import { foundColumns, type JournalSnapshot } from '../../../src/core/journal/snapshot';
import type { WorkRef } from '../../../src/core/moderation/types';

export function worksOf(snapshot: Pick<JournalSnapshot, 'columns'>): WorkRef[] {
  const cols = foundColumns(snapshot.columns);
  return [
    ...(cols.soch !== undefined ? [{ kind: 'soch' } as const] : []),
    ...cols.sor.map((t) => ({ kind: 'sor', index: t.index }) as const),
  ];
}

export const workKey = (ref: WorkRef): string => (ref.kind === 'soch' ? 'soch' : `sor:${ref.index}`);

/** The pupils of a journal by row, for naming the disputed works a council orders re-checked. */
export function pupilsOf(snapshot: JournalSnapshot): { row: number; name: string }[] {
  const column = foundColumns(snapshot.columns).pupil;
  if (column === undefined) return [];
  const pupils: { row: number; name: string }[] = [];
  for (let row = snapshot.rows.firstPupilRow; row <= snapshot.values.length; row++) {
    const name = String(snapshot.values[row - 1]?.[column - 1] ?? '').trim();
    if (name !== '') pupils.push({ row, name });
  }
  return pupils;
}
