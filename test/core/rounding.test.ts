import { Q } from '../../src/core/exact';
import { formatNumber, roundHalfUp, roundTo, snap } from '../../src/core/numbers';
import { markOf } from '../../src/core/scale';
import { KZ2020, MEKTEP, period, pupil, rules } from './fixtures';

// Contract, "Rounding modes": total, components, none.

describe('half up after a snap to 9 decimals', () => {
  it.each([
    [39.5, 40],
    [39.49999999999999, 40], // the doubles of ФО 5,6,6,6,6; СОР 10/30; СОЧ 10/30
    [(5.8 / 10) * 25, 15], // 14.499999999999998 in doubles, 14.5 exactly
    [64.5, 65],
    [84.4, 84],
    [43.52, 44],
    [0.5, 1],
    [1.5, 2], // never banker's rounding: 1.5 → 2 and 2.5 → 3
    [2.5, 3],
    [84.4999, 84],
    [0, 0],
    [100, 100],
  ])('%d → %d', (x, want) => expect(roundHalfUp(x)).toBe(want));

  it('snap removes noise and nothing else', () => {
    expect(snap(0.1 + 0.2)).toBe(0.3);
    expect(snap(84.125)).toBe(84.125);
    expect(snap(-1e-12)).toBe(0);
    expect(Object.is(snap(-1e-12), -0)).toBe(false);
  });

  it('display rounding is half up to two decimals', () => {
    expect(roundTo(84.125, 2)).toBe(84.13);
    expect(roundTo(20.625, 2)).toBe(20.63);
    expect(formatNumber(100 / 3)).toBe('33.33');
    expect(formatNumber(8.6)).toBe('8.6');
    expect(formatNumber(42)).toBe('42');
  });
});

describe('rounding modes on the mektep example (ФО 9,8,9,8,9; СОР 33/40; СОЧ 21/25)', () => {
  const input = pupil([9, 8, 9, 8, 9], [33], [40], 21, 25);

  it('total: P keeps its decimals (84.125), compared as 84 → 4', () => {
    const r = period(input, KZ2020);
    expect(r).toMatchObject({ kind: 'mark', percent: 84.125, compared: 84, mark: 4 });
  });

  it('components: 21.5 → 22, 20.625 → 21, 42 → 42; P = 85 → 5', () => {
    const r = period(input, MEKTEP);
    if (r.kind !== 'mark') throw new Error('expected a mark');
    expect(r.parts.map((p) => p.adds)).toEqual([22, 21, 42]);
    expect(r.parts.map((p) => p.weighted)).toEqual([21.5, 20.625, 42]);
    expect(r).toMatchObject({ percent: 85, compared: 85, mark: 5 });
  });

  it('none: P compared as is, 84.125 < 85 → 4', () => {
    const r = period(input, rules('KZ-2020', ['rounding', 'none']));
    expect(r).toMatchObject({ kind: 'mark', percent: 84.125, compared: 84.125, mark: 4 });
  });
});

describe('where the modes disagree', () => {
  const at = (x: number, rounding: string) => markOf(Q.of(x), rules('KZ-2020', ['rounding', rounding]));

  it.each([
    [84.5, 5, 4],
    [64.5, 4, 3],
    [39.5, 3, 2],
    [84.49, 4, 4],
    [85, 5, 5],
  ])('P %d: total → %d, none → %d', (p, total, none) => {
    expect(at(p, 'total')).toBe(total);
    expect(at(p, 'none')).toBe(none);
  });

  it('none compares exactly the decimal the cell shows (contract v2): 84.999999999999 is below 85', () => {
    expect(85 - 1e-12).toBe(84.999999999999);
    expect(at(85 - 1e-12, 'none')).toBe(4);
    expect(at(85, 'none')).toBe(5);
  });

  it('total rounds once: ФО 5,6,6,6,6; СОР 10/30; СОЧ 10/30 → 39.5 → 40 → 3, but 2 with none', () => {
    const input = pupil([5, 6, 6, 6, 6], [10], [30], 10, 30);
    expect(period(input, KZ2020)).toMatchObject({ percent: 39.5, compared: 40, mark: 3 });
    expect(period(input, rules('KZ-2020', ['rounding', 'none']))).toMatchObject({ percent: 39.5, mark: 2 });
  });

  it('components rounds each part: 14.5 + 8.33 + 16.67 → 15 + 8 + 17 = 40', () => {
    const r = period(pupil([5, 6, 6, 6, 6], [10], [30], 10, 30), MEKTEP);
    if (r.kind !== 'mark') throw new Error('expected a mark');
    expect(r.parts.map((p) => p.adds)).toEqual([15, 8, 17]);
    expect(r.percent).toBe(40);
  });
});
