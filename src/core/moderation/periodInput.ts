import type { FoundColumns, JournalSnapshot } from '../journal/snapshot';
import { computePeriod, type PeriodInput } from '../period';
import type { Ruleset } from '../ruleset';
import type { HeldWork, QuarterMark } from './types';

/**
 * One pupil row of a journal as the period mark reads it: ФО and СОР in tag order, the max row,
 * and the СОЧ when the journal has that column. (The KB_DETAIL formula reads the same cells.)
 */
export function periodInputOf(snapshot: JournalSnapshot, cols: FoundColumns, row: number): PeriodInput {
  const cell = (r: number, c: number): unknown => snapshot.values[r - 1]?.[c - 1] ?? '';
  const { maxRow } = snapshot.rows;
  return {
    fo: cols.fo.map((t) => cell(row, t.column)),
    sor: cols.sor.map((t) => cell(row, t.column)),
    sorMax: cols.sor.map((t) => cell(maxRow, t.column)),
    ...(cols.soch === undefined ? {} : { soch: cell(row, cols.soch), sochMax: cell(maxRow, cols.soch) }),
  };
}

/** The same cells with another score for the moderated work. */
export function withWorkScore(input: PeriodInput, work: HeldWork, score: number): PeriodInput {
  if (work.ref.kind === 'soch') return { ...input, soch: score };
  const sor = [...input.sor];
  sor[work.sorPosition ?? 0] = score;
  return { ...input, sor };
}

export function quarterMarkOf(input: PeriodInput, rules: Ruleset): QuarterMark {
  const r = computePeriod(input, rules);
  return r.kind === 'mark' ? r.mark : r.kind;
}
