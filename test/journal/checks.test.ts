import { checkJournal, summarise } from '../../src/core/journal/checks';
import { anchorOf } from '../../src/core/journal/snapshot';
import type { CheckProblem } from '../../src/shared/endpoints';
import { PRESETS } from '../../src/core/ruleset';
import { FORMATIVE, FilledJournal, HALF, QUARTER, pupilNames } from './fixtures';

/** A quarter journal of five pupils who have done everything: A №, B pupil, C–L ФО, M–O СОР, P СОЧ, Q–U detail. */
function quarter(): FilledJournal {
  const j = FilledJournal.of(QUARTER, pupilNames(5));
  for (let p = 1; p <= 5; p++) j.complete(p);
  return j;
}

const check = (j: FilledJournal, minFoMarks = 3, lang: 'kk' | 'ru' | 'en' = 'ru') =>
  checkJournal(j.snapshot(), { minFoMarks, lang });
const brief = (ps: CheckProblem[]) => ps.map((p) => `${p.a1} ${p.code}`);

test('a complete journal has no problems', () => {
  expect(check(quarter())).toEqual([]);
  const half = FilledJournal.of(HALF, pupilNames(3));
  for (let p = 1; p <= 3; p++) half.complete(p);
  expect(check(half)).toEqual([]);
});

test('an empty new journal has no problems', () => {
  expect(check(FilledJournal.of(QUARTER, pupilNames(30)))).toEqual([]);
  expect(check(FilledJournal.of(QUARTER, []))).toEqual([]);
});

describe('invalidValue', () => {
  test('text the rules cannot read, a ФО mark off the scale, a bad max', () => {
    const j = quarter()
      .set(2, 'fo', 4, 'abc')
      .set(3, 'fo', 5, 11)
      .set(4, 'sor', 1, 'н/а')
      .setMax('sor', 2, 'двадцать');
    expect(brief(check(j))).toEqual([
      'N4 invalidValue',
      'F6 invalidValue',
      'G7 invalidValue',
      'M8 invalidValue',
    ]);
    const [max, text, scale, na] = check(j);
    expect(max.message).toBe('СОР 2: макс. «двадцать» — нужно число больше 0');
    expect(text.message).toBe('Ахметова Айгерим: ФО 4: «abc» — нужна оценка от 1 до 10, «н» или «осв»');
    expect(scale.message).toBe('Байжанов Ерлан: ФО 5: «11» — нужна оценка от 1 до 10, «н» или «осв»');
    expect(na.message).toBe('Иванов Пётр: СОР 1: «н/а» — нужен балл, «н» или «осв»');
    expect(j.snapshot().sheetName).toBe('7А Математика 2ч');
    expect(check(j)[0].sheetName).toBe('7А Математика 2ч');
  });

  test('the ФО scale comes from the ruleset', () => {
    const j = quarter().set(1, 'fo', 5, 12);
    const rules = { ...PRESETS['KZ-2020'], foMax: 12 };
    expect(checkJournal(j.snapshot(rules), { minFoMarks: 3, lang: 'ru' })).toEqual([]);
    expect(brief(check(j))).toEqual(['G5 invalidValue']);
  });
});

describe('aboveMax and belowZero', () => {
  test('a score above its column max, or below 0, each under its own code', () => {
    const j = quarter().set(1, 'sor', 2, 25).set(2, 'soch', 1, 26).set(3, 'sor', 3, -3);
    expect(brief(check(j))).toEqual(['N5 aboveMax', 'P6 aboveMax', 'O7 belowZero']);
    expect(check(j).map((p) => p.message)).toEqual([
      'Абенов Нурлан: СОР 2: 25 больше макс. балла 20',
      'Ахметова Айгерим: СОЧ: 26 больше макс. балла 25',
      'Байжанов Ерлан: СОР 3: -3 — балл не может быть меньше 0',
    ]);
  });

  test('the column max the teacher entered counts, not the template one', () => {
    const j = quarter().setMax('sor', 1, 16).set(1, 'sor', 1, 17);
    expect(brief(check(j))).toEqual(['M5 aboveMax']);
  });
});

