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

export { discrepancies, type Discrepancy } from './discrepancies';
