import { computeAnnual } from '../../src/core/annual';
import { countMarks, indicators } from '../../src/core/indicators';
import { computeNeed } from '../../src/core/need';
import type { PeriodInput } from '../../src/core/period';
import type { Ruleset } from '../../src/core/ruleset';
import { kb } from '../gas/fixtures';
import { KZ2016, KZ2020, MEKTEP, period, pupil, rules } from './fixtures';

// The contract's "Worked examples" table, row by row, through the core and through the custom functions.

interface PeriodExample {
  name: string;
  input: PeriodInput;
  rules: Ruleset;
  rulesArg?: unknown;
  /** ФО %, СОР %, СОЧ %, P, mark — "" for a component the period does not have. */
  detail: (number | '')[];
}

const nineEight = [9, 8, 9, 8, 9];
const fiveSix = [5, 6, 6, 6, 6];

const examples: PeriodExample[] = [
  {
    name: 'three components',
    input: pupil(nineEight, [33], [40], 21, 25),
    rules: KZ2020,
    detail: [86, 82.5, 84, 84.125, 4],
  },
  {
    name: 'three components under KZ-2020-MEKTEP',
    input: pupil(nineEight, [33], [40], 21, 25),
    rules: MEKTEP,
    rulesArg: 'KZ-2020-MEKTEP',
    detail: [86, 82.5, 84, 85, 5],
  },
  {
    name: '39.5 exactly is a 3',
    input: pupil(fiveSix, [10], [30], 10, 30),
    rules: KZ2020,
    detail: [58, 100 / 3, 100 / 3, 39.5, 3],
  },
  {
    name: '64.5 rounds up to 65',
    input: pupil(fiveSix, [10], [20], 15, 20),
    rules: KZ2020,
    detail: [58, 50, 75, 64.5, 4],
  },
  {
    name: 'pooled СОР',
    input: pupil([9], [5, 4], [5, 20], 19, 20),
    rules: KZ2020,
    detail: [90, 36, 95, 79, 4],
  },
  {
    name: 'mean СОР',
    input: pupil([9], [5, 4], [5, 20], 19, 20),
    rules: rules('KZ-2020', ['sor_mode', 'mean']),
    rulesArg: [['sor_mode', 'mean']],
    detail: [90, 60, 95, 85, 5],
  },
  { name: 'no СОЧ', input: pupil([8], [15], [20]), rules: KZ2020, detail: [80, 75, '', 77.5, 4] },
  {
    name: 'ФО 7,7,7,8,7,10,9,8 and СОР 36/40 without СОЧ',
    input: pupil([7, 7, 7, 8, 7, 10, 9, 8], [36], [40]),
    rules: KZ2020,
    detail: [78.75, 90, '', 84.375, 4],
  },
  {
    name: 'the same under KZ-2020-MEKTEP: ФО mean 7.875 → 7.9 → 39.5 → 40, СОР 45',
    input: pupil([7, 7, 7, 8, 7, 10, 9, 8], [36], [40]),
    rules: MEKTEP,
    rulesArg: 'KZ-2020-MEKTEP',
    detail: [79, 90, '', 85, 5],
  },
  {
    name: 'a missed СОР is excluded',
    input: pupil([8], [12, 'б'], [15, 20], 20, 25),
    rules: KZ2020,
    detail: [80, 80, 80, 80, 4],
  },
  {
    name: 'a СОЧ of 0 is a score',
    input: pupil([8], [12], [15], 0, 25),
    rules: KZ2020,
    detail: [80, 80, 0, 40, 3],
  },
  {
    name: 'KZ-2016 does not score ФО',
    input: pupil([], [24], [30], 15, 25),
    rules: KZ2016,
    rulesArg: 'KZ-2016',
    detail: ['', 80, 60, 70, 4],
  },
];

function expectDetail(actual: unknown[], want: (number | '')[]): void {
  expect(actual).toHaveLength(5);
  want.forEach((w, i) => (w === '' ? expect(actual[i]).toBe('') : expect(actual[i]).toBeCloseTo(w, 9)));
}

/** The same pupil as the custom functions receive it: one row per range. */
function args(e: PeriodExample): unknown[] {
  const { fo, sor, sorMax, soch, sochMax } = e.input;
  return [[fo], [sor], [sorMax], soch, sochMax, e.rulesArg];
}

