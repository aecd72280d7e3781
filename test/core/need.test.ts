import { computeNeed } from '../../src/core/need';
import type { Mark } from '../../src/core/scale';
import { kb, thrown } from '../gas/fixtures';
import { KZ2016, KZ2020, MEKTEP, markOrKind, period, pupil } from './fixtures';

// KB_NEED: the smallest whole СОЧ score that gives at least the target mark.

const nineEight = [9, 8, 9, 8, 9];

describe('computeNeed', () => {
  it.each([
    [5, 22],
    [4, 12],
    [3, 0],
    [2, 0],
  ] as const)('ФО 9,8,9,8,9; СОР 33/40; СОЧ of 25; target %d → %d', (target, score) => {
    const input = pupil(nineEight, [33], [40], undefined, 25);
    expect(computeNeed(input, target, KZ2020)).toEqual({ kind: 'score', score });
    // The answer reaches the target and one point less does not.
    expect(markOrKind(period({ ...input, soch: score }))).toBeGreaterThanOrEqual(target);
    if (score > 0) expect(markOrKind(period({ ...input, soch: score - 1 }))).toBeLessThan(target);
  });

  it('the ruleset decides: under KZ-2020-MEKTEP a 5 needs less', () => {
    // 22 + 21 + 2q ≥ 85 → q ≥ 21.
    expect(computeNeed(pupil(nineEight, [33], [40], undefined, 25), 5, MEKTEP)).toEqual({
      kind: 'score',
      score: 21,
    });
  });

  it('KZ-2016 ignores ФО: СОР 24/30 needs 23/25 for a 5 (40 + 2q ≥ 84.5)', () => {
    expect(computeNeed(pupil([], [24], [30], undefined, 25), 5, KZ2016)).toEqual({
      kind: 'score',
      score: 23,
    });
  });

  it('unreachable when even a full СОЧ falls short', () => {
    expect(computeNeed(pupil([3], [3], [40], undefined, 25), 5, KZ2020)).toEqual({ kind: 'unreachable' });
    // 2.5 + 0 + 50 = 52.5 at best: a 3, never a 4.
    expect(computeNeed(pupil([1], [0], [40], undefined, 25), 4, KZ2020)).toEqual({ kind: 'unreachable' });
    expect(computeNeed(pupil([1], [0], [40], undefined, 25), 3, KZ2020)).toEqual({
      kind: 'score',
      score: 19,
    });
  });

  it('a full СОЧ that just reaches the target is the answer', () => {
    // 15 + 23.75 + 5q ≥ 84.5 → q ≥ 9.15 → 10 of 10.
    expect(computeNeed(pupil([6], [38], [40], undefined, 10), 5, KZ2020)).toEqual({
      kind: 'score',
      score: 10,
    });
  });

  it('0 when any score does', () => {
    expect(computeNeed(pupil([10], [40], [40], undefined, 25), 3, KZ2020)).toEqual({
      kind: 'score',
      score: 0,
    });
  });

  it('a fractional max allows whole scores only up to it', () => {
    // 38.75 + 50·q/M ≥ 84.5: of 10.5, q = 10 does (9 gives 81.6); of 10.95, 10 gives 84.41 and only 10.95 would.
    expect(computeNeed(pupil([6], [38], [40], undefined, 10.5), 5, KZ2020)).toEqual({
      kind: 'score',
      score: 10,
    });
    expect(computeNeed(pupil([6], [38], [40], undefined, 10.95), 5, KZ2020)).toEqual({ kind: 'unreachable' });
  });

  it.each([
    ['empty row', pupil(['', ''], [''], [40], undefined, 25), { kind: 'empty' }],
    ['exempt', pupil([8], ['осв'], [40], undefined, 25), { kind: 'exempt' }],
    ['only an excused lesson: nothing entered', pupil(['осв'], [''], [40], undefined, 25), { kind: 'empty' }],
    ['every СОР missed', pupil([8], ['б'], [40], undefined, 25), { kind: 'na', reason: 'sor' }],
    [
      'invalid ФО',
      pupil([11], [30], [40], undefined, 25),
      { kind: 'invalid', problem: { code: 'foOutOfScale' } },
    ],
    [
      'invalid СОР',
      pupil([8], [41], [40], undefined, 25),
      { kind: 'invalid', problem: { code: 'scoreAboveMax' } },
    ],
    [
      'no СОЧ max',
      pupil([8], [30], [40], undefined, ''),
      { kind: 'invalid', problem: { code: 'sochMaxMissing' } },
    ],
    [
      'СОЧ max not positive',
      pupil([8], [30], [40], undefined, 0),
      { kind: 'invalid', problem: { code: 'badMax' } },
    ],
    [
      'СОЧ max text',
      pupil([8], [30], [40], undefined, 'двадцать'),
      { kind: 'invalid', problem: { code: 'badMax' } },
    ],
  ])('%s', (_, input, outcome) => {
    expect(computeNeed(input, 4 as Mark, KZ2020)).toMatchObject(outcome);
  });
});

