import fc from 'fast-check';
import type { PeriodInput } from '../../src/core/period';
import { resolveRuleset, type Ruleset } from '../../src/core/ruleset';
import { Q, type ExactRow, type ExactWork } from './exact';

/** The three presets under both СОР modes: the rulesets every property must hold for. */
export const presetRules: fc.Arbitrary<Ruleset> = fc
  .tuple(fc.constantFrom('KZ-2020', 'KZ-2016', 'KZ-2020-MEKTEP'), fc.constantFrom('pooled', 'mean'))
  .map(([base, mode]) =>
    resolveRuleset([
      ['base', base],
      ['sor_mode', mode],
    ]),
  );

/**
 * Any valid ruleset with whole-number weights and thresholds. (Fractional weights under
 * `components` rounding can round every part up past its weight: 24.5 + 25.5 + 50 → 101.)
 */
export const anyRules: fc.Arbitrary<Ruleset> = fc
  .record({
    base: fc.constantFrom('KZ-2020', 'KZ-2016', 'KZ-2020-MEKTEP'),
    fo: fc.integer({ min: 0, max: 100 }),
    sor: fc.integer({ min: 0, max: 100 }),
    foNoSoch: fc.integer({ min: 0, max: 100 }),
    sorMode: fc.constantFrom('pooled', 'mean'),
    rounding: fc.constantFrom('total', 'components', 'mektep', 'none'),
    t: fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
  })
  .filter((r) => r.fo + r.sor <= 100)
  .map((r) => {
    const [t3, t4, t5] = [...r.t].sort((a, b) => a - b);
    return resolveRuleset([
      ['base', r.base],
      ['w_fo', r.fo],
      ['w_sor', r.sor],
      ['w_soch', 100 - r.fo - r.sor],
      ['w_fo_nosoch', r.foNoSoch],
      ['w_sor_nosoch', 100 - r.foNoSoch],
      ['sor_mode', r.sorMode],
      ['rounding', r.rounding],
      ['t3', t3],
      ['t4', t4],
      ['t5', t5],
    ]);
  });

/**
 * A rational n/d between lo and hi, d one of `dens`: how decimals typed in a sheet look. Often the
 * top of the range, so that full marks and 100 % (where off-by-one bugs live) come up.
 */
const rational = (lo: number, hi: number, dens: number[]): fc.Arbitrary<Q> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(...dens)
        .chain((d) => fc.integer({ min: lo * d, max: hi * d }).map((n) => Q.of(n, d))),
    },
    { weight: 1, arbitrary: fc.constant(Q.of(hi)) },
  );

/** A ФО mark 1–10, whole or with one decimal (7.5, 8.3). */
export const foMark = rational(1, 10, [1, 1, 2, 10]);

/** A written work: a whole max, a score from 0 to it (halves and tenths too). */
export const work: fc.Arbitrary<ExactWork> = fc
  .integer({ min: 1, max: 40 })
  .chain((max) => rational(0, max, [1, 1, 2, 10]).map((score) => ({ score, max: Q.of(max) })));

/** A row every ruleset marks: ФО marks, at least one СОР written, maybe a СОЧ. */
export const validRow: fc.Arbitrary<ExactRow> = rowOf(8, 4);

/** A short valid row: its scores are all at their maxima often enough to reach 100 %. */
export const shortRow: fc.Arbitrary<ExactRow> = rowOf(3, 2);

function rowOf(maxFo: number, maxSor: number): fc.Arbitrary<ExactRow> {
  return fc.record(
    {
      fo: fc.array(foMark, { minLength: 1, maxLength: maxFo }),
      sor: fc.array(work, { minLength: 1, maxLength: maxSor }),
      soch: work,
    },
    { requiredKeys: ['fo', 'sor'] },
  );
}

/** Works the pupil missed: their maxima, written down with an absence code. */
export const missed = fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 2 });

/** The row as a sheet holds it, with missed lessons and works among the marks. */
export function sheetRow(row: ExactRow, missedMax: number[] = [], missedFo = 0): PeriodInput {
  return {
    fo: [...row.fo.map((x) => x.toNumber()), ...Array<string>(missedFo).fill('н')],
    sor: [...row.sor.map((w) => w.score.toNumber()), ...missedMax.map(() => 'б')],
    sorMax: [...row.sor.map((w) => w.max.toNumber()), ...missedMax],
    soch: row.soch?.score.toNumber(),
    sochMax: row.soch?.max.toNumber(),
  };
}

/** Anything a teacher may type in a score cell: numbers, codes, text, blanks. */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -2, max: 45 }) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 0, max: 120 }).map((n) => (n / 10).toFixed(1).replace('.', ',')),
  },
  { weight: 3, arbitrary: fc.constant('') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('н', 'б', 'нб', 'abs', '—', 'осв', 'бос', 'н/а', 'abc', '#N/A', true),
  },
);

/** A max cell: mostly a whole max, sometimes empty (work not held), rarely wrong. */
export const anyMax: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 40 }) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom(0, 'x', -5) },
);
