import { computeAnnual, parseMark } from '../../src/core/annual';
import { kb } from '../gas/fixtures';

// Rules §4 and the contract row of KB_ANNUAL.

describe('computeAnnual', () => {
  it.each([
    [[4, 3, 4, 5], 4, 4],
    [[4, 5, 5, 4], 5, 4.5],
    [[3, 4, 3, 4], 4, 3.5],
    [[5, 5], 5, 5],
    [[2, 3], 3, 2.5], // half-years: 2.5 → 3
    [[3, 3, 3, 4], 3, 3.25],
    [[5, 5, 5, 4], 5, 4.75],
    [['4', ' 5 ', 5, 4], 5, 4.5], // marks typed as text
  ])('%j → %d (mean %d)', (marks, mark, mean) => {
    expect(computeAnnual(marks)).toEqual({ kind: 'mark', mark, mean });
  });

  it('exempt periods are skipped', () => {
    expect(computeAnnual(['осв', 4, 5, 'осв'])).toMatchObject({ kind: 'mark', mark: 5, mean: 4.5 });
    expect(computeAnnual(['бос', 3, 3, 4])).toMatchObject({ kind: 'mark', mark: 3 });
  });

  it('all periods exempt → exempt', () => {
    expect(computeAnnual(['осв', 'бос', 'exempt', 'ex'])).toEqual({ kind: 'exempt' });
  });

  it('н/а in any period → н/а, even while another is pending', () => {
    expect(computeAnnual([4, 'н/а', 5, 5])).toEqual({ kind: 'na', reason: 'period' });
    expect(computeAnnual([4, 'n/a', '', ''])).toEqual({ kind: 'na', reason: 'period' });
  });

  it('pending ("") while any period is empty', () => {
    expect(computeAnnual([4, 5, '', ''])).toEqual({ kind: 'empty' });
    expect(computeAnnual(['', '', '', ''])).toEqual({ kind: 'empty' });
    expect(computeAnnual(['осв', '', 5, 5])).toEqual({ kind: 'empty' });
  });

  it.each([
    ['a mark outside 2–5', [4, 6, 5, 5], 2, '6'],
    ['a 1', [1, 4, 5, 5], 1, '1'],
    ['a fraction', [4, 4, 4.5, 4], 3, '4.5'],
    ['a KB_QUARTER problem', [4, '! СОР 2: 12 > макс 10', 5, 5], 2, '! СОР 2: 12 > макс 10'],
    ['an absence code', [4, 4, 'н', 4], 3, 'н'],
    ['text', [4, 4, 4, 'хорошо'], 4, 'хорошо'],
    ['a boolean', [true, 4, 4, 4], 1, 'true'],
  ])('an invalid period cell: %s', (_, marks, n, raw) => {
    expect(computeAnnual(marks)).toMatchObject({
      kind: 'invalid',
      problem: { code: 'notAMark', args: [{ part: 'period', n }, raw] },
    });
  });

  it('parseMark reads marks, н/а, exempt and empty only', () => {
    expect(parseMark(5)).toEqual({ kind: 'mark', mark: 5 });
    expect(parseMark('н/а')).toEqual({ kind: 'na' });
    expect(parseMark('осв')).toEqual({ kind: 'exempt' });
    expect(parseMark('')).toEqual({ kind: 'empty' });
    expect(parseMark(3.5)).toBeUndefined();
    expect(parseMark('abs')).toBeUndefined();
  });
});

describe('KB_ANNUAL', () => {
  const { KB_ANNUAL } = kb();

  it('one output row per pupil row, outcomes in the sheet language', () => {
    const marks = [
      [4, 3, 4, 5],
      [4, 'н/а', 5, 5],
      ['осв', 'осв', 'осв', 'осв'],
      ['осв', 4, 5, 'осв'],
      [4, 5, '', ''],
      [4, 5, 5, 'x'],
    ];
    const [a, na, exempt, skipped, pending, invalid] = KB_ANNUAL(marks);
    expect([a, na, exempt, skipped, pending]).toEqual([[4], ['н/а'], ['осв'], [5], ['']]);
    expect(invalid[0]).toMatch(/^! период 4: /);
    expect(KB_ANNUAL(marks, [['lang', 'kk']]).slice(1, 3)).toEqual([['н/а'], ['бос']]);
    expect(KB_ANNUAL(marks, [['lang', 'en']]).slice(1, 3)).toEqual([['n/a'], ['exempt']]);
    expect(String(KB_ANNUAL(marks, [['lang', 'en']])[5][0])).toMatch(/^! period 4: /);
  });

  it('a single cell is one pupil with one period', () => {
    expect(KB_ANNUAL(4)).toEqual([[4]]);
  });
});