describe('KB_NEED', () => {
  const { KB_NEED } = kb();

  it('a class with one target: scores, unreachable and outcomes side by side', () => {
    expect(
      KB_NEED([nineEight, [3], [8], [8], [11], ['']], [[33], [3], ['осв'], ['б'], [30], ['']], [[40]], 25, 5),
    ).toEqual([[22], ['недостижимо'], ['осв'], ['н/а'], [expect.stringMatching(/^! ФО 1: /)], ['']]);
  });

  it('unreachable in each language', () => {
    const args = [[[3]], [[3]], [[40]], 25, 5] as const;
    expect(KB_NEED(...args, [['lang', 'ru']])).toEqual([['недостижимо']]);
    expect(KB_NEED(...args, [['lang', 'kk']])).toEqual([['мүмкін емес']]);
    expect(KB_NEED(...args, [['lang', 'en']])).toEqual([['unreachable']]);
  });

  it('one target per pupil', () => {
    expect(KB_NEED([nineEight, nineEight], [[33], [33]], [[40]], 25, [[5], [4]])).toEqual([[22], [12]]);
  });

  it('each target of one pupil, one row each (pupil rows never broadcast)', () => {
    expect(
      KB_NEED([nineEight, nineEight, nineEight], [[33], [33], [33]], [[40]], 25, [[3], [4], [5]]),
    ).toEqual([[0], [12], [22]]);
  });

  it('a column of targets beside one pupil row is a call-level error that names target', () => {
    expect(thrown(() => KB_NEED([nineEight], [[33]], [[40]], 25, [[3], [4], [5]]))).toMatch(
      /^KB_NEED: target: /,
    );
  });

  it.each([
    ['a target of 6', 6, '«6»'],
    ['a target of 1', 1, '«1»'],
    ['a fractional target', 4.5, '«4.5»'],
    ['a text target', 'отлично', '«отлично»'],
  ])("%s is that row's problem, not the whole call's", (_, target, shown) => {
    const out = KB_NEED([nineEight, nineEight], [[33], [33]], [[40]], 25, [[target], [5]]) as unknown[][];
    expect(out[0][0]).toMatch(/^! target: /);
    expect(out[0][0]).toContain(shown);
    expect(out[1]).toEqual([22]);
  });

  it('an empty target leaves that pupil empty', () => {
    expect(KB_NEED([nineEight, nineEight], [[33], [33]], [[40]], 25, [[''], [4]])).toEqual([[''], [12]]);
  });

  it('a missing target is a call-level error', () => {
    expect(thrown(() => KB_NEED([nineEight], [[33]], [[40]], 25, undefined))).toMatch(/^KB_NEED: .*target/);
  });

  it('a target with a row count other than 1 or the pupils is a call-level error', () => {
    expect(
      thrown(() => KB_NEED([nineEight, nineEight, nineEight], [[33], [33], [33]], [[40]], 25, [[5], [4]])),
    ).toMatch(/^KB_NEED: target/);
  });
});
