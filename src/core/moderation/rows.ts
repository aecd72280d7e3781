import { snap } from '../numbers';
import type { Ruleset } from '../ruleset';
import { quarterMarkOf, withWorkScore } from './periodInput';
import type { HeldWork, ModerationRow, ModerationSubject } from './types';

/** The moderation sheet's rows for a sample, before the commission enters anything. */
export function moderationRows(sampled: readonly ModerationSubject[]): ModerationRow[] {
  return sampled.map((s) => ({
    pupil: s.pupil,
    row: s.row,
    column: s.column,
    a1: s.a1,
    max: s.max,
    level: s.level,
    teacher: s.score,
    quarterTeacher: s.quarter,
    input: s.input,
  }));
}

/** A row without the commission's scores. */
function startOf(r: ModerationRow): ModerationRow {
  const { pupil, row, column, a1, max, level, teacher, quarterTeacher, input } = r;
  return { pupil, row, column, a1, max, level, teacher, quarterTeacher, input };
}

/** A row with the commission's scores in it (absent = not entered) and what follows from them. */
export function enterScores(
  row: ModerationRow,
  scores: { moderators?: number; agreed?: number },
  work: HeldWork,
  rules: Ruleset,
): ModerationRow {
  const { moderators, agreed } = scores;
  return {
    ...startOf(row),
    ...(moderators === undefined
      ? {}
      : {
          moderators,
          difference: snap(moderators - row.teacher),
          quarterModerators: quarterMarkOf(withWorkScore(row.input, work, moderators), rules),
        }),
    ...(agreed === undefined ? {} : { agreed }),
  };
}

export interface Discrepancy {
  row: ModerationRow;
  /** |difference| above the tolerance. */
  score: boolean;
  /** The moderators' score gives another period mark than the teacher's. */
  mark: boolean;
}

/** Rows the commission must discuss: the scores differ by more than `tolerance`, or the period mark would change. */
export function discrepancies(rows: readonly ModerationRow[], tolerance: number): Discrepancy[] {
  const found: Discrepancy[] = [];
  for (const row of rows) {
    if (row.difference === undefined) continue;
    const score = snap(Math.abs(row.difference)) > snap(tolerance);
    const mark = row.quarterModerators !== undefined && row.quarterModerators !== row.quarterTeacher;
    if (score || mark) found.push({ row, score, mark });
  }
  return found;
}
