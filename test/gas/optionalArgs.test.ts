import { kb } from './fixtures';

// Contract, "Optional arguments": undefined, null and "" all mean omitted.

const f = kb();
const OMITTED = [undefined, null, ''] as const;

describe('omitted arguments', () => {
  it.each(OMITTED)('soch and soch_max as %j: a period without СОЧ', (none) => {
    expect(f.KB_DETAIL([[8]], [[15]], [[20]], none, none)).toEqual([[80, 75, '', 77.5, 4]]);
    expect(f.KB_EXPLAIN([[8]], [[15]], [[20]], none, none)).toEqual(f.KB_EXPLAIN([[8]], [[15]], [[20]]));
  });

  it.each(OMITTED)('rules as %j: KZ-2020', (none) => {
    const args = [[[9, 8, 9, 8, 9]], [[33]], [[40]], 21, 25] as const;
    expect(f.KB_PERCENT(...args, none)).toEqual([[84.125]]);
    expect(f.KB_NEED(args[0], args[1], args[2], 25, 5, none)).toEqual([[22]]);
    expect(f.KB_MARK(84.5, none)).toEqual([[5]]);
    expect(f.KB_LEVEL(17, 20, none)).toEqual([['высокий']]);
    expect(f.KB_ANNUAL([[4, 5, 5, 4]], none)).toEqual([[5]]);
    expect(f.KB_STATS([[5, 4]], none)).toEqual(f.KB_STATS([[5, 4]]));
  });

  it.each(OMITTED)('fo as %j under KZ-2016 (ФО not scored)', (none) => {
    expect(f.KB_QUARTER(none, [[24]], [[30]], 15, 25, 'KZ-2016')).toEqual([[4]]);
  });

  it.each(OMITTED)(
    'an empty ruleset argument passed positionally (=KB_QUARTER(…,,,"KZ-2016")) as %j',
    (none) => {
      expect(f.KB_QUARTER([['']], [[24]], [[30]], none, none, 'KZ-2016')).toEqual([[4]]);
    },
  );

  it('all three spellings give the same result for every period function', () => {
    for (const name of ['KB_QUARTER', 'KB_PERCENT', 'KB_DETAIL', 'KB_EXPLAIN'] as const) {
      const fn = f[name] as (...a: unknown[]) => unknown;
      const results = OMITTED.map((none) => fn([[9, 8]], [[12, 'б']], [[15, 20]], none, none, none));
      expect(results[1]).toEqual(results[0]);
      expect(results[2]).toEqual(results[0]);
    }
  });

  it('an empty array (an empty range) is omitted too', () => {
    expect(f.KB_QUARTER([[8]], [[15]], [[20]], [], [])).toEqual([[4]]);
  });
});
