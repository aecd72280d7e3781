import { Q as Decimal } from '../../src/core/exact';
import fc from 'fast-check';
import { computeNeed } from '../../src/core/need';
import { computePeriod } from '../../src/core/period';
import { markOf, type Mark } from '../../src/core/scale';
import { kb } from '../gas/fixtures';
import {
  anyCell,
  anyMax,
  anyRules,
  foMark,
  missed,
  presetRules,
  sheetRow,
  shortRow,
  validRow,
  work,
} from './arbitraries';
import { exactPeriod, Q, type ExactRow } from './exact';
import { KZ2020 } from './fixtures';

const RUNS = { numRuns: 1000 };

describe('properties of the period mark', () => {
  it('a mark is always 2–5 and P always within 0–100', () => {
    fc.assert(
      fc.property(anyRules, validRow, missed, (rules, row, missedMax) => {
        const r = computePeriod(sheetRow(row, missedMax, 1), rules);
        expect(r.kind).toBe('mark');
        if (r.kind !== 'mark') return;
        expect([2, 3, 4, 5]).toContain(r.mark);
        expect(r.percent).toBeGreaterThanOrEqual(0);
        expect(r.percent).toBeLessThanOrEqual(100);
        for (const p of r.parts) {
          expect(p.percent).toBeGreaterThanOrEqual(0);
          expect(p.percent).toBeLessThanOrEqual(100);
        }
      }),
      RUNS,
    );
  });

  it('KB_MARK of any percentage 0–100 is 2–5', () => {
    fc.assert(
      fc.property(anyRules, fc.double({ min: 0, max: 100, noNaN: true }), (rules, p) => {
        expect([2, 3, 4, 5]).toContain(markOf(Decimal.of(p), rules));
      }),
      RUNS,
    );
  });

  it('whatever is typed, a row is a mark 2–5 with P in 0–100, or an outcome', () => {
    const { KB_DETAIL } = kb();
    fc.assert(
      fc.property(
        fc.array(anyCell, { maxLength: 5 }),
        fc.array(fc.tuple(anyCell, anyMax), { maxLength: 3 }),
        anyCell,
        anyMax,
        (fo, sor, soch, sochMax) => {
          const [row] = KB_DETAIL([fo], [sor.map((s) => s[0])], [sor.map((s) => s[1])], soch, sochMax);
          const mark = row[4];
          if (typeof mark === 'number') {
            expect([2, 3, 4, 5]).toContain(mark);
            expect(row[3]).toBeGreaterThanOrEqual(0);
            expect(row[3]).toBeLessThanOrEqual(100);
          } else {
            expect(['', 'осв', 'н/а'].includes(mark) || mark.startsWith('! ')).toBe(true);
            expect(row.slice(0, 4)).toEqual(['', '', '', '']);
          }
        },
      ),
      RUNS,
    );
  });
});

/** A row with one score raised towards its maximum: a ФО mark, a СОР score or the СОЧ. */
const raised = (row: ExactRow, which: number, step: number): ExactRow => {
  // Raise by step/4 of the room left, so every raise stays a valid score.
  const up = (x: Q, limit: Q) => x.add(limit.add(x.mul(Q.of(-1))).mul(Q.of(step, 4)));
  const slots = row.fo.length + row.sor.length + (row.soch ? 1 : 0);
  const i = which % slots;
  if (i < row.fo.length) return { ...row, fo: row.fo.map((x, j) => (j === i ? up(x, Q.of(10)) : x)) };
  const s = i - row.fo.length;
  if (s < row.sor.length) {
    return { ...row, sor: row.sor.map((w, j) => (j === s ? { ...w, score: up(w.score, w.max) } : w)) };
  }
  return { ...row, soch: { ...row.soch!, score: up(row.soch!.score, row.soch!.max) } };
};

