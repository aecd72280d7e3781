import { CallError } from '../../src/core/errors';
import { addCounts, countMarks, indicators, NO_MARKS } from '../../src/core/indicators';
import { kb, thrown } from '../gas/fixtures';

// Rules §5: pass rate, quality, СОУ (Simonov), mean mark.

describe('countMarks', () => {
  it('counts marks and н/а; exempt and empty cells are not counted', () => {
    expect(
      countMarks([
        [5, 4, 'осв'],
        ['н/а', '', 3],
        [2, 'n/a', 'бос'],
        [null, ' ', '5'],
      ]),
    ).toEqual({ n5: 2, n4: 1, n3: 1, n2: 1, na: 2 });
  });

  it('an invalid cell is a call-level error naming its row and column', () => {
    try {
      countMarks([
        [5, 4],
        [3, 'хорошо'],
      ]);
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(CallError);
      expect((e as CallError).problem).toEqual({ code: 'invalidMarkCell', args: ['2', '2', 'хорошо'] });
    }
  });

  it('addCounts adds class counts into a school total', () => {
    expect(
      addCounts({ n5: 1, n4: 2, n3: 3, n2: 4, na: 5 }, { n5: 10, n4: 20, n3: 30, n2: 40, na: 50 }),
    ).toEqual({
      n5: 11,
      n4: 22,
      n3: 33,
      n2: 44,
      na: 55,
    });
  });
});

describe('indicators', () => {
  it('an empty set has N = 0 and no figures', () => {
    expect(indicators(NO_MARKS)).toEqual({ ...NO_MARKS, n: 0 });
  });

  it('н/а pupils count in N and weigh 7 in СОУ, but not in the mean mark', () => {
    const s = indicators({ n5: 1, n4: 1, n3: 1, n2: 0, na: 1 });
    expect(s.n).toBe(4);
    expect(s.success).toBe(75);
    expect(s.quality).toBe(50);
    expect(s.sou).toBe((100 + 64 + 36 + 7) / 4);
    expect(s.mean).toBe(4);
  });

  it('only н/а: figures but no mean', () => {
    const s = indicators({ ...NO_MARKS, na: 3 });
    expect(s).toMatchObject({ n: 3, success: 0, quality: 0, sou: 7 });
    expect(s.mean).toBeUndefined();
  });

  it.each([
    [{ n5: 4, n4: 0, n3: 0, n2: 0, na: 0 }, 100, 100, 100, 5],
    [{ n5: 0, n4: 0, n3: 0, n2: 2, na: 0 }, 0, 0, 16, 2],
    [{ n5: 0, n4: 3, n3: 1, n2: 0, na: 0 }, 100, 75, (3 * 64 + 36) / 4, 3.75],
    [{ n5: 1, n4: 1, n3: 1, n2: 1, na: 0 }, 75, 50, (100 + 64 + 36 + 16) / 4, 3.5],
  ])('%j → pass %d, quality %d, СОУ %d, mean %d', (counts, success, quality, sou, mean) => {
    expect(indicators(counts)).toEqual({
      ...counts,
      n: counts.n5 + counts.n4 + counts.n3 + counts.n2,
      success,
      quality,
      sou,
      mean,
    });
  });
});

describe('KB_STATS, KB_QUALITY, KB_SUCCESS, KB_SOU', () => {
  const f = kb();

  it('KB_STATS is one row of ten figures over every cell of the range', () => {
    expect(
      f.KB_STATS([
        [5, 'осв'],
        [4, 'н/а'],
        [2, ''],
      ]),
    ).toEqual([[4, 1, 1, 0, 1, 1, 50, 50, (100 + 64 + 16 + 7) / 4, 11 / 3]]);
  });

  it('an empty set gives counts of 0 and blank figures', () => {
    expect(f.KB_STATS([['', 'осв']])).toEqual([[0, 0, 0, 0, 0, 0, '', '', '', '']]);
    expect(f.KB_STATS(undefined)).toEqual([[0, 0, 0, 0, 0, 0, '', '', '', '']]);
    expect(f.KB_QUALITY([['']])).toBe('');
    expect(f.KB_SUCCESS([['осв']])).toBe('');
    expect(f.KB_SOU('')).toBe('');
  });

  it('the single figures match KB_STATS', () => {
    const marks = [[5], [5], [4], [3], [2], ['н/а'], ['осв']];
    const [row] = f.KB_STATS(marks);
    expect(f.KB_SUCCESS(marks)).toBe(row[6]);
    expect(f.KB_QUALITY(marks)).toBe(row[7]);
    expect(f.KB_SOU(marks)).toBe(row[8]);
  });

  it('an invalid cell throws, naming the function', () => {
    expect(thrown(() => f.KB_STATS([[5, 'x']]))).toMatch(/^KB_STATS: строка 1, столбец 2: «x»/);
    expect(thrown(() => f.KB_QUALITY([[5], [6]]))).toMatch(/^KB_QUALITY: /);
    expect(thrown(() => f.KB_SUCCESS([[true]]))).toMatch(/^KB_SUCCESS: /);
    expect(thrown(() => f.KB_SOU([['#N/A']]))).toMatch(/^KB_SOU: /);
  });

  it('KB_STATS checks its ruleset too', () => {
    expect(thrown(() => f.KB_STATS([[5]], 'KZ-1999'))).toMatch(/^KB_STATS: /);
  });
});
