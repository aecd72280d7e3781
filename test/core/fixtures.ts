import { computePeriod, type PeriodInput, type PeriodResult } from '../../src/core/period';
import { preset, resolveRuleset, type Ruleset } from '../../src/core/ruleset';

export const KZ2020 = preset('KZ-2020');
export const KZ2016 = preset('KZ-2016');
export const MEKTEP = preset('KZ-2020-MEKTEP');
export const PRESET_NAMES = ['KZ-2020', 'KZ-2016', 'KZ-2020-MEKTEP'] as const;

/** A preset with key|value overrides, the way a KB_RULES range gives them. */
export function rules(base: string, ...overrides: [string, unknown][]): Ruleset {
  return resolveRuleset([['base', base], ...overrides]);
}

/** One pupil's period: ФО marks, СОР scores with their maxima, and an optional СОЧ. */
export function pupil(
  fo: unknown[],
  sor: unknown[],
  sorMax: unknown[],
  soch?: unknown,
  sochMax?: unknown,
): PeriodInput {
  return { fo, sor, sorMax, soch, sochMax };
}

export function period(input: PeriodInput, r: Ruleset = KZ2020): PeriodResult {
  return computePeriod(input, r);
}

/** The mark of a row, or the outcome kind when it has none. */
export function markOrKind(r: PeriodResult): number | string {
  return r.kind === 'mark' ? r.mark : r.kind;
}
