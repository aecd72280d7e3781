import { moderationSubjects } from '../../src/core/moderation/subjects';
import { FilledJournal, HALF, QUARTER, pupilNames } from '../journal/fixtures';
import { classJournal, classSnapshot } from './journals';

const ok = (r: ReturnType<typeof moderationSubjects>) => {
  if (!r.ok) throw new Error(`not ok: ${r.reason}`);
  return r;
};

describe('moderationSubjects: the pupils who wrote the work', () => {
  test('a number within 0…max is a work; absent, exempt and empty are not; the rest is unreadable', () => {
    const r = ok(moderationSubjects(classSnapshot(), { kind: 'soch' }));
    const names = pupilNames(13);
    expect(r.subjects.map((s) => s.pupil)).toEqual([...names.slice(0, 7), names[12]]);
    expect(r.subjects.map((s) => s.score)).toEqual([25, 23, 21, 17, 16, 10, 9, 20.5]);
    expect(r.unreadable).toEqual([
      { pupil: names[10], row: 15, a1: 'P15', raw: 'abc' },
      { pupil: names[11], row: 16, a1: 'P16', raw: '30' },
    ]);
    expect(r.work).toEqual({ ref: { kind: 'soch' }, column: 16, max: 25 });
  });

  test('each work knows its cell, its max, its level and the period mark now', () => {
    const [first, , , , , , seventh, last] = ok(
      moderationSubjects(classSnapshot(), { kind: 'soch' }),
    ).subjects;
    expect(first).toMatchObject({ pupil: 'Абенов Нурлан', row: 5, column: 16, a1: 'P5', max: 25 });
    // 25/25 = 100 % → level 5; period 20 + 18.75 + 50 = 88.75 → 89 → 5.
    expect([first.level, first.quarter]).toEqual([5, 5]);
    // 9/25 = 36 % → level 2; period 20 + 18.75 + 18 = 56.75 → 57 → 3: the levels are the work's own.
    expect([seventh.level, seventh.quarter]).toEqual([2, 3]);
    // «20,5» typed as text: 82 % → 4; period 20 + 18.75 + 41 = 79.75 → 80 → 4.
    expect([last.a1, last.level, last.quarter]).toEqual(['P17', 4, 4]);
  });

  test('the level follows the scale: 64 % is a 3, 84 % a 4', () => {
    const levels = ok(moderationSubjects(classSnapshot([16, 21, 0, 22]), { kind: 'soch' })).subjects.map(
      (s) => s.level,
    );
    expect(levels).toEqual([3, 4, 2, 5]); // 64 %, 84 %, 0 %, 88 %
  });

  test('a СОР is found by its tag, wherever its column is', () => {
    const j = classJournal([20, 20]).set(1, 'sor', 2, 18).set(2, 'sor', 2, 'н');
    const r = ok(moderationSubjects(j.snapshot(), { kind: 'sor', index: 2 }));
    expect(r.work).toEqual({ ref: { kind: 'sor', index: 2 }, column: 14, max: 20, sorPosition: 1 });
    expect(r.subjects.map((s) => [s.a1, s.score])).toEqual([['N5', 18]]);
  });

  test('with a СОР column deleted, the work keeps its tag index and its place among the СОР', () => {
    const j = classJournal([20, 20]).set(1, 'sor', 3, 19);
    j.columns = j.columns.filter((c) => !(c.role === 'sor' && c.index === 2));
    const r = ok(moderationSubjects(j.snapshot(), { kind: 'sor', index: 3 }));
    expect(r.work.sorPosition).toBe(1);
    expect(r.subjects[0].input.sor).toEqual([15, 19]);
    expect(r.subjects[0].input.sorMax).toEqual([20, 20]);
  });

  test('a pupil who wrote the work but has no period mark yet is still a subject', () => {
    const j = classJournal([20]);
    for (let i = 1; i <= 3; i++) j.set(1, 'sor', i, 'н');
    j.set(1, 'fo', 1, '').set(1, 'fo', 2, '').set(1, 'fo', 3, '');
    const [s] = ok(moderationSubjects(j.snapshot(), { kind: 'soch' })).subjects;
    expect(s.quarter).toBe('na');
  });

  test('no such column, a work not held, a bad max', () => {
    const half = FilledJournal.of(HALF, pupilNames(2)).complete(1).snapshot();
    expect(moderationSubjects(half, { kind: 'soch' })).toEqual({ ok: false, reason: 'noColumn' });
    expect(moderationSubjects(classSnapshot(), { kind: 'sor', index: 4 })).toEqual({
      ok: false,
      reason: 'noColumn',
    });
    const empty = FilledJournal.of(QUARTER, pupilNames(2)).setMax('soch', 1, '');
    expect(moderationSubjects(empty.snapshot(), { kind: 'soch' })).toEqual({ ok: false, reason: 'notHeld' });
    const bad = FilledJournal.of(QUARTER, pupilNames(2)).setMax('sor', 1, 'двадцать');
    expect(moderationSubjects(bad.snapshot(), { kind: 'sor', index: 1 })).toEqual({
      ok: false,
      reason: 'badMax',
    });
  });
});
