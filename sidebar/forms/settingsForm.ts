/**
 * The settings form as strings (what the inputs hold) ↔ Settings. A custom ruleset is saved as
 * the keys that differ from its base preset, so a later change of the preset by decree still
 * reaches every key the school did not override.
 */
import type { Lang } from '../../src/core/i18n/messages';
import {
  DEFAULT_RULESET,
  PRESETS,
  type FinalRule,
  type Rounding,
  type Ruleset,
  type SorMode,
} from '../../src/core/ruleset';
import type { RulesChoice, Settings } from '../../src/core/settings';
import { invalid, type Errors } from './invalid';
import { readNumber } from './numbers';

export const CUSTOM = 'custom';

export const WEIGHT_KEYS = ['w_fo', 'w_sor', 'w_soch', 'w_fo_nosoch', 'w_sor_nosoch'] as const;
export const THRESHOLD_KEYS = ['t3', 't4', 't5'] as const;
type NumberKey = (typeof WEIGHT_KEYS)[number] | (typeof THRESHOLD_KEYS)[number] | 'fo_max';
/** The keys a custom ruleset overrides; `final` is chosen for every ruleset, apart from them. */
type CustomRules = Omit<NonNullable<RulesChoice['custom']>, 'final'>;

export interface SettingsDraft extends Record<NumberKey, string> {
  lang: Lang;
  /** A preset name, or CUSTOM. */
  ruleset: string;
  /** The preset a custom ruleset starts from. */
  base: string;
  sor_mode: SorMode;
  rounding: Rounding;
  /** '' while the school has not chosen (KB_FINAL then asks for it). */
  final: FinalRule | '';
  schoolName: string;
  schoolYear: string;
  minFoMarks: string;
}

/** Inputs, and the groups whose error is about several inputs together. */
export type SettingsField = keyof SettingsDraft | 'weightsWithSoch' | 'weightsWithoutSoch' | 'thresholds';

function presetRules(name: string): Ruleset {
  return PRESETS[name] ?? DEFAULT_RULESET;
}

function rulesValues(r: Ruleset): Required<CustomRules> {
  return {
    w_fo: r.withSoch.fo,
    w_sor: r.withSoch.sor,
    w_soch: r.withSoch.soch,
    w_fo_nosoch: r.withoutSoch.fo,
    w_sor_nosoch: r.withoutSoch.sor,
    fo_max: r.foMax,
    sor_mode: r.sorMode,
    rounding: r.rounding,
    t3: r.thresholds.t3,
    t4: r.thresholds.t4,
    t5: r.thresholds.t5,
  };
}

/** The custom fields showing `base` with `custom` applied. */
export function rulesDraft(
  base: string,
  custom: CustomRules = {},
): Pick<SettingsDraft, NumberKey | 'sor_mode' | 'rounding'> {
  const v = { ...rulesValues(presetRules(base)), ...custom };
  return {
    w_fo: String(v.w_fo),
    w_sor: String(v.w_sor),
    w_soch: String(v.w_soch),
    w_fo_nosoch: String(v.w_fo_nosoch),
    w_sor_nosoch: String(v.w_sor_nosoch),
    fo_max: String(v.fo_max),
    t3: String(v.t3),
    t4: String(v.t4),
    t5: String(v.t5),
    sor_mode: v.sor_mode,
    rounding: v.rounding,
  };
}

export function draftOfSettings(s: Settings): SettingsDraft {
  const { final = '', ...overridden } = s.rules.custom ?? {};
  const custom = Object.keys(overridden).length > 0 ? overridden : undefined;
  return {
    lang: s.lang,
    ruleset: custom ? CUSTOM : s.rules.base,
    base: s.rules.base,
    ...rulesDraft(s.rules.base, custom),
    final,
    schoolName: s.schoolName,
    schoolYear: s.schoolYear,
    minFoMarks: String(s.minFoMarks),
  };
}

const SCHOOL_YEAR = /^(\d{4})\s*[-–/]\s*(\d{4})$/;

export function settingsOfDraft(d: SettingsDraft): { settings?: Settings; errors: Errors<SettingsField> } {
  const errors: Errors<SettingsField> = {};
  const num = (key: NumberKey | 'minFoMarks', min: number, max: number, whole = false): number => {
    const r = readNumber(d[key], min, max, whole);
    if (r.error) errors[key] = r.error;
    return r.value ?? NaN;
  };

  let rules: RulesChoice = { base: d.ruleset };
  if (d.ruleset === CUSTOM) {
    const w = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, num(k, 0, 100)])) as Record<
      (typeof WEIGHT_KEYS)[number],
      number
    >;
    const t = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, num(k, 0, 100)])) as Record<
      (typeof THRESHOLD_KEYS)[number],
      number
    >;
    const foMax = num('fo_max', 1, 1000);
    sumsTo100(errors, 'weightsWithSoch', [w.w_fo, w.w_sor, w.w_soch]);
    sumsTo100(errors, 'weightsWithoutSoch', [w.w_fo_nosoch, w.w_sor_nosoch]);
    if (THRESHOLD_KEYS.every((k) => !errors[k]) && !(t.t3 < t.t4 && t.t4 < t.t5))
      errors.thresholds = invalid('thresholdsOrder');
    const chosen: Required<CustomRules> = {
      ...w,
      ...t,
      fo_max: foMax,
      sor_mode: d.sor_mode,
      rounding: d.rounding,
    };
    rules = { base: d.base, ...overrides(chosen, rulesValues(presetRules(d.base))) };
  }

  if (d.final !== '') rules = { ...rules, custom: { ...rules.custom, final: d.final } };

  const minFoMarks = num('minFoMarks', 0, 60, true);
  const schoolYear = d.schoolYear.trim();
  const year = SCHOOL_YEAR.exec(schoolYear);
  if (schoolYear !== '' && (!year || Number(year[2]) !== Number(year[1]) + 1))
    errors.schoolYear = invalid('schoolYear');

  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    settings: {
      lang: d.lang,
      rules,
      schoolName: d.schoolName.trim(),
      schoolYear: year ? `${year[1]}-${year[2]}` : '',
      minFoMarks,
    },
  };
}

function sumsTo100(errors: Errors<SettingsField>, group: SettingsField, weights: number[]): void {
  if (weights.some((w) => Number.isNaN(w))) return;
  const sum = Math.round(weights.reduce((a, b) => a + b, 0) * 1e9) / 1e9;
  if (sum !== 100) errors[group] = invalid('weightsSum', String(sum));
}

/** Only what differs from the base preset; nothing at all makes it the plain preset. */
function overrides(chosen: Required<CustomRules>, base: Required<CustomRules>): { custom?: CustomRules } {
  const custom: Record<string, unknown> = {};
  for (const key of Object.keys(chosen) as (keyof CustomRules)[]) {
    if (chosen[key] !== base[key]) custom[key] = chosen[key];
  }
  return Object.keys(custom).length > 0 ? { custom: custom as CustomRules } : {};
}