describe('monotonicity', () => {
  it('raising any single score (ФО mark, a СОР score, the СОЧ) never lowers the mark, for every preset and СОР mode', () => {
    fc.assert(
      fc.property(
        presetRules,
        fc.oneof(validRow, shortRow),
        missed,
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        (rules, row, missedMax, which, step) => {
          const before = computePeriod(sheetRow(row, missedMax), rules);
          const after = computePeriod(sheetRow(raised(row, which, step), missedMax), rules);
          if (before.kind !== 'mark' || after.kind !== 'mark') throw new Error('a valid row must be marked');
          expect(after.mark).toBeGreaterThanOrEqual(before.mark);
          expect(after.percent).toBeGreaterThanOrEqual(before.percent);
        },
      ),
      RUNS,
    );
  });
});

describe('whole-class calls', () => {
  const { KB_DETAIL, KB_EXPLAIN } = kb();
  const pupilRow = (sorCols: number) =>
    fc.record({
      fo: fc.array(anyCell, { minLength: 3, maxLength: 3 }),
      sor: fc.array(anyCell, { minLength: sorCols, maxLength: sorCols }),
      sorMax: fc.array(anyMax, { minLength: sorCols, maxLength: sorCols }),
      soch: anyCell,
      sochMax: anyMax,
    });
  const klass = fc.integer({ min: 1, max: 3 }).chain((cols) =>
    fc.record({
      pupils: fc.array(pupilRow(cols), { minLength: 1, maxLength: 8 }),
      perPupilMax: fc.boolean(),
      hasSoch: fc.boolean(),
      rules: fc.constantFrom(undefined, 'KZ-2016', 'KZ-2020-MEKTEP', [['sor_mode', 'mean']]),
    }),
  );

  it('a whole-class KB_DETAIL call equals the row-by-row calls', () => {
    fc.assert(
      fc.property(klass, ({ pupils, perPupilMax, hasSoch, rules }) => {
        // One max row for the class (the first pupil's), or one per pupil.
        const maxOf = (i: number) => (perPupilMax ? pupils[i] : pupils[0]);
        const sorMax = perPupilMax ? pupils.map((p) => p.sorMax) : [pupils[0].sorMax];
        const sochMax = perPupilMax ? pupils.map((p) => [p.sochMax]) : [[pupils[0].sochMax]];
        const soch = hasSoch ? pupils.map((p) => [p.soch]) : undefined;
        const whole = KB_DETAIL(
          pupils.map((p) => p.fo),
          pupils.map((p) => p.sor),
          sorMax,
          soch,
          hasSoch ? sochMax : undefined,
          rules,
        );
        const single = pupils.map(
          (p, i) =>
            KB_DETAIL(
              [p.fo],
              [p.sor],
              [maxOf(i).sorMax],
              hasSoch ? p.soch : undefined,
              hasSoch ? maxOf(i).sochMax : undefined,
              rules,
            )[0],
        );
        expect(whole).toEqual(single);
      }),
      RUNS,
    );
  });

  it('the order of ФО columns does not matter', () => {
    const foCells = fc.array(
      fc.oneof(
        { weight: 4, arbitrary: foMark.map((x) => x.toNumber()) },
        { weight: 1, arbitrary: fc.constantFrom('', 'н', 'ж') },
      ),
      { minLength: 1, maxLength: 10 },
    );
    const shuffled = foCells.chain((fo) =>
      fc.tuple(fc.constant(fo), fc.shuffledSubarray(fo, { minLength: fo.length, maxLength: fo.length })),
    );
    fc.assert(
      fc.property(
        shuffled,
        validRow,
        fc.constantFrom('KZ-2020', 'KZ-2016', 'KZ-2020-MEKTEP'),
        fc.constantFrom('pooled', 'mean'),
        ([fo, reordered], row, base, mode) => {
          const r = sheetRow(row);
          const rules = [
            ['base', base],
            ['sor_mode', mode],
          ];
          const args = (cells: unknown[]) =>
            [[cells], [r.sor], [r.sorMax], r.soch, r.sochMax, rules] as const;
          expect(KB_DETAIL(...args(reordered))).toEqual(KB_DETAIL(...args(fo)));
          expect(KB_EXPLAIN(...args(reordered))).toEqual(KB_EXPLAIN(...args(fo)));
        },
      ),
      RUNS,
    );
  });
});

