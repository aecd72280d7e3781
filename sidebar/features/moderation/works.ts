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
