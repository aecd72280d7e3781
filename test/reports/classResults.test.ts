import { classResults } from '../../src/core/reports/classResults';
import { pupilCount, workStats } from '../../src/core/reports/analysisData';
import { PRESETS } from '../../src/core/ruleset';
import { FORMATIVE, FilledJournal } from '../journal/fixtures';
import { handClass } from './fixtures';

describe('classResults of a hand-computed class', () => {
  const r = classResults(handClass().snapshot());

  test('pupils: the empty row is skipped, a name-only row is kept without data', () => {
    expect(r.pupils.map((p) => [p.row, p.name, p.exempt, p.hasData])).toEqual([
      [5, 'Абенов Нурлан', false, true],
      [6, 'Ахметова Айгерим', false, true],
      [7, 'Байжанов Ерлан', false, true],
      [8, 'Иванов Пётр', true, true],
      [9, 'Ким Виктория', false, true],
      [10, 'Нурланова Дана', false, false],
    ]);
    // Six listed, one exempt.
    expect(pupilCount(r)).toBe(5);
  });

  test('works with a max; written counts valid scores of non-exempt pupils', () => {
    // СОР 1: pupils 1, 2, 3, 5 (4 is exempt); СОР 2: 1 and 3; СОР 3: nobody; СОЧ: 1, 2, 3, 5.
    expect(r.works.map((w) => [w.part, w.n, w.max, w.written])).toEqual([
      ['sor', 1, 20, 4],
      ['sor', 2, 20, 2],
      ['sor', 3, 20, 0],
      ['soch', 1, 25, 4],
    ]);
    expect(r.pupils[1].scores.map((s) => s.kind)).toEqual(['score', 'absent', 'empty', 'score']);
    expect(r.pupils[1].scores[0]).toEqual({ kind: 'score', score: 7.9 });
    expect(r.pupils[3].scores[0]).toEqual({ kind: 'exempt' });
  });

  test('period marks recomputed from the scores', () => {
    // 1: 0.25·80 + 0.25·(31/40 = 77.5) + 0.5·84 = 20 + 19.375 + 42 = 81.375 → 81 → «4»
    // 2: 0.25·60 + 0.25·(7.9/20 = 39.5; СОР 2 missed, not 0) + 0.5·36 = 15 + 9.875 + 18 = 42.875 → 43 → «3»
    // 3: 0.25·100 + 0.25·(37/40 = 92.5) + 0.5·100 = 98.125 → «5»
    // 5: 0.25·50 + 0.25·(7/20 = 35) + 0.5·(16.2/25 = 64.8) = 12.5 + 8.75 + 32.4 = 53.65 → 54 → «3»
    const marks = r.pupils.map((p) => (p.period?.kind === 'mark' ? p.period.mark : p.period?.kind));
    expect(marks).toEqual([4, 3, 5, 'exempt', 3, 'empty']);
  });

  test('cached values in the computed columns are never read', () => {
    const j = handClass();
    const detail = j.column('detail', 5);
    for (let p = 1; p <= 6; p++) j.set(p, 'detail', 5, 2).setCell(j.row(p), detail - 1, 12);
    const again = classResults(j.snapshot());
    expect(again.pupils.map((p) => p.period)).toEqual(r.pupils.map((p) => p.period));
  });

  test('the ruleset of the snapshot decides the marks', () => {
    // KZ-2016: P = 0.5·СОР% + 0.5·СОЧ%. Pupil 1: 0.5·77.5 + 0.5·84 = 80.75 → 81 → «4»; pupil 2: 19.75 + 18 = 37.75 → 38 → «2».
    const r16 = classResults(handClass().snapshot(PRESETS['KZ-2016']));
    expect(
      r16.pupils.slice(0, 2).map((p) => (p.period?.kind === 'mark' ? p.period.mark : undefined)),
    ).toEqual([4, 2]);
  });

  test('journal info comes from the metadata', () => {
    expect(r.journal).toEqual({
      sheetName: '7А Математика 2ч',
      className: '7А',
      subject: 'Математика',
      teacher: 'Сейткали А. Б.',
      periodKind: 'quarter',
      period: 2,
    });
    expect(r.marks).toBe(true);
  });

  test('a formative-only journal has pupils and no period marks', () => {
    const j = FilledJournal.of(FORMATIVE, ['Абенов Нурлан']).set(1, 'fo', 1, 7);
    const f = classResults(j.snapshot());
    expect(f.marks).toBe(false);
    expect(f.works).toEqual([]);
    expect(f.pupils[0].period).toBeUndefined();
  });

  test('invalid scores are neither written nor missing; a bad max means no work', () => {
    const j = handClass().set(1, 'sor', 2, 25).set(2, 'soch', 1, 'abc').setMax('sor', 3, 'x');
    const x = classResults(j.snapshot());
    expect(x.works.map((w) => `${w.part}${w.n}:${w.written}`)).toEqual(['sor1:4', 'sor2:1', 'soch1:3']);
    expect(x.pupils[0].scores[1]).toEqual({ kind: 'invalid' });
    expect(x.pupils[1].period?.kind).toBe('invalid');
  });
});

describe('workStats of the hand-computed class', () => {
  const stats = workStats(classResults(handClass().snapshot()));

  test('only works somebody wrote', () => {
    expect(stats.map((s) => `${s.work.part}${s.work.n}`)).toEqual(['sor1', 'sor2', 'soch1']);
  });

  test('СОР 1 out of 20', () => {
    // 18 → 90 % high · 7.9 → 39.5 → 40 % medium · 17 → 85 % high · 7 → 35 % low; the exempt pupil is out.
    // quality (≥ 65 %): 90, 85 → 2 of 4 = 50 %; pass rate (≥ 40 %): 90, 40, 85 → 3 of 4 = 75 %.
    const s = stats[0];
    expect(s.wrote).toBe(4);
    expect(s.levels).toEqual({ low: 1, medium: 1, high: 2 });
    expect(s.names).toEqual({
      low: ['Ким Виктория'],
      medium: ['Ахметова Айгерим'],
      high: ['Абенов Нурлан', 'Байжанов Ерлан'],
    });
    expect([s.quality, s.success]).toEqual([50, 75]);
  });

  test('СОР 2 out of 20', () => {
    // 13 → 65 % medium (and quality) · 20 → 100 % high; «н» did not write, the empty cell neither.
    const s = stats[1];
    expect([s.wrote, s.levels.low, s.levels.medium, s.levels.high, s.quality, s.success]).toEqual([
      2, 0, 1, 1, 100, 100,
    ]);
  });

  test('СОЧ out of 25', () => {
    // 21 → 84 % medium, quality · 9 → 36 % low · 25 → 100 % high · 16.2 → 64.8 → 65 % medium, quality.
    // quality 3 of 4 = 75 %; pass rate 3 of 4 = 75 %.
    const s = stats[2];
    expect(s.levels).toEqual({ low: 1, medium: 2, high: 1 });
    expect(s.names.medium).toEqual(['Абенов Нурлан', 'Ким Виктория']);
    expect([s.good, s.passed, s.quality, s.success]).toEqual([3, 3, 75, 75]);
  });

  test('without rounding 39.5 % is low and 64.8 % is not quality', () => {
    const none = { ...PRESETS['KZ-2020'], rounding: 'none' as const };
    const [sor1, , soch] = workStats(classResults(handClass().snapshot(none)));
    expect(sor1.levels).toEqual({ low: 2, medium: 0, high: 2 });
    expect(soch.good).toBe(2);
  });
});
