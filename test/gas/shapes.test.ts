import { kb, thrown } from './fixtures';

// Contract, "Ranges or single cells" and "Broadcast": row-wise functions over 2-D arrays.

const f = kb();
const PERIOD = ['KB_QUARTER', 'KB_PERCENT', 'KB_DETAIL', 'KB_EXPLAIN'] as const;

describe('scalars and ranges', () => {
  it('single cells are one pupil with one column each', () => {
    expect(f.KB_QUARTER(8, 15, 20)).toEqual([[4]]);
    expect(f.KB_QUARTER(8, 12, 15, 20, 25)).toEqual(f.KB_QUARTER([[8]], [[12]], [[15]], [[20]], [[25]]));
  });

  it('a class in, one output row per pupil row out', () => {
    const fo = [
      [9, 8, 9, 8, 9],
      [5, 6, 6, 6, 6],
      [8, '', '', '', ''],
    ];
    const sor = [[33], [10], [15]];
    const out = f.KB_QUARTER(fo, sor, [[40]], [[21], [10], [20]], 25);
    expect(out).toHaveLength(3);
    expect(out.every((row) => row.length === 1)).toBe(true);
    expect(f.KB_DETAIL(fo, sor, [[40]], [[21], [10], [20]], 25).every((row) => row.length === 5)).toBe(true);
  });

  it('fo and sor may be blank ranges', () => {
    expect(f.KB_QUARTER([['', '']], [['', '']], [[10, 20]], '', 25)).toEqual([['']]);
    expect(f.KB_QUARTER(undefined, [[24]], [[30]], 15, 25, 'KZ-2016')).toEqual([[4]]);
  });

  it('sor omitted but sor_max given: the works are held and none written', () => {
    expect(f.KB_QUARTER([[8]], undefined, [[15, 20]], 20, 25)).toEqual([['н/а']]);
  });
});

function expectCloseRows(actual: unknown[][], expected: number[][]): void {
  expect(actual.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  expected.forEach((row, i) => row.forEach((want, j) => expect(actual[i][j]).toBeCloseTo(want, 9)));
}

describe('broadcast of maxima', () => {
  const fo = [[8], [8], [8]];
  const sor = [
    [12, 'б'],
    [12, 10],
    [15, 20],
  ];
  const soch = [[20], [20], [25]];

  it('one max row serves every pupil', () => {
    const one = f.KB_PERCENT(fo, sor, [[15, 20]], soch, 25);
    const each = f.KB_PERCENT(
      fo,
      sor,
      [
        [15, 20],
        [15, 20],
        [15, 20],
      ],
      soch,
      [[25], [25], [25]],
    );
    expect(one).toEqual(each);
    expectCloseRows(one, [[80], [20 + (22 / 35) * 25 + 40], [95]]);
  });

  it('per-pupil maxima (a transfer pupil with other works)', () => {
    expectCloseRows(
      f.KB_PERCENT(
        fo,
        sor,
        [
          [15, 20],
          [15, 20],
          [30, 40],
        ],
        soch,
        [[25], [25], [50]],
      ),
      [[80], [20 + (22 / 35) * 25 + 40], [20 + 12.5 + 25]],
    );
  });

  it('maxima never make rows of their own: one pupil against two rows of maxima is an error', () => {
    expect(thrown(() => f.KB_QUARTER([[8]], [[12]], [[15], [20]], 20, 25))).toMatch(/^KB_QUARTER: sor_max: /);
  });

  it('pupil arguments never broadcast (contract v2): one ФО row beside two СОР rows is an error', () => {
    expect(thrown(() => f.KB_QUARTER([[9]], [[12], [5]], [[15]]))).toMatch(/^KB_QUARTER: sor: .* fo/);
    expect(thrown(() => f.KB_QUARTER([[9], [8]], [[12], [5]], [[15]], [[20]], 25))).toMatch(
      /^KB_QUARTER: soch: /,
    );
  });
});

describe('call-level shape errors start with the function name', () => {
  it.each(PERIOD)('%s: mismatched row counts', (name) => {
    const fn = f[name] as (...a: unknown[]) => unknown;
    expect(thrown(() => fn([[8], [8], [8]], [[12], [12]], [[15]], '', ''))).toMatch(
      new RegExp(`^${name}: sor`),
    );
    expect(thrown(() => fn([[8], [8]], [[12], [12]], [[15]], [[20], [20], [20]], 25))).toMatch(
      new RegExp(`^${name}: `),
    );
    expect(thrown(() => fn([[8], [8]], [[12], [12]], [[15], [15], [15]], '', ''))).toMatch(
      new RegExp(`^${name}: `),
    );
  });

  it.each(PERIOD)('%s: sor and sor_max with different column counts', (name) => {
    const fn = f[name] as (...a: unknown[]) => unknown;
    expect(thrown(() => fn([[8]], [[12, 10, 5]], [[15, 20]], 20, 25))).toMatch(
      new RegExp(`^${name}: sor_max`),
    );
  });

  it.each(PERIOD)('%s: a multi-column soch or soch_max', (name) => {
    const fn = f[name] as (...a: unknown[]) => unknown;
    expect(thrown(() => fn([[8]], [[12]], [[15]], [[20, 21]], 25))).toMatch(new RegExp(`^${name}: soch`));
    expect(thrown(() => fn([[8]], [[12]], [[15]], 20, [[25, 25]]))).toMatch(new RegExp(`^${name}: soch_max`));
  });

  it('KB_NEED: mismatched rows, columns and a multi-column soch_max', () => {
    const nine = [9, 8, 9, 8, 9];
    expect(thrown(() => f.KB_NEED([nine, nine], [[33], [33], [33]], [[40]], 25, 5))).toMatch(/^KB_NEED: /);
    expect(thrown(() => f.KB_NEED([nine], [[33, 1]], [[40]], 25, 5))).toMatch(/^KB_NEED: sor_max/);
    expect(thrown(() => f.KB_NEED([nine], [[33]], [[40]], [[25, 25]], 5))).toMatch(/^KB_NEED: soch_max/);
    expect(thrown(() => f.KB_NEED([nine], [[33]], [[40]], 25, [[5, 4]]))).toMatch(/^KB_NEED: target/);
  });

  it('KB_LEVEL: a max range that fits neither the scores nor one cell', () => {
    expect(thrown(() => f.KB_LEVEL([[1, 2, 3]], [[10, 20]]))).toMatch(/^KB_LEVEL: max/);
    expect(thrown(() => f.KB_LEVEL([[1], [2], [3]], [[10], [20]]))).toMatch(/^KB_LEVEL: max/);
  });

  it('the error message is readable text, not a code', () => {
    expect(thrown(() => f.KB_QUARTER([[8], [8], [8]], [[12], [12]], [[15]]))).toBe(
      'KB_QUARTER: sor: строк 2, а в fo — 3; у каждого ученика своя строка',
    );
  });
});