describe('scoreWithoutMax and missingMax', () => {
  test('scores under an empty max: once, at the max cell, with the count', () => {
    const j = quarter().setMax('sor', 3, '');
    expect(check(j)).toEqual([
      {
        sheetName: '7А Математика 2ч',
        a1: 'O4',
        code: 'scoreWithoutMax',
        message: 'СОР 3: баллов 5, а макс. балл не указан — эти строки не считаются',
      },
    ]);
  });

  test('an empty СОЧ max in a journal with a СОЧ: marks silently lose the СОЧ weight', () => {
    const j = quarter().setMax('soch', 1, '');
    for (let p = 1; p <= 5; p++) j.set(p, 'soch', 1, '');
    expect(check(j)).toEqual([
      expect.objectContaining({
        a1: 'P4',
        code: 'missingMax',
        message: 'СОЧ: макс. балл не указан — оценки считаются как без СОЧ',
      }),
    ]);
  });

  test('no СОР max at all while marks are computed', () => {
    const j = FilledJournal.of(QUARTER, pupilNames(2))
      .setMax('sor', 1, '')
      .setMax('sor', 2, '')
      .setMax('sor', 3, '');
    j.set(1, 'fo', 1, 8).set(2, 'fo', 1, 9);
    expect(brief(check(j, 0))).toEqual(['M4 missingMax']);
  });

  test('absence codes under an empty max: the work counts as not held', () => {
    const j = quarter().setMax('sor', 2, '');
    for (let p = 1; p <= 5; p++) j.set(p, 'sor', 2, p <= 2 ? 'н' : '');
    expect(check(j, 3, 'en')).toEqual([
      expect.objectContaining({
        a1: 'N4',
        code: 'missingMax',
        message: 'SAU 2: 2 pupils marked absent but no max score — the work counts as not held',
      }),
    ]);
  });

  test('a max not yet entered for a work nobody has written is fine', () => {
    const j = quarter().setMax('sor', 3, '');
    for (let p = 1; p <= 5; p++) j.set(p, 'sor', 3, '');
    expect(check(j)).toEqual([]);
  });
});

describe('missing work', () => {
  test('missingSoch: the class wrote the СОЧ, this pupil has nothing or was absent', () => {
    const j = quarter().set(2, 'soch', 1, '').set(4, 'soch', 1, 'Н');
    expect(check(j)).toEqual([
      expect.objectContaining({
        a1: 'P6',
        code: 'missingSoch',
        message: 'Ахметова Айгерим: нет балла за СОЧ (класс его писал)',
      }),
      expect.objectContaining({
        a1: 'P8',
        code: 'missingSoch',
        message: 'Иванов Пётр: не писал СОЧ — н/а, пока не напишет',
      }),
    ]);
  });

  test('no missingSoch before anyone has written it (mid-quarter)', () => {
    const j = quarter();
    for (let p = 1; p <= 5; p++) j.set(p, 'soch', 1, '');
    expect(check(j)).toEqual([]);
  });

  test('missingAllSor: СОР were held, this pupil wrote none of them', () => {
    const j = quarter().set(3, 'sor', 1, 'н').set(3, 'sor', 2, '').set(3, 'sor', 3, '');
    expect(check(j, 3, 'kk')).toEqual([
      expect.objectContaining({
        a1: 'M7',
        code: 'missingAllSor',
        message: 'Байжанов Ерлан: өткізілген БЖБ-ның (3) бірде-бірін жазбаған',
      }),
    ]);
    // One СОР written is enough.
    expect(check(quarter().set(3, 'sor', 1, '').set(3, 'sor', 2, ''))).toEqual([]);
  });

  test('exempt pupils are not reported for missing work', () => {
    const j = quarter().set(5, 'fo', 1, 'осв').set(5, 'fo', 2, '').set(5, 'fo', 3, '').set(5, 'soch', 1, '');
    j.set(5, 'sor', 1, '').set(5, 'sor', 2, '').set(5, 'sor', 3, '');
    expect(check(j)).toEqual([]);
  });

  test('a pupil with nothing in the period is not reported', () => {
    const j = FilledJournal.of(QUARTER, pupilNames(3)).complete(1).complete(2);
    expect(check(j)).toEqual([]);
  });
});

describe('fewFoMarks', () => {
  test('fewer ФО marks than the school minimum', () => {
    const j = quarter().set(2, 'fo', 2, '').set(2, 'fo', 3, 'н');
    expect(check(j)).toEqual([
      expect.objectContaining({
        a1: 'C6',
        code: 'fewFoMarks',
        message: 'Ахметова Айгерим: оценок ФО 1, нужно не меньше 3',
      }),
    ]);
    expect(check(j, 1)).toEqual([]);
    expect(check(j, 0)).toEqual([]);
  });

  test('not under a ruleset that does not weight ФО (KZ-2016)', () => {
    const j = quarter().set(2, 'fo', 2, '').set(2, 'fo', 3, '');
    expect(checkJournal(j.snapshot(PRESETS['KZ-2016']), { minFoMarks: 3, lang: 'ru' })).toEqual([]);
  });

  test('in formative-only journals too, where ФО is all there is', () => {
    const j = FilledJournal.of(FORMATIVE, pupilNames(2))
      .set(1, 'fo', 1, 7)
      .set(2, 'fo', 1, 8)
      .set(2, 'fo', 2, 9)
      .set(2, 'fo', 3, 6);
    expect(brief(check(j))).toEqual(['C5 fewFoMarks']);
  });
});

