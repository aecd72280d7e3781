import { parseCell, showRaw } from './cells';
import { problem } from './i18n';
import { EMPTY_ROW, invalidRow, type Outcome } from './outcome';
import { computePeriod, nothingEntered, type PeriodInput } from './period';
import type { Ruleset } from './ruleset';
import type { Mark } from './scale';

export type NeedResult = Outcome | { kind: 'score'; score: number } | { kind: 'unreachable' };

/**
 * The smallest whole СОЧ score that gives at least `target` (KB_NEED). The mark never falls as the
 * СОЧ score rises, so a binary search over 0…max finds it.
 */
export function computeNeed(input: Omit<PeriodInput, 'soch'>, target: Mark, rules: Ruleset): NeedResult {
  if (nothingEntered(input)) return EMPTY_ROW;
  const maxCell = parseCell(input.sochMax);
  if (maxCell.kind === 'empty') return invalidRow(problem('sochMaxMissing'));
  if (maxCell.kind !== 'number' || maxCell.value <= 0) {
    return invalidRow(problem('badMax', { part: 'soch', n: 1 }, showRaw(input.sochMax)));
  }
  const top = Math.floor(maxCell.value);
  const markWith = (soch: number) => computePeriod({ ...input, soch }, rules);
  const best = markWith(top);
  if (best.kind !== 'mark') return best;
  if (best.mark < target) return { kind: 'unreachable' };
  let lo = 0;
  let hi = top; // invariant: markWith(hi) reaches the target
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const r = markWith(mid);
    if (r.kind === 'mark' && r.mark >= target) hi = mid;
    else lo = mid + 1;
  }
  return { kind: 'score', score: lo };
}
