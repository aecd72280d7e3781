import fc from 'fast-check';
import { Q } from '../../src/core/exact';
import { computePeriod } from '../../src/core/period';
import { markOf } from '../../src/core/scale';
import { kb } from '../gas/fixtures';
import { anyRules } from './arbitraries';
import { pupil } from './fixtures';

// Contract v2, "Exactness": every value is the decimal the cell shows, computed as fractions of
// those decimals; no 9-decimal snap, and what a function shows agrees with the mark it gives.

describe('Q, the exact decimal of a cell', () => {
  it.each([
    [0.1, '1/10'],
    [84.4999999995, '168999999999/2000000000'],
    [1e-7, '1/10000000'],
    [2.5e21, '2500000000000000000000/1'],
    [-0.75, '-3/4'],
    [40, '40/1'],
  ])('%d reads as %s', (x, fraction) => {
    const q = Q.of(x);
    expect(`${q.n}/${q.d}`).toBe(fraction);
    expect(q.toNumber()).toBe(x);
  });

  it('half up, never to even, at any number of decimals', () => {
    expect(Q.of(39.5).halfUp().toNumber()).toBe(40);
    expect(Q.of(84.4999999995).halfUp().toNumber()).toBe(84);
    expect(Q.of(20.625).halfUp(1).toNumber()).toBe(20.6);
    expect(Q.of(14.45).halfUp(1).toNumber()).toBe(14.5);
    expect(Q.of(2.5).halfUp().toNumber()).toBe(3);
  });
});

describe('exact marks where doubles and the old snap went wrong', () => {
  const { KB_DETAIL, KB_QUARTER, KB_MARK, KB_PERCENT } = kb();

  it('P 84.4999999995 is shown as it is, beside a «4» (not 84.5)', () => {
    expect(KB_DETAIL('', 84.4999999995, 100, '', '', 'KZ-2016')).toEqual([
      ['', 84.4999999995, '', 84.4999999995, 4],
    ]);
  });

  it('a P that the snap would have turned into x.5 stays below it: 84.4999999999 → 84 → 4', () => {
    expect(KB_QUARTER('', 84.4999999999, 100, '', '', 'KZ-2016')).toEqual([[4]]);
    expect(KB_QUARTER('', 84.5, 100, '', '', 'KZ-2016')).toEqual([[5]]);
  });

  it('an exact .5 still rounds up: ФО 5,6,6,6,6; СОР 10/30; СОЧ 10/30 is 39.5 → 40 → 3', () => {
    // In doubles this P is 39.49999999999999 (→ «2»).
    expect(0.25 * ((29 / 50) * 100) + 0.25 * ((10 / 30) * 100) + 0.5 * ((10 / 30) * 100)).toBeLessThan(39.5);
    expect(KB_PERCENT([[5, 6, 6, 6, 6]], [[10]], [[30]], 10, 30)).toEqual([[39.5]]);
    expect(KB_QUARTER([[5, 6, 6, 6, 6]], [[10]], [[30]], 10, 30)).toEqual([[3]]);
  });

  it('rounding none compares exactly: KB_MARK(84.999999999999) is 4', () => {
    expect(KB_MARK(84.999999999999, [['rounding', 'none']])).toEqual([[4]]);
    expect(KB_MARK(85, [['rounding', 'none']])).toEqual([[5]]);
  });

  it('a score a hair above its max is above it', () => {
    expect(String(KB_QUARTER([[8]], [[20.0000000001]], [[20]])[0][0])).toMatch(/^! СОР 1: /);
  });
});

/** A score with up to ten decimals, as a long pasted value looks. */
const longDecimal = (max: number) => fc.integer({ min: 0, max: max * 1e10 }).map((n) => n / 1e10);

describe('what is shown agrees with the mark, for any ruleset and any decimals', () => {
  it('KB_MARK of the shown P is the mark; in total mode the shown P rounds to the compared percent', () => {
    fc.assert(
      fc.property(
        anyRules,
        fc.array(
          fc.integer({ min: 10, max: 100 }).map((n) => n / 10),
          { minLength: 1, maxLength: 6 },
        ),
        fc
          .integer({ min: 1, max: 40 })
          .chain((max) => longDecimal(max).map((score) => [score, max] as const)),
        fc
          .integer({ min: 1, max: 40 })
          .chain((max) => longDecimal(max).map((score) => [score, max] as const)),
        (rules, fo, [sor, sorMax], [soch, sochMax]) => {
          const r = computePeriod(pupil(fo, [sor], [sorMax], soch, sochMax), rules);
          if (r.kind !== 'mark') return;
          expect(markOf(Q.of(r.percent), rules)).toBe(r.mark);
          if (rules.rounding === 'total') expect(Q.of(r.percent).halfUp().toNumber()).toBe(r.compared);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
