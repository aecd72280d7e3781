import fc from 'fast-check';
import { computePeriod } from '../../src/core/period';
import { MEKTEP, pupil } from './fixtures';

/**
 * KZ-2020-MEKTEP against our own port of the mektep.edu.kz production code
 * (`Nazarbay24/api_mobile_mektep`, app/Repositories/TabelRepository.php, criterialTabel and
 * getFormativeMarks), on inputs inside the rules: ФО marks 1–10, every СОР written (Mektep
 * counts a missed one as 0 of its max), a СОЧ above 0 (Mektep gives no mark for 0).
 *
 * The port keeps PHP's arithmetic: doubles, and round() as PHP 5.3–8.3 do it — the value is first
 * pre-rounded to 15 significant digits (which absorbs the floating-point noise of a division),
 * then rounded half away from zero. number_format($x, 1) rounds the same way to one decimal.
 */
function phpRound(value: number, places = 0): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const f = 10 ** places;
  const scaled = Number((Number(value.toPrecision(15)) * f).toPrecision(15));
  return (Math.sign(scaled) * Math.floor(Math.abs(scaled) + 0.5)) / f;
}
const numberFormat1 = (x: number) => phpRound(x, 1);

interface MektepRow {
  fo: number[];
  sor: { score: number; max: number }[];
  soch?: { score: number; max: number };
}

/** TabelRepository::criterialTabel for one pupil: total_proc and grade. */
function mektepPort(row: MektepRow): { totalProc: number; grade: number } {
  const hasSoch = row.soch !== undefined;
  const w = hasSoch ? 0.25 : 0.5;
  // getFormativeMarks: strval(round(array_sum / count, 1)).
  const formative = phpRound(row.fo.reduce((a, b) => a + b, 0) / row.fo.length, 1);
  const formativeProc = phpRound(numberFormat1((formative / 10) * 100 * w));
  const sorTotal = row.sor.reduce((a, s) => a + s.score, 0);
  const sorMaxAll = row.sor.reduce((a, s) => a + s.max, 0);
  const sorProc = phpRound(numberFormat1((sorTotal / sorMaxAll) * 100 * w));
  let totalProc: number;
  if (row.soch) {
    const sochProc = phpRound(numberFormat1((row.soch.score / row.soch.max) * 100 * 0.5));
    totalProc = phpRound(numberFormat1(formativeProc + sorProc + sochProc));
  } else totalProc = phpRound(numberFormat1(formativeProc + sorProc));
  // $mark2 = range(0, 39) … $mark5 = range(85, 100), compared with in_array.
  const grade = totalProc >= 85 ? 5 : totalProc >= 65 ? 4 : totalProc >= 40 ? 3 : 2;
  return { totalProc, grade };
}

/** A score of a work: whole or half points, 0…max (the СОЧ from ½). */
const score = (max: number, min = 0) => fc.integer({ min: min * 2, max: max * 2 }).map((n) => n / 2);
const work = (min = 0) =>
  fc.integer({ min: 1, max: 40 }).chain((max) => score(max, min).map((s) => ({ score: s, max })));

const insideTheRules: fc.Arbitrary<MektepRow> = fc.record(
  {
    fo: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 40 }),
    // Up to three СОР a quarter; a half-year pools two quarters' works.
    sor: fc.array(work(), { minLength: 1, maxLength: 6 }),
    soch: work(0.5),
  },
  { requiredKeys: ['fo', 'sor'] },
);

const ours = (row: MektepRow) =>
  computePeriod(
    pupil(
      row.fo,
      row.sor.map((s) => s.score),
      row.sor.map((s) => s.max),
      row.soch?.score ?? '',
      row.soch?.max ?? '',
    ),
    MEKTEP,
  );

describe('KZ-2020-MEKTEP gives what the Mektep code gives', () => {
  it('the port reproduces the published example: ФО 7,7,7,8,7,10,9,8, СОР 36/40 → 85 → 5', () => {
    expect(mektepPort({ fo: [7, 7, 7, 8, 7, 10, 9, 8], sor: [{ score: 36, max: 40 }] })).toEqual({
      totalProc: 85,
      grade: 5,
    });
  });

  it('the same P and mark on 50,000 inputs inside the rules, with and without СОЧ', () => {
    let withSoch = 0;
    fc.assert(
      fc.property(insideTheRules, (row) => {
        const r = ours(row);
        const m = mektepPort(row);
        if (row.soch) withSoch++;
        expect(r.kind).toBe('mark');
        if (r.kind !== 'mark') return;
        expect([r.percent, r.mark]).toEqual([m.totalProc, m.grade]);
      }),
      { numRuns: 50_000 },
    );
    expect(withSoch).toBeGreaterThan(10_000);
  });

  it('every ФО count from 1 to 40 with every ФО sum, against one СОР', () => {
    for (let count = 1; count <= 40; count++) {
      for (let sum = count; sum <= count * 10; sum++) {
        const fo = Array.from(
          { length: count },
          (_, i) => Math.floor(sum / count) + (i < sum % count ? 1 : 0),
        );
        const row = { fo, sor: [{ score: 17, max: 20 }] };
        const r = ours(row);
        expect(r.kind === 'mark' && [r.percent, r.mark]).toEqual([
          mektepPort(row).totalProc,
          mektepPort(row).grade,
        ]);
      }
    }
  });
});
