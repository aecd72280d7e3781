/**
 * workStats(results) → WorkStats[]: the figures of the СОР/СОЧ analysis form (rules §6), one
 * entry per work held (a usable max and at least one pupil's score), СОРs first, then the СОЧ.
 *
 * Over the pupils who wrote the work (a valid score; exempt pupils never count): each pupil's
 * percentage score/max × 100 is rounded like P (scale.comparedPercent); level by levelOf (low
 * below t3, high from t5); quality = pupils at t4 or above, pass rate = pupils at t3 or above,
 * both as percentages of those who wrote (unrounded).
 */
import { Q } from '../exact';
import { comparedPercent, levelOf, workPercent, type Level } from '../scale';
import type { ClassResults, Work } from './classResults';

export const LEVELS: readonly Level[] = ['low', 'medium', 'high'];

export interface WorkStats {
  work: Work;
  wrote: number;
  /** Pupils per level, and their names in journal order. */
  levels: Record<Level, number>;
  names: Record<Level, string[]>;
  /** Pupils at t4 or above / at t3 or above, counted and as % of `wrote` (a held work has wrote ≥ 1). */
  good: number;
  passed: number;
  quality: number;
  success: number;
}

export function workStats(results: ClassResults): WorkStats[] {
  const { rules } = results;
  const stats: WorkStats[] = [];
  results.works.forEach((work, i) => {
    if (work.written === 0) return;
    const s: WorkStats = {
      work,
      wrote: 0,
      levels: { low: 0, medium: 0, high: 0 },
      names: { low: [], medium: [], high: [] },
      good: 0,
      passed: 0,
      quality: 0,
      success: 0,
    };
    for (const p of results.pupils) {
      const score = p.scores[i];
      if (p.exempt || score.kind !== 'score') continue;
      const level = levelOf(score.score, work.max, rules);
      const percent = comparedPercent(workPercent(score.score, work.max), rules);
      s.wrote++;
      s.levels[level]++;
      s.names[level].push(p.name);
      if (percent.gte(Q.of(rules.thresholds.t4))) s.good++;
      if (percent.gte(Q.of(rules.thresholds.t3))) s.passed++;
    }
    s.quality = (s.good / s.wrote) * 100;
    s.success = (s.passed / s.wrote) * 100;
    stats.push(s);
  });
  return stats;
}

/** Pupils in the journal, exempt ones left out (the form's «number of pupils»). */
export function pupilCount(results: ClassResults): number {
  return results.pupils.filter((p) => !p.exempt).length;
}
