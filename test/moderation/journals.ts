import type { JournalSnapshot } from '../../src/core/journal/snapshot';
import { FilledJournal, QUARTER, pupilNames } from '../journal/fixtures';

/**
 * A 7А quarter journal (10 ФО, 3 СОР out of 20, СОЧ out of 25) of 13 pupils. Everyone has ФО
 * 8, 9, 7 (80 %) and 15 in every СОР (75 %), so with the СОЧ at s/25 the period total is
 * 20 + 18.75 + 2·s: the period mark of each pupil can be worked out by hand.
 */
export const SOCH: readonly unknown[] = [25, 23, 21, 17, 16, 10, 9, 'н', 'осв', '', 'abc', 30, '20,5'];

export function classJournal(soch: readonly unknown[] = SOCH): FilledJournal {
  const j = FilledJournal.of(QUARTER, pupilNames(soch.length));
  soch.forEach((score, i) => j.complete(i + 1).set(i + 1, 'soch', 1, score));
  return j;
}

export function classSnapshot(soch?: readonly unknown[]): JournalSnapshot {
  return classJournal(soch).snapshot();
}

/** getValues of a sheet written with setValues: the quote prefix is not part of the value. */
export function readBack(values: readonly (readonly (string | number)[])[]): unknown[][] {
  return values.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)));
}
