import { discrepancies, enterScores, moderationRows } from '../../src/core/moderation/rows';
import { moderationSubjects } from '../../src/core/moderation/subjects';
import { PRESETS } from '../../src/core/ruleset';
import { FilledJournal, QUARTER, pupilNames } from '../journal/fixtures';

const rules = PRESETS['KZ-2020'];

/**
 * ФО 10, 10, 10 (100 %) and СОР 15/20 × 3 (75 %): the period total is 25 + 18.75 + 2·s for a СОЧ
 * of s/25, so 20 → 83.75 → «4» and 21 → 85.75 → «5».
 */
function boundary(sochScores: number[]) {
  const j = FilledJournal.of(QUARTER, pupilNames(sochScores.length));
  sochScores.forEach((s, i) => j.complete(i + 1, [10, 10, 10]).set(i + 1, 'soch', 1, s));
  const found = moderationSubjects(j.snapshot(), { kind: 'soch' });
  if (!found.ok) throw new Error(found.reason);
  return { work: found.work, rows: moderationRows(found.subjects) };
}

test('the rows start with the teacher’s score and the period mark it gives', () => {
  const { rows } = boundary([20, 21]);
  expect(rows.map((r) => [r.pupil, r.a1, r.teacher, r.quarterTeacher, r.moderators, r.agreed])).toEqual([
    ['Абенов Нурлан', 'P5', 20, 4, undefined, undefined],
    ['Ахметова Айгерим', 'P6', 21, 5, undefined, undefined],
  ]);
});

test('the moderators’ score gives the difference and the period mark with that score', () => {
  const { work, rows } = boundary([20]);
  const up = enterScores(rows[0], { moderators: 21 }, work, rules);
  expect([up.difference, up.quarterModerators, up.quarterTeacher]).toEqual([1, 5, 4]);
  const down = enterScores(rows[0], { moderators: 17.5, agreed: 18 }, work, rules);
  expect([down.difference, down.quarterModerators, down.agreed]).toEqual([-2.5, 4, 18]); // 78.75 → 79 → 4
  const cleared = enterScores(down, {}, work, rules);
  expect(cleared).toEqual(rows[0]);
});

test('a СОР is replaced in its own place among the СОР', () => {
  const j = FilledJournal.of(QUARTER, pupilNames(1)).complete(1, [10, 10, 10]).set(1, 'soch', 1, 20);
  const found = moderationSubjects(j.snapshot(), { kind: 'sor', index: 3 });
  if (!found.ok) throw new Error(found.reason);
  const [row] = moderationRows(found.subjects);
  // СОР 3 at 20/20: pooled 50/60 = 83.33 %, total 25 + 20.83 + 40 = 85.83 → «5».
  expect(enterScores(row, { moderators: 20 }, found.work, rules).quarterModerators).toBe(5);
  // СОР 3 at 9/20: pooled 39/60 = 65 %, total 25 + 16.25 + 40 = 81.25 → «4».
  expect(enterScores(row, { moderators: 9 }, found.work, rules).quarterModerators).toBe(4);
});

describe('discrepancies', () => {
  const { work, rows } = boundary([20, 20, 20, 20]);
  const entered = [21, 18, 20, undefined].map((moderators, i) =>
    enterScores(rows[i], { moderators }, work, rules),
  );

  test('tolerance 1: a 2-point difference, and a 1-point one that changes the period mark', () => {
    const found = discrepancies(entered, 1);
    expect(found.map((d) => [d.row.pupil, d.score, d.mark])).toEqual([
      ['Абенов Нурлан', false, true], // 21: within tolerance, but «4» → «5»
      ['Ахметова Айгерим', true, false], // 18: 2 points, still «4» (79.75 → 80)
    ]);
  });

  test('tolerance 0: every difference; tolerance 3: only the mark change; not entered is never flagged', () => {
    expect(discrepancies(entered, 0).map((d) => d.row.pupil)).toEqual(['Абенов Нурлан', 'Ахметова Айгерим']);
    expect(discrepancies(entered, 3).map((d) => [d.row.pupil, d.score, d.mark])).toEqual([
      ['Абенов Нурлан', false, true],
    ]);
  });

  test('no floating noise: 0.1 + 0.2 apart is within a 0.3 tolerance', () => {
    const { work: w, rows: r } = boundary([0.1]);
    expect(discrepancies([enterScores(r[0], { moderators: 0.4 }, w, rules)], 0.3)).toEqual([]);
  });
});