describe('worked examples: period marks', () => {
  const { KB_DETAIL, KB_PERCENT, KB_QUARTER } = kb();

  it.each(examples.map((e) => [e.name, e] as const))('%s (core)', (_, e) => {
    const r = period(e.input, e.rules);
    if (r.kind !== 'mark') throw new Error(`expected a mark, got ${JSON.stringify(r)}`);
    const percentOf = (part: string) => r.parts.find((x) => x.part === part)?.percent ?? '';
    expectDetail([percentOf('fo'), percentOf('sor'), percentOf('soch'), r.percent, r.mark], e.detail);
    // P is exact once snapped: 39.5, not 39.49999999999999.
    expect(r.percent).toBe(e.detail[3]);
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s (KB_QUARTER, KB_PERCENT, KB_DETAIL)', (_, e) => {
    const [, , , p, mark] = e.detail;
    const a = args(e) as Parameters<typeof KB_DETAIL>;
    expect(KB_QUARTER(...a)).toEqual([[mark]]);
    expect(KB_PERCENT(...a)).toEqual([[p]]);
    expectDetail(KB_DETAIL(...a)[0], e.detail);
  });

  it('a СОЧ written as «н» of 25 is not attested', () => {
    const input = pupil([8], [12], [15], 'н', 25);
    expect(period(input)).toEqual({ kind: 'na', reason: 'soch' });
    expect(KB_QUARTER([[8]], [[12]], [[15]], 'н', 25)).toEqual([['н/а']]);
  });
});

describe('worked examples: annual marks', () => {
  const rows = [
    [[4, 3, 4, 5], 4],
    [[4, 5, 5, 4], 5],
    [[3, 4, 3, 4], 4],
    [[4, 'н/а', 5, 5], 'н/а'],
  ] as const;

  it.each(rows)('%j → %s', (marks, want) => {
    const r = computeAnnual(marks);
    if (want === 'н/а') expect(r).toEqual({ kind: 'na', reason: 'period' });
    else expect(r).toMatchObject({ kind: 'mark', mark: want });
  });

  it('KB_ANNUAL over the four pupils at once', () => {
    expect(kb().KB_ANNUAL(rows.map(([marks]) => [...marks]))).toEqual(rows.map(([, want]) => [want]));
  });
});

describe('worked example: indicators of 1×5, 7×4, 6×3', () => {
  const marks = [[5], ...Array.from({ length: 7 }, () => [4]), ...Array.from({ length: 6 }, () => [3])];

  it('core', () => {
    const s = indicators(countMarks(marks));
    expect(s).toMatchObject({ n: 14, n5: 1, n4: 7, n3: 6, n2: 0, na: 0, success: 100 });
    expect(s.quality).toBeCloseTo((8 / 14) * 100, 9);
    expect(s.sou).toBeCloseTo((100 + 7 * 64 + 6 * 36) / 14, 9);
    expect(s.mean).toBeCloseTo((5 + 28 + 18) / 14, 9);
    // The contract's figures, truncated: 57.142…, 54.571…, 3.642….
    expect(Math.floor(s.quality! * 1000)).toBe(57142);
    expect(Math.floor(s.sou! * 1000)).toBe(54571);
    expect(Math.floor(s.mean! * 1000)).toBe(3642);
  });

  it('KB_STATS, KB_SUCCESS, KB_QUALITY, KB_SOU', () => {
    const f = kb();
    const [row] = f.KB_STATS(marks);
    expect(row.slice(0, 7)).toEqual([14, 1, 7, 6, 0, 0, 100]);
    expect(row[7]).toBeCloseTo(800 / 14, 9);
    expect(row[8]).toBeCloseTo(764 / 14, 9);
    expect(row[9]).toBeCloseTo(51 / 14, 9);
    expect(f.KB_SUCCESS(marks)).toBe(100);
    expect(f.KB_QUALITY(marks)).toBeCloseTo(800 / 14, 9);
    expect(f.KB_SOU(marks)).toBeCloseTo(764 / 14, 9);
  });
});

describe('worked example: KB_NEED', () => {
  it('ФО 9,8,9,8,9; СОР 33/40; СОЧ max 25; target 5 → 22', () => {
    expect(computeNeed(pupil(nineEight, [33], [40], undefined, 25), 5, KZ2020)).toEqual({
      kind: 'score',
      score: 22,
    });
    expect(kb().KB_NEED([nineEight], [[33]], [[40]], 25, 5)).toEqual([[22]]);
  });
});
