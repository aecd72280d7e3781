import { applyHeld } from '../held';
import type { PeriodInput } from '../period';
import type { FoundColumns, JournalSnapshot } from './snapshot';

/**
 * Every pupil row of a journal as its KB_DETAIL formula reads it — ФО and СОР in tag order, the
 * max row, the СОЧ when the journal has that column — with the ruleset's `held` rule applied over
 * the class, as the one formula call does. Index 0 is the first pupil row.
 */
export function periodInputsOf(snapshot: JournalSnapshot, cols: FoundColumns): readonly PeriodInput[] {
  const cell = (r: number, c: number): unknown => snapshot.values[r - 1]?.[c - 1] ?? '';
  const { maxRow, firstPupilRow } = snapshot.rows;
  const sorMax = cols.sor.map((t) => cell(maxRow, t.column));
  const inputs: PeriodInput[] = [];
  for (let row = firstPupilRow; row <= snapshot.values.length; row++) {
    inputs.push({
      fo: cols.fo.map((t) => cell(row, t.column)),
      sor: cols.sor.map((t) => cell(row, t.column)),
      sorMax,
      ...(cols.soch === undefined ? {} : { soch: cell(row, cols.soch), sochMax: cell(maxRow, cols.soch) }),
    });
  }
  return applyHeld(inputs, snapshot.rules, cols.soch !== undefined);
}
