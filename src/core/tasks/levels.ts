/**
 * A pupil's level on a criterion: share = points / the criterion's max, high at `high` % or more,
 * medium at `medium` % or more, low below (defaults: the analysis form's 85 % and 40 %). Compared
 * exactly (points·100 against threshold·max, both snapped), so 85 % of 20 points, 17, is high.
 */
import type { Lang } from '../i18n';
import { snap } from '../numbers';
import { criteriaOf, type Criterion } from './criteria';
import { decimal } from './format';
import type { PupilScores } from './readGrid';
import { TASK_TEXTS } from './texts';
import { DEFAULT_LEVELS, type LevelThresholds, type TaskLevel, type WorkSpec } from './types';

export function levelOf(points: number, max: number, levels: LevelThresholds = DEFAULT_LEVELS): TaskLevel {
  if (!(max > 0)) throw new RangeError(`max ${max}`);
  const percent = snap(points * 100);
  if (percent >= snap(levels.high * max)) return 'high';
  if (percent >= snap(levels.medium * max)) return 'medium';
  return 'low';
}

/** Thresholds a teacher may set: 0 < medium < high ≤ 100. */
export function validLevels(levels: LevelThresholds): boolean {
  return levels.medium > 0 && levels.medium < levels.high && levels.high <= 100;
}

/** The rule printed on a rubric, in the sheet's language. */
export function levelRuleText(levels: LevelThresholds, lang: Lang): string {
  return TASK_TEXTS.of(lang).levelRule(decimal(levels.high, lang), decimal(levels.medium, lang));
}

export interface CriterionResult {
  criterion: Criterion;
  /** The pupil's points on the criterion (never above its max: readGrid keeps only valid points). */
  points: number;
  /** 0–100, unrounded. */
  percent: number;
  level: TaskLevel;
}

/** A pupil's result on each criterion; [] unless the pupil wrote the work. */
export function pupilCriteria(
  spec: WorkSpec,
  pupil: PupilScores,
  levels: LevelThresholds = DEFAULT_LEVELS,
  criteria: readonly Criterion[] = criteriaOf(spec),
): CriterionResult[] {
  if (pupil.state !== 'wrote') return [];
  return criteria.map((criterion) => {
    const points = snap(criterion.descriptors.reduce((s, d) => s + (pupil.points[d] ?? 0), 0));
    return {
      criterion,
      points,
      percent: (points / criterion.max) * 100,
      level: levelOf(points, criterion.max, levels),
    };
  });
}
