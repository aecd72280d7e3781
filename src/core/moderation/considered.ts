import { indicators } from '../indicators';
import { snap } from '../numbers';
import type { Considered, ModerationSubject } from './types';

/** «What was considered»: all works written, by level, with their mean and quality (teacher's scores). */
export function considered(subjects: readonly ModerationSubject[], max: number): Considered {
  const counts = { n5: 0, n4: 0, n3: 0, n2: 0 };
  let total = 0;
  for (const s of subjects) {
    counts[`n${s.level}`]++;
    total += s.score;
  }
  const works = subjects.length;
  if (works === 0) return { works, max, counts };
  const meanScore = snap(total / works);
  return {
    works,
    max,
    counts,
    meanScore,
    meanPercent: snap((meanScore / max) * 100),
    quality: snap(indicators({ ...counts, na: 0 }).quality ?? 0),
  };
}
