import { computePeriod, type PeriodInput } from '../period';
import type { Ruleset } from '../ruleset';
import type { HeldWork, QuarterMark } from './types';

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
