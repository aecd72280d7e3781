import { Q } from './exact';
import type { Ruleset } from './ruleset';

export type Mark = 2 | 3 | 4 | 5;
export type Level = 'low' | 'medium' | 'high';

/** The percentage compared to the thresholds: rounded half up unless the ruleset says `none`. */
export function comparedPercent(percent: Q, rules: Ruleset): Q {
  return rules.rounding === 'none' ? percent : percent.halfUp();
}

/** Appendix 1 of the rules: 0–39 → 2, 40–64 → 3, 65–84 → 4, 85–100 → 5 (thresholds from the ruleset). */
export function markOf(percent: Q, rules: Ruleset): Mark {
  const p = comparedPercent(percent, rules);
  const reaches = (t: number) => p.gte(Q.of(t));
  const { t3, t4, t5 } = rules.thresholds;
  if (reaches(t5)) return 5;
  if (reaches(t4)) return 4;
  if (reaches(t3)) return 3;
  return 2;
}

/** A pupil's percentage on one work, score/max × 100, exactly. */
export function workPercent(score: number, max: number): Q {
  return Q.of(score).div(Q.of(max)).mul(Q.int(100));
}

/** Level of one work (analysis form): below t3 low, from t5 high, medium between. */
export function levelOf(score: number, max: number, rules: Ruleset): Level {
  const p = comparedPercent(workPercent(score, max), rules);
  if (p.gte(Q.of(rules.thresholds.t5))) return 'high';
  if (p.gte(Q.of(rules.thresholds.t3))) return 'medium';
  return 'low';
}
