import { roundHalfUp, snap } from './numbers';
import type { Ruleset } from './ruleset';

export type Mark = 2 | 3 | 4 | 5;
export type Level = 'low' | 'medium' | 'high';

/** The percentage compared to the thresholds: rounded half up unless the ruleset says `none`. */
export function comparedPercent(percent: number, rules: Ruleset): number {
  return rules.rounding === 'none' ? snap(percent) : roundHalfUp(percent);
}

/** Appendix 1 of the rules: 0–39 → 2, 40–64 → 3, 65–84 → 4, 85–100 → 5 (thresholds from the ruleset). */
export function markOf(percent: number, rules: Ruleset): Mark {
  const p = comparedPercent(percent, rules);
  const { t3, t4, t5 } = rules.thresholds;
  if (p >= t5) return 5;
  if (p >= t4) return 4;
  if (p >= t3) return 3;
  return 2;
}

/** Level of one work (analysis form): below t3 low, from t5 high, medium between. */
export function levelOf(score: number, max: number, rules: Ruleset): Level {
  const p = comparedPercent((score / max) * 100, rules);
  if (p >= rules.thresholds.t5) return 'high';
  if (p >= rules.thresholds.t3) return 'medium';
  return 'low';
}
