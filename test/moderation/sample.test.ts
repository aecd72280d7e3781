import fc from 'fast-check';
import { mulberry32, seedOf } from '../../src/core/moderation/random';
import { sample } from '../../src/core/moderation/sample';
import type { ModerationSubject } from '../../src/core/moderation/types';
import type { Mark } from '../../src/core/scale';
import { moderationSubjects } from '../../src/core/moderation/subjects';
import { classSnapshot } from './journals';

/** A work written in journal row `row` at `level` (sampling reads nothing else). */
const subject = (row: number, level: Mark): ModerationSubject => ({
  pupil: `Pupil ${row}`,
  row,
  column: 16,
  a1: `P${row}`,
  score: level,
  max: 5,
  quarter: level,
  level,
  input: { fo: [], sor: [], sorMax: [] },
});

/** A class: distinct rows from 5 on, each with a level. */
const klass = fc.array(fc.constantFrom<Mark>(5, 4, 3, 2), { minLength: 1, maxLength: 40 }).chain((levels) =>
  fc
    .shuffledSubarray(
      Array.from({ length: 60 }, (_, i) => i + 5),
      { minLength: levels.length, maxLength: levels.length },
    )
    .map((rows) => rows.map((row, i) => subject(row, levels[i]))),
);
const seed = fc.integer({ min: 0, max: 0xffffffff });
const rows = (xs: ModerationSubject[]) => xs.map((s) => s.row);

describe('per level', () => {
  test('at most n per level, every level present represented, only pupils who wrote, in row order', () => {
    fc.assert(
      fc.property(klass, fc.integer({ min: 1, max: 5 }), seed, (subjects, n, s) => {
        const picked = sample(subjects, { kind: 'perLevel', n }, s);
        const rowsOf = new Set(rows(subjects));
        expect(picked.every((p) => rowsOf.has(p.row))).toBe(true);
        expect(new Set(rows(picked)).size).toBe(picked.length);
        expect(rows(picked)).toEqual([...rows(picked)].sort((a, b) => a - b));
        for (const level of [5, 4, 3, 2]) {
          const inLevel = subjects.filter((x) => x.level === level).length;
          expect(picked.filter((p) => p.level === level).length).toBe(Math.min(n, inLevel));
        }
      }),
    );
  });

  test('the default rule on a real class: one work of each level 5, 4, 3 and 2', () => {
    const found = moderationSubjects(classSnapshot(), { kind: 'soch' });
    if (!found.ok) throw new Error(found.reason);
    const picked = sample(found.subjects, { kind: 'perLevel', n: 1 }, 42);
    expect(picked.map((p) => p.level).sort()).toEqual([2, 3, 4, 5]);
    expect(picked.find((p) => p.level === 2)?.pupil).toBe('Сериков Алихан'); // the only 2
  });

  test('a level changing elsewhere does not change the pick within another level', () => {
    fc.assert(
      fc.property(klass, seed, (subjects, s) => {
        const more = [...subjects, subject(100, 2), subject(101, 2)];
        const fives = (xs: ModerationSubject[]) =>
          rows(sample(xs, { kind: 'perLevel', n: 2 }, s).filter((p) => p.level === 5));
        expect(fives(more)).toEqual(fives(subjects));
      }),
    );
  });
});

describe('share', () => {
  test('round-half-up(percent × count) pupils, at least one, all distinct, all wrote', () => {
    fc.assert(
      fc.property(klass, fc.integer({ min: 1, max: 100 }), seed, (subjects, percent, s) => {
        const picked = sample(subjects, { kind: 'share', percent }, s);
        // Whole percents: percent × count / 100 rounded half up is (percent × count + 50) div 100.
        const expected = Math.max(1, Math.floor((percent * subjects.length + 50) / 100));
        expect(picked.length).toBe(expected);
        expect(new Set(rows(picked)).size).toBe(expected);
        const rowsOf = new Set(rows(subjects));
        expect(picked.every((p) => rowsOf.has(p.row))).toBe(true);
      }),
    );
  });

  test('25 % of 10 is 3 (2.5 rounded up), 1 % of 10 is still 1, 100 % is everyone', () => {
    const ten = Array.from({ length: 10 }, (_, i) => subject(i + 5, 4));
    expect(sample(ten, { kind: 'share', percent: 25 }, 1)).toHaveLength(3);
    expect(sample(ten, { kind: 'share', percent: 1 }, 1)).toHaveLength(1);
    expect(rows(sample(ten, { kind: 'share', percent: 100 }, 1))).toEqual(rows(ten));
    expect(sample([], { kind: 'share', percent: 50 }, 1)).toEqual([]);
  });
});

describe('reproducible', () => {
  test('the same seed gives the same sample, whatever order the pupils come in', () => {
    fc.assert(
      fc.property(
        klass.chain((subjects) =>
          fc.tuple(fc.constant(subjects), fc.shuffledSubarray(subjects, { minLength: subjects.length })),
        ),
        fc.oneof(
          fc.integer({ min: 1, max: 3 }).map((n) => ({ kind: 'perLevel' as const, n })),
          fc.integer({ min: 1, max: 100 }).map((percent) => ({ kind: 'share' as const, percent })),
        ),
        seed,
        ([subjects, shuffled], rule, s) => {
          expect(rows(sample(shuffled, rule, s))).toEqual(rows(sample(subjects, rule, s)));
        },
      ),
    );
  });

  test('different seeds draw different samples, and every pupil of a level can be drawn', () => {
    const klass30 = Array.from({ length: 30 }, (_, i) => subject(i + 5, ([5, 4, 3, 2] as const)[i % 4]));
    const drawn = new Set<string>();
    const picked = new Set<number>();
    for (let s = 0; s < 200; s++) {
      const p = sample(klass30, { kind: 'perLevel', n: 1 }, s);
      drawn.add(rows(p).join(','));
      p.forEach((x) => picked.add(x.row));
    }
    expect(drawn.size).toBeGreaterThan(100);
    expect(picked.size).toBe(30);
  });

  test('mulberry32 is in [0, 1) and repeats from its seed; seedOf is stable text → number', () => {
    const a = mulberry32(seedOf('M-2025-03-14'));
    const b = mulberry32(seedOf('M-2025-03-14'));
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(seedOf('a')).not.toBe(seedOf('b'));
    expect(seedOf('')).toBe(0x811c9dc5); // FNV-1a offset basis
  });
});

test('a rule that cannot be drawn is refused', () => {
  const one = [subject(5, 5)];
  for (const rule of [
    { kind: 'perLevel' as const, n: 0 },
    { kind: 'perLevel' as const, n: 1.5 },
    { kind: 'share' as const, percent: 0 },
    { kind: 'share' as const, percent: 120 },
    { kind: 'share' as const, percent: NaN },
  ]) {
    expect(() => sample(one, rule, 1)).toThrow(RangeError);
  }
});
