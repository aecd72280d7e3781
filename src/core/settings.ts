import type { Lang } from './i18n';
import type { FinalRule, Rounding, SorMode } from './ruleset';

/** A preset ruleset, or custom values on top of a base preset (keys as in the contract). */
export interface RulesChoice {
  base: string;
  /** Overrides: only keys of the contract's `rules` range; empty for a plain preset. */
  custom?: {
    w_fo?: number;
    w_sor?: number;
    w_soch?: number;
    w_fo_nosoch?: number;
    w_sor_nosoch?: number;
    fo_max?: number;
    sor_mode?: SorMode;
    rounding?: Rounding;
    t3?: number;
    t4?: number;
    t5?: number;
    /** Exam years: how the final mark combines the annual and the exam mark. */
    final?: FinalRule;
  };
}

/** The school's settings: document properties and the settings sheet hold the same. */
export interface Settings {
  lang: Lang;
  rules: RulesChoice;
  schoolName: string;
  /** e.g. "2026-2027". */
  schoolYear: string;
  /** Check journals: fewer formative marks than this is reported. */
  minFoMarks: number;
}

export const DEFAULT_SETTINGS: Settings = {
  lang: 'ru',
  rules: { base: 'KZ-2020' },
  schoolName: '',
  schoolYear: '',
  minFoMarks: 3,
};
