import { classKey } from '../journal/classNames';
import type { Stage } from './texts';

export const STAGES: readonly Stage[] = ['primary', 'basic', 'upper', 'other'];

/** The grade of a class name: «7А», «10 Б», «5-В», «11» → 7, 10, 5, 11; undefined when it has none. */
export function gradeOf(className: string): number | undefined {
  const m = /^(\d{1,2})(?!\d)/.exec(classKey(className));
  const grade = m ? Number(m[1]) : NaN;
  return grade >= 1 && grade <= 12 ? grade : undefined;
}

/** Level of schooling: grades 1–4 primary, 5–9 basic, 10–11 (12) upper; anything else other. */
export function stageOf(className: string): Stage {
  const grade = gradeOf(className);
  if (grade === undefined) return 'other';
  if (grade <= 4) return 'primary';
  return grade <= 9 ? 'basic' : 'upper';
}