describe('no floating-point noise', () => {
  it('the mark equals the exact rational computation, for any ruleset', () => {
    fc.assert(
      fc.property(anyRules, validRow, (rules, row) => {
        const r = computePeriod(sheetRow(row), rules);
        const exact = exactPeriod(row, rules);
        if (r.kind !== 'mark') throw new Error('a valid row must be marked');
        expect(r.mark).toBe(exact.mark);
        expect(Math.abs(r.percent - exact.percent.toNumber())).toBeLessThan(1e-9);
      }),
      RUNS,
    );
  });

  it('a P of exactly x.5 built from thirds and fifths rounds half up', () => {
    // ФО: five marks of odd sum F → 2.5·F/5 = F/2, an x.5; СОР a/3 and СОЧ b/3 of their maxima with
    // a + 2b ≡ 0 (mod 3) → 25·a/3 + 50·b/3 is whole. So P = F/2 + whole is exactly x.5, yet in doubles
    // the thirds leave noise (ФО 5,6,6,6,6; СОР 10/30; СОЧ 10/30 gives 39.49999999999999).
    const thirds = fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
      .filter(([a, b]) => (a + 2 * b) % 3 === 0);
    const oddFo = fc
      .array(fc.integer({ min: 1, max: 10 }), { minLength: 5, maxLength: 5 })
      .filter((fo) => fo.reduce((s, x) => s + x, 0) % 2 === 1);
    fc.assert(
      fc.property(
        oddFo,
        thirds,
        fc.integer({ min: 1, max: 13 }),
        fc.integer({ min: 1, max: 13 }),
        (fo, [a, b], k, j) => {
          const row: ExactRow = {
            fo: fo.map((x) => Q.of(x)),
            sor: [{ score: Q.of(a * k), max: Q.of(3 * k) }],
            soch: { score: Q.of(b * j), max: Q.of(3 * j) },
          };
          const exact = exactPeriod(row, KZ2020);
          expect(exact.percent.mul(Q.of(2)).d).toBe(1n); // exactly x.5 …
          expect(exact.percent.d).toBe(2n);
          const r = computePeriod(sheetRow(row), KZ2020);
          if (r.kind !== 'mark') throw new Error('a valid row must be marked');
          expect(r.percent).toBe(exact.percent.toNumber()); // … shown as x.5, not x.4999…
          expect(r.compared).toBe(exact.percent.halfUp().toNumber());
          expect(r.mark).toBe(exact.mark);
        },
      ),
      RUNS,
    );
  });
});

describe('KB_NEED', () => {
  it('the answer is minimal: one point less misses the target, the answer reaches it', () => {
    const noSoch = validRow.map((row) => ({ ...row, soch: undefined }));
    fc.assert(
      fc.property(
        presetRules,
        noSoch,
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom<Mark>(2, 3, 4, 5),
        (rules, row, sochMax, target) => {
          const input = { ...sheetRow(row), sochMax };
          const markWith = (soch: number) => {
            const r = computePeriod({ ...input, soch }, rules);
            if (r.kind !== 'mark') throw new Error('a valid row must be marked');
            return r.mark;
          };
          const need = computeNeed(input, target, rules);
          if (need.kind === 'unreachable') {
            expect(markWith(sochMax)).toBeLessThan(target);
            return;
          }
          if (need.kind !== 'score') throw new Error(`unexpected ${need.kind}`);
          expect(Number.isInteger(need.score)).toBe(true);
          expect(need.score).toBeGreaterThanOrEqual(0);
          expect(need.score).toBeLessThanOrEqual(sochMax);
          expect(markWith(need.score)).toBeGreaterThanOrEqual(target);
          if (need.score > 0) expect(markWith(need.score - 1)).toBeLessThan(target);
        },
      ),
      RUNS,
    );
  });
});

// Keeps the arbitraries honest: a written work is never above its max.
it('generated works stay within their maxima', () => {
  fc.assert(
    fc.property(work, (w) => {
      expect(w.max.gte(w.score)).toBe(true);
      expect(w.score.gte(Q.of(0))).toBe(true);
    }),
    RUNS,
  );
});
