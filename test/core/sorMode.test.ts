import { KZ2016, KZ2020, period, pupil, rules } from './fixtures';

// СОР %: pooled Σp/Σm (default) or the mean of each work's percentage.

const mean = rules('KZ-2020', ['sor_mode', 'mean']);

function sorPercent(r: ReturnType<typeof period>): number | undefined {
  return r.kind === 'mark' ? r.parts.find((p) => p.part === 'sor')?.percent : undefined;
}

describe('СОР modes', () => {
  it('pooled: (5 + 4) / (5 + 20) = 36 %', () => {
    expect(sorPercent(period(pupil([9], [5, 4], [5, 20], 19, 20), KZ2020))).toBe(36);
  });

  it('mean: (100 % + 20 %) / 2 = 60 %', () => {
    expect(sorPercent(period(pupil([9], [5, 4], [5, 20], 19, 20), mean))).toBe(60);
  });

  it('the modes agree when every work has the same max', () => {
    const input = pupil([9], [7, 4, 9], [10, 10, 10], 19, 20);
    expect(sorPercent(period(input, KZ2020))).toBe(sorPercent(period(input, mean)));
  });

  it('mean over the works written: a missed work is left out of the mean, not a 0', () => {
    expect(sorPercent(period(pupil([9], [5, 'нб', 4], [5, 10, 20], 19, 20), mean))).toBe(60);
  });

  it('mean with one work is that work', () => {
    expect(sorPercent(period(pupil([9], [3], [4], 19, 20), mean))).toBe(75);
  });

  it('a mode override keeps the base weights (KZ-2016, mean)', () => {
    const r = period(pupil([], [5, 4], [5, 20], 15, 25), rules('KZ-2016', ['sor_mode', 'mean']));
    expect(r).toMatchObject({ kind: 'mark', percent: 60 });
    expect(period(pupil([], [5, 4], [5, 20], 15, 25), KZ2016)).toMatchObject({ kind: 'mark', percent: 48 });
  });
});
