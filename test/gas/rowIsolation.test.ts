import { kb } from './fixtures';

// Contract: "A row's invalid data never makes a mark, and never breaks the other rows of the call."

const f = kb();

describe('invalid rows stay in their row', () => {
  const fo = [[9, 8, 9, 8, 9], [11], ['пять'], [8], [8], [8], [8], [''], [8]];
  const sor = [[33], [30], [30], [41], [true], [30], ['осв'], [''], [30]];
  const soch = [[21], [20], [20], [20], [20], ['#N/A'], [20], [''], ['н']];
  const rows = fo.length;

  it('KB_QUARTER: every other row gets its own result', () => {
    const out = f.KB_QUARTER(fo, sor, [[40]], soch, 25);
    expect(out).toHaveLength(rows);
    expect(out[0]).toEqual([4]);
    expect(out[1][0]).toMatch(/^! ФО 1: /);
    expect(out[2][0]).toMatch(/^! ФО 1: /);
    expect(out[3][0]).toMatch(/^! СОР 1: 41 > /);
    expect(out[4][0]).toMatch(/^! СОР 1: /);
    expect(out[5][0]).toMatch(/^! СОЧ: /);
    expect(out.slice(6)).toEqual([['осв'], [''], ['н/а']]);
  });

  it('each row equals the same pupil called alone', () => {
    for (const name of ['KB_QUARTER', 'KB_PERCENT', 'KB_DETAIL', 'KB_EXPLAIN'] as const) {
      const fn = f[name] as (...a: unknown[]) => unknown[][];
      const whole = fn(fo, sor, [[40]], soch, 25);
      fo.forEach((_, i) => expect(whole[i]).toEqual(fn([fo[i]], [sor[i]], [[40]], soch[i][0], 25)[0]));
    }
  });

  it('KB_NEED: invalid rows beside answered ones', () => {
    const out = f.KB_NEED([[9, 8, 9, 8, 9], [11], [8]], [[33], [30], [30]], [[40], [40], ['сорок']], 25, 5);
    expect(out[0]).toEqual([22]);
    expect(out[1][0]).toMatch(/^! ФО 1: /);
    expect(out[2][0]).toMatch(/^! СОР 1: /);
  });

  it('KB_LEVEL, KB_MARK and KB_ANNUAL: bad cells beside good ones', () => {
    expect(f.KB_LEVEL([[17], ['x'], [8]], 20)).toEqual([
      ['высокий'],
      [expect.stringMatching(/^! /)],
      ['средний'],
    ]);
    expect(f.KB_MARK([[84.5], ['x'], [40]])).toEqual([[5], [expect.stringMatching(/^! /)], [3]]);
    expect(
      f.KB_ANNUAL([
        [4, 4],
        [4, 'x'],
        [5, 5],
      ]),
    ).toEqual([[4], [expect.stringMatching(/^! /)], [5]]);
  });
});
