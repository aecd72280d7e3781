/**
 * Per-criterion statistics of a class on a work, over the pupils who wrote it (readGrid state
 * 'wrote'; absent, exempt, empty and invalid rows count nowhere): how many reached the criterion
 * fully (all its points), partly (some) or not at all (0), how many at each level, and whether the
 * objective counts as achieved (high or medium for at least `achieved` % of the writers, default
 * 70) or as having caused difficulty (low for at least `difficult` %, default 30). With the
 * defaults both can hold only at exactly 70 % / 30 %; the teacher edits the blocks then.
 */
import { snap } from '../numbers';
import { criteriaOf, type Criterion } from './criteria';
import { pupilCriteria } from './levels';
import type { PupilScores } from './readGrid';
import { DEFAULT_LEVELS, type LevelThresholds, type TaskLevel, type WorkSpec } from './types';

export interface StatsOptions {
  levels?: LevelThresholds;
  /** % of writers at high or medium for an objective to count as achieved. */
  achieved?: number;
  /** % of writers at low for an objective to count as having caused difficulty. */
  difficult?: number;
}

export const DEFAULT_STATS = { achieved: 70, difficult: 30 } as const;

export interface CriterionStats {
  criterion: Criterion;
  writers: number;
  full: number;
  partly: number;
  none: number;
  levels: Record<TaskLevel, number>;
  /** % of writers (0–100, unrounded); null when nobody wrote. */
  fullPercent: number | null;
  partlyPercent: number | null;
  nonePercent: number | null;
  /** % at high or medium. */
  reachedPercent: number | null;
  lowPercent: number | null;
  achieved: boolean;
  difficult: boolean;
}

export function criterionStats(
  spec: WorkSpec,
  pupils: readonly PupilScores[],
  options: StatsOptions = {},
): CriterionStats[] {
  const levels = options.levels ?? DEFAULT_LEVELS;
  const achievedAt = options.achieved ?? DEFAULT_STATS.achieved;
  const difficultAt = options.difficult ?? DEFAULT_STATS.difficult;
  const criteria = criteriaOf(spec);
  const results = pupils
    .filter((p) => p.state === 'wrote')
    .map((p) => pupilCriteria(spec, p, levels, criteria));
  const writers = results.length;
  return criteria.map((criterion, i) => {
    const s = {
      full: 0,
      partly: 0,
      none: 0,
      levels: { high: 0, medium: 0, low: 0 } as Record<TaskLevel, number>,
    };
    for (const r of results) {
      const { points, level } = r[i];
      if (points === 0) s.none++;
      else if (points >= criterion.max) s.full++;
      else s.partly++;
      s.levels[level]++;
    }
    const percent = (n: number) => (writers === 0 ? null : (n / writers) * 100);
    const reached = s.levels.high + s.levels.medium;
    // Compared as counts (n·100 ≥ threshold·writers) so 7 of 10 is exactly 70 %.
    const atLeast = (n: number, threshold: number) =>
      writers > 0 && snap(n * 100) >= snap(threshold * writers);
    return {
      criterion,
      writers,
      ...s,
      fullPercent: percent(s.full),
      partlyPercent: percent(s.partly),
      nonePercent: percent(s.none),
      reachedPercent: percent(reached),
      lowPercent: percent(s.levels.low),
      achieved: atLeast(reached, achievedAt),
      difficult: atLeast(s.levels.low, difficultAt),
    };
  });
}
