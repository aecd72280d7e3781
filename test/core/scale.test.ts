import { Q } from '../../src/core/exact';
import { levelOf, markOf } from '../../src/core/scale';
import { kb } from '../gas/fixtures';
import { KZ2020, rules } from './fixtures';

// Appendix 1 scale (KB_MARK) and the levels of one work (KB_LEVEL).

describe('markOf', () => {
  it.each([
    [0, 2],
    [39.4, 2],
    [39.5, 3],
    [40, 3],
    [64.4, 3],
    [64.5, 4],
    [65, 4],
    [84.4, 4],
    [84.5, 5],
    [85, 5],
    [100, 5],
  ])('%d %% → %d', (p, mark) => expect(markOf(Q.of(p), KZ2020)).toBe(mark));

  it('custom thresholds move the bands', () => {
    const r = rules('KZ-2020', ['t3', 50], ['t4', 70], ['t5', 90]);
    expect([49, 50, 69, 70, 89, 90].map((p) => markOf(Q.of(p), r))).toEqual([2, 3, 3, 4, 4, 5]);
  });
});

describe('levelOf', () => {
  it.each([
    [17, 20, 'high'],
    [7.9, 20, 'medium'], // 39.5 % rounds to 40
    [7, 20, 'low'],
    [0, 10, 'low'],
    [16.9, 20, 'high'], // 84.5 % rounds to 85
    [16.8, 20, 'medium'],
    [10, 10, 'high'],
  ])('%d of %d → %s', (score, max, level) => expect(levelOf(score, max, KZ2020)).toBe(level));

  it('with rounding none the percentage is compared as is', () => {
    expect(levelOf(16.9, 20, rules('KZ-2020', ['rounding', 'none']))).toBe('medium');
  });
});

describe('KB_LEVEL', () => {
  const { KB_LEVEL } = kb();

  it('levels in each language', () => {
    const scores = [[17], [8], [7]];
    expect(KB_LEVEL(scores, 20)).toEqual([['высокий'], ['средний'], ['низкий']]);
    expect(KB_LEVEL(scores, 20, [['lang', 'kk']])).toEqual([['жоғары'], ['орта'], ['төмен']]);
    expect(KB_LEVEL(scores, 20, [['lang', 'en']])).toEqual([['high'], ['medium'], ['low']]);
  });

  it('"" for absent or empty; exempt as the exempt outcome', () => {
    expect(KB_LEVEL([['', 'н', '—', 'осв']], 20)).toEqual([['', '', '', 'осв']]);
  });

  it('a missing max is named as missing, in the sheet’s language (not «undefined»)', () => {
    expect(KB_LEVEL(15, '')).toEqual([['! СОР 1: не указан макс. балл']]);
    expect(KB_LEVEL(15, '', [['lang', 'kk']])).toEqual([['! БЖБ 1: макс балл көрсетілмеген']]);
  });

  it('invalid scores and maxima give "! " messages', () => {
    const [row] = KB_LEVEL([[21, -1, 'пять', 5]], [[20, 20, 20, 0]]);
    for (const cell of row) expect(cell).toMatch(/^! /);
  });

  it('one max for all, one max per work (row), or one per score', () => {
    expect(KB_LEVEL([[17, 17]], 20)).toEqual([['высокий', 'высокий']]);
    expect(
      KB_LEVEL(
        [
          [17, 17],
          [5, 5],
        ],
        [[20, 40]],
      ),
    ).toEqual([
      ['высокий', 'средний'],
      ['низкий', 'низкий'],
    ]);
    expect(KB_LEVEL([[17], [17]], [[20], [40]])).toEqual([['высокий'], ['средний']]);
  });
});

describe('KB_MARK', () => {
  const { KB_MARK } = kb();

  it('element-wise over a range', () => {
    expect(
      KB_MARK([
        [84.5, 84.4],
        [39.5, '64,5'],
      ]),
    ).toEqual([
      [5, 4],
      [3, 4],
    ]);
  });

  it('a single cell', () => {
    expect(KB_MARK(84.5)).toEqual([[5]]);
  });

  it('the ruleset decides the rounding and the thresholds', () => {
    expect(KB_MARK(84.5, [['rounding', 'none']])).toEqual([[4]]);
    expect(KB_MARK(84.5, [['t5', 90]])).toEqual([[4]]);
  });

  it('passes outcome texts through, in the sheet language', () => {
    const outcomes = [['н/а', 'осв', '', '! СОР 2: 12 > макс 10']];
    expect(KB_MARK(outcomes)).toEqual([['н/а', 'осв', '', '! СОР 2: 12 > макс 10']]);
    expect(KB_MARK(outcomes, [['lang', 'kk']])).toEqual([['н/а', 'бос', '', '! СОР 2: 12 > макс 10']]);
    expect(KB_MARK(outcomes, [['lang', 'en']])).toEqual([['n/a', 'exempt', '', '! СОР 2: 12 > макс 10']]);
    expect(KB_MARK([['бос', 'exempt', 'n/a']])).toEqual([['осв', 'осв', 'н/а']]);
  });

  it('a cell that is no percentage is an invalid cell, not a call error', () => {
    const [row] = KB_MARK([[101, -1, 'отлично', true, 50]]);
    expect(row.slice(0, 4).every((c) => typeof c === 'string' && c.startsWith('! '))).toBe(true);
    expect(row[4]).toBe(3);
  });
});
