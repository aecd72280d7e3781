import { kb, thrown } from './fixtures';

// KB_EXAM and KB_FINAL (contract v2, assessment rules §4).

describe('KB_EXAM', () => {
  const { KB_EXAM } = kb();

  it('KZ-KAZLANG: 0–11 «2» (re-sit), 12–18 «3», 19–24 «4», 25–30 «5», the default scale', () => {
    const scores = [0, 11, 11.5, 12, 18, 19, 24, 25, 30];
    expect(
      KB_EXAM(
        scores.map((s) => [s]),
        'KZ-KAZLANG',
      ),
    ).toEqual([[2], [2], [2], [3], [3], [4], [4], [5], [5]]);
    expect(KB_EXAM(scores.map((s) => [s]))).toEqual(
      KB_EXAM(
        scores.map((s) => [s]),
        'kz-kazlang',
      ),
    );
  });

  it('a custom scale in points, as a key | value range', () => {
    const scale = [
      ['max', 50],
      ['t3', 20],
      ['t4', 35],
      ['t5', 45],
    ];
    expect(KB_EXAM([[19, 20, 34, 35, 45]], scale)).toEqual([[2, 3, 3, 4, 5]]);
  });

  it('empty stays empty; a missed exam is н/а; an exempt pupil is exempt; bad scores say why', () => {
    expect(KB_EXAM([[''], ['н'], ['осв'], [31], [-1], ['много']])).toEqual([
      [''],
      ['н/а'],
      ['осв'],
      ['! экзамен: 31 > макс 30'],
      ['! экзамен: -1 < 0'],
      ['! экзамен: «много» — не число'],
    ]);
  });

  it('speaks Kazakh when the rules say so', () => {
    expect(KB_EXAM([['осв'], [31]], '', [['lang', 'kk']])).toEqual([['бос'], ['! емтихан: 31 > макс 30']]);
  });

  it('an unknown or impossible scale is a call-level error', () => {
    expect(thrown(() => KB_EXAM(20, 'KZ-ENT'))).toBe(
      'KB_EXAM: неизвестная шкала экзамена «KZ-ENT» (есть: KZ-KAZLANG)',
    );
    expect(
      thrown(() =>
        KB_EXAM(20, [
          ['max', 30],
          ['t3', 20],
          ['t4', 15],
          ['t5', 25],
        ]),
      ),
    ).toMatch(/^KB_EXAM: шкала экзамена/);
    expect(
      thrown(() =>
        KB_EXAM(20, [
          ['max', 30],
          ['t3', 12],
        ]),
      ),
    ).toMatch(/^KB_EXAM: шкала экзамена/);
  });
});

describe('KB_FINAL', () => {
  const { KB_FINAL } = kb();
  const annual = [[4], [4], [3], ['н/а'], [5], ['осв'], ['']];
  const exam = [[5], [3], [2], [4], ['осв'], [''], ['']];

  it('mean: the half-up mean of the annual and the exam mark', () => {
    expect(KB_FINAL(annual, exam, [['final', 'mean']])).toEqual([[5], [4], [3], ['н/а'], [5], ['осв'], ['']]);
  });

  it('exam: the exam mark; annual: the annual mark', () => {
    expect(KB_FINAL(annual, exam, [['final', 'exam']])).toEqual([[5], [3], [2], [4], [5], ['осв'], ['']]);
    expect(KB_FINAL(annual, exam, [['final', 'annual']])).toEqual([
      [4],
      [4],
      [3],
      ['н/а'],
      [5],
      ['осв'],
      [''],
    ]);
  });

  it('pending while the exam mark is not set', () => {
    expect(KB_FINAL([[4]], [['']], [['final', 'mean']])).toEqual([['']]);
  });

  it('without a final rule it is a call-level error that names the key to set', () => {
    expect(thrown(() => KB_FINAL(4, 5))).toMatch(/^KB_FINAL: .*final: mean \| exam \| annual/);
    expect(thrown(() => KB_FINAL(4, 5, [['lang', 'kk']]))).toMatch(/^KB_FINAL: ережелерде .*final/);
  });

  it('a cell that is not a mark is that row’s problem; pupil ranges never broadcast', () => {
    expect(KB_FINAL([[4], [6]], [[5], [5]], [['final', 'mean']])).toEqual([
      [5],
      ['! год: «6» — не оценка 2–5'],
    ]);
    expect(thrown(() => KB_FINAL([[4], [5]], [[5]], [['final', 'mean']]))).toMatch(/^KB_FINAL: exam_mark: /);
  });
});
