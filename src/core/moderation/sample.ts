import { roundHalfUp } from '../numbers';
import type { Mark } from '../scale';
import { mulberry32, pick, seedOf } from './random';
import type { ModerationSubject, SampleRule } from './types';

const LEVELS: readonly Mark[] = [5, 4, 3, 2];
export const MAX_PER_LEVEL = 50;
/** A class journal holds at most this many pupil rows that a council could name. */
export const MAX_NAMED = 100;

/**
 * Whether a rule can be drawn: n a whole number 1…50, a share above 0 and at most 100 %, or 1…100
 * distinct journal rows. Also the check of a rule that came from the sidebar (any shape).
 */
export function isValidSampleRule(rule: SampleRule): boolean {
  if (rule?.kind === 'perLevel') return Number.isInteger(rule.n) && rule.n >= 1 && rule.n <= MAX_PER_LEVEL;
  if (rule?.kind === 'share')
    return (
      typeof rule.percent === 'number' &&
      Number.isFinite(rule.percent) &&
      rule.percent > 0 &&
      rule.percent <= 100
    );
  if (rule?.kind === 'named')
    return (
      Array.isArray(rule.rows) &&
      rule.rows.length >= 1 &&
      rule.rows.length <= MAX_NAMED &&
      rule.rows.every((r) => Number.isInteger(r) && r >= 1) &&
      new Set(rule.rows).size === rule.rows.length
    );
  return false;
}

/** How many works a share takes: percent × count rounded half up, at least one. */
export function shareSize(percent: number, count: number): number {
  if (count === 0) return 0;
  return Math.min(count, Math.max(1, roundHalfUp((percent * count) / 100)));
}

/**
 * The works the commission re-checks, in journal row order. Reproducible: the same subjects, rule
 * and seed give the same sample whatever order the subjects come in. Per level, each level draws
 * from its own stream, so a change in one level never changes the pick in another.
 */
export function sample(
  subjects: readonly ModerationSubject[],
  rule: SampleRule,
  seed: number,
): ModerationSubject[] {
  if (!isValidSampleRule(rule)) throw new RangeError(`sample rule ${JSON.stringify(rule)}`);
  const byRow = [...subjects].sort((a, b) => a.row - b.row);
  let picked: ModerationSubject[];
  if (rule.kind === 'named') {
    const named = new Set(rule.rows);
    picked = byRow.filter((s) => named.has(s.row));
  } else if (rule.kind === 'share') {
    picked = pick(byRow, shareSize(rule.percent, byRow.length), mulberry32(seed));
  } else {
    picked = LEVELS.flatMap((level) =>
      pick(
        byRow.filter((s) => s.level === level),
        rule.n,
        mulberry32(seedOf(`${seed >>> 0}:${level}`)),
      ),
    );
  }
  return picked.sort((a, b) => a.row - b.row);
}