test('duplicatePupil: the same name again, whatever its case, spacing or ё', () => {
  const j = FilledJournal.of(QUARTER, ['Иванов Пётр', 'Ким Виктория', 'ИВАНОВ  петр']);
  for (let p = 1; p <= 3; p++) j.complete(p);
  expect(check(j)).toEqual([
    expect.objectContaining({
      a1: 'B7',
      code: 'duplicatePupil',
      message: '«ИВАНОВ петр» уже есть в строке 5',
    }),
  ]);
});

describe('computedOverwritten', () => {
  test('the formula deleted', () => {
    const j = quarter();
    j.anchorFormula = '';
    expect(check(j, 3, 'en')).toEqual([
      expect.objectContaining({
        a1: 'Q5',
        code: 'computedOverwritten',
        message: 'the formula computing the marks has been deleted',
      }),
    ]);
  });

  test('the formula changed', () => {
    const j = quarter();
    j.anchorFormula = '=KB_DETAIL(C5:L9,M5:O9,M$4:O$4,P5:P9,P$4,"KZ-2016")';
    expect(brief(check(j))).toEqual(['Q5 computedOverwritten']);
    expect(check(j)[0].message).toContain('"KZ-2016"');
  });

  test('the same formula typed with other spacing and case is fine', () => {
    const j = quarter();
    j.anchorFormula = '= kb_detail( C5:L9, M5:O9, M$4:O$4, P5:P9, P$4, kb_rules )';
    expect(check(j)).toEqual([]);
  });

  test("a detail column deleted (named as the journal's header shows it)", () => {
    const j = quarter();
    j.columns = j.columns.filter((c) => !(c.role === 'detail' && c.index === 5));
    expect(check(j, 3, 'kk')).toEqual([
      expect.objectContaining({
        a1: 'T3',
        code: 'computedOverwritten',
        message: '«Оценка» есептеу бағаны өшірілген',
      }),
    ]);
  });

  test('an error shown in the detail block', () => {
    const j = quarter();
    j.setCell(5, j.column('detail', 1), '#REF!');
    expect(check(j)).toEqual([
      expect.objectContaining({
        a1: 'Q5',
        code: 'computedOverwritten',
        message: 'расчёт оценок показывает ошибку #REF!',
      }),
    ]);
  });

  test('a pupil added below the rows the formula covers', () => {
    const j = quarter().setCell(10, 2, 'Новиков Илья');
    j.grid[9].splice(2, 14, 9, 8, 10, ...Array(7).fill(''), 18, 19, 17, 24);
    expect(check(j)).toEqual([
      expect.objectContaining({
        a1: 'B10',
        code: 'computedOverwritten',
        message: 'формула считает строки до 9, а ученики есть до строки 10',
      }),
    ]);
  });

  test('a ФО column and a pupil row inserted inside the blocks: Sheets widens the formula, nothing to report', () => {
    // Column inserted after D (inside ФО), row inserted inside the class: tags move, the formula grows.
    const j = quarter();
    j.columns = j.columns.map((c) => (c.column >= 5 ? { ...c, column: c.column + 1 } : c));
    for (const row of j.grid) row.splice(4, 0, '');
    j.grid.splice(7, 0, Array(j.grid[0].length).fill(''));
    j.anchorFormula = '=KB_DETAIL(C5:M10,N5:P10,N$4:P$4,Q5:Q10,Q$4,KB_RULES)';
    const snapshot = j.snapshot();
    expect(anchorOf(snapshot.rows, snapshot.columns)).toEqual({ row: 5, column: 18 });
    expect(checkJournal(snapshot, { minFoMarks: 3, lang: 'ru' })).toEqual([]);
  });

  test('formative-only journals have nothing computed to check', () => {
    const j = FilledJournal.of(FORMATIVE, pupilNames(2)).complete(1, [8, 9, 7]).complete(2, [9, 9, 9]);
    expect(check(j)).toEqual([]);
  });
});

test('problems come top to bottom, left to right, and summarise counts them per code', () => {
  const j = quarter().set(5, 'fo', 4, 'x').set(1, 'sor', 1, 30).setMax('sor', 3, '').set(2, 'soch', 1, '');
  const problems = check(j);
  expect(brief(problems)).toEqual(['O4 scoreWithoutMax', 'M5 aboveMax', 'P6 missingSoch', 'F9 invalidValue']);
  expect(summarise(problems)).toEqual({ scoreWithoutMax: 1, aboveMax: 1, missingSoch: 1, invalidValue: 1 });
  expect(summarise([])).toEqual({});
});
