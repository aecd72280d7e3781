/**
 * Properties over random specifications and random filled grids: criterion points within the
 * criterion's max, the grid total (in a real formula engine) equal to what the journal receives and
 * to what readGrid reads, the levels and the full/partly/none counts partitioning the writers.
 */
import fc from 'fast-check';
import { parseCell } from '../../src/core/cells';
import {
  criteriaOf,
  criterionStats,
  pupilCriteria,
  readGrid,
  scoreGrid,
  specTotal,
  validateSpec,
  type WorkSpec,
} from '../../src/core/tasks';
import { pupilNames } from '../journal/fixtures';
import { gridBook } from './engine';

const OBJECTIVES = ['5.1.1.1', '6.5.2.1', '7.2.3'];

const specArb: fc.Arbitrary<WorkSpec> = fc
  .array(
    fc.record({
      objective: fc.constantFrom(...OBJECTIVES),
      points: fc.array(fc.constantFrom(0.5, 1, 1.5, 2, 3), { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((tasks) => ({
    format: 'kb-sheets/work-spec',
    version: 1,
    title: 'Работа',
    work: { kind: 'sor', index: 2 },
    tasks: tasks.map((t, i) => ({
      number: i + 1,
      criterion: `Критерий ${t.objective}`,
      objective: t.objective,
      descriptors: t.points.map((points, k) => ({ text: `Дескриптор ${k + 1}`, points })),
    })),
  }));

/** A descriptor cell for a descriptor worth `points`: mostly valid points, sometimes a code, a blank or a mistake. */
const cellArb = (points: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: points * 2 }).map((h) => h / 2) },
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.constantFrom('н', 'Н', 'осв', 'abs') },
    { weight: 1, arbitrary: fc.constantFrom(points + 1, -0.5, 'x', '1') },
  );

/** A row: typed cell by cell, or all empty (not written), or a code alone (absent/exempt). */
const rowArb = (spec: WorkSpec): fc.Arbitrary<unknown[]> => {
  const points = spec.tasks.flatMap((t) => t.descriptors.map((d) => d.points));
  return fc.oneof(
    { weight: 5, arbitrary: fc.tuple(...points.map(cellArb)) },
    { weight: 1, arbitrary: fc.constant(points.map(() => '')) },
    { weight: 1, arbitrary: fc.constantFrom('н', 'осв').map((c) => [c, ...points.slice(1).map(() => '')]) },
  );
};

const classArb = specArb.chain((spec) =>
  fc.tuple(fc.constant(spec), fc.array(rowArb(spec), { minLength: 1, maxLength: 8 })),
);

function valuesOf(spec: WorkSpec, rows: unknown[][]): unknown[][] {
  const layout = scoreGrid(spec, { pupils: pupilNames(rows.length) }, 'ru');
  const values: unknown[][] = layout.values.map((r) => [...r]);
  rows.forEach((cells, i) => cells.forEach((v, k) => (values[5 + i][2 + k] = v)));
  return values;
}

describe('properties', () => {
  test('random specifications are valid (the generator makes what it claims)', () => {
    fc.assert(
      fc.property(specArb, (spec) => validateSpec(spec).length === 0 && specTotal(spec) > 0),
      { numRuns: 300 },
    );
  });

  test('a pupil’s points on a criterion never exceed its max; levels and full/partly/none partition the writers', () => {
    fc.assert(
      fc.property(classArb, ([spec, rows]) => {
        const layout = scoreGrid(spec, { pupils: pupilNames(rows.length) }, 'ru');
        const read = readGrid(spec, layout.positions, valuesOf(spec, rows));
        const criteria = criteriaOf(spec);
        expect(criteria.reduce((s, c) => s + c.max, 0)).toBeCloseTo(specTotal(spec), 9);
        for (const pupil of read.pupils) {
          for (const r of pupilCriteria(spec, pupil)) {
            expect(r.points).toBeGreaterThanOrEqual(0);
            expect(r.points).toBeLessThanOrEqual(r.criterion.max);
          }
        }
        const writers = read.pupils.filter((p) => p.state === 'wrote').length;
        for (const s of criterionStats(spec, read.pupils)) {
          expect(s.writers).toBe(writers);
          expect(s.levels.high + s.levels.medium + s.levels.low).toBe(writers);
          expect(s.full + s.partly + s.none).toBe(writers);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('the grid total equals what the journal receives and what readGrid reads', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(classArb, ([spec, rows]) => {
        const names = pupilNames(rows.length);
        const book = gridBook(spec, names);
        const p = book.grid.positions;
        rows.forEach((cells, i) => book.mark(p.firstPupilRow + i, cells));
        const read = readGrid(spec, p, book.gridValues());
        read.pupils.forEach((pupil, i) => {
          seen.add(pupil.state);
          const total = book.gridValue(p.firstPupilRow + i, p.totalColumn);
          const journal = book.journalScore(i + 1);
          expect(journal).toEqual(total);
          if (pupil.state === 'wrote') expect(journal).toBeCloseTo(pupil.total!, 9);
          else if (pupil.state === 'empty') expect(journal).toBe('');
          else if (pupil.state !== 'invalid') expect(parseCell(journal).kind).toBe(pupil.state);
        });
      }),
      { numRuns: 300 },
    );
    // Every kind of row was met, so each branch above was exercised.
    expect([...seen].sort()).toEqual(['absent', 'empty', 'exempt', 'invalid', 'wrote']);
  });
});
