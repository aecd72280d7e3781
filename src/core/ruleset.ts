import { showRaw } from './cells';
import { callError } from './errors';
import { LANGS, type Lang } from './i18n';
import { Q, sumQ } from './exact';

export type SorMode = 'pooled' | 'mean';
export type Rounding = 'total' | 'components' | 'mektep' | 'none';
/** When a work counts as held: its max is set (`max`), or also the class has written it (`class`). */
export type HeldRule = 'max' | 'class';
/** How a final mark combines the annual and the exam mark; no national formula, so no default. */
export type FinalRule = 'mean' | 'exam' | 'annual';

/** Everything that decides a mark. Data, never constants in code: the rules change by decree. */
export interface Ruleset {
  name: string;
  /** Weights in percent when the period has a СОЧ. */
  withSoch: { fo: number; sor: number; soch: number };
  /** Weights in percent when it has none (1-hour subjects, half-years). */
  withoutSoch: { fo: number; sor: number };
  foMax: number;
  sorMode: SorMode;
  rounding: Rounding;
  /** Lowest rounded percentages for marks 3, 4 and 5. */
  thresholds: { t3: number; t4: number; t5: number };
  held: HeldRule;
  final?: FinalRule;
  lang?: Lang;
  /** The school years a named ruleset is in force: from the year that starts `from` (2020 = 2020–21) to the one that starts `to`. */
  inForce?: { from: number; to?: number };
}

const KZ_2020: Ruleset = {
  name: 'KZ-2020',
  withSoch: { fo: 25, sor: 25, soch: 50 },
  withoutSoch: { fo: 50, sor: 50 },
  foMax: 10,
  sorMode: 'pooled',
  rounding: 'total',
  thresholds: { t3: 40, t4: 65, t5: 85 },
  held: 'max',
  inForce: { from: 2020 },
};

export const PRESETS: Readonly<Record<string, Ruleset>> = {
  'KZ-2020': KZ_2020,
  // 2016–2020: formative work was not scored.
  'KZ-2016': {
    ...KZ_2020,
    name: 'KZ-2016',
    withSoch: { fo: 0, sor: 50, soch: 50 },
    withoutSoch: { fo: 0, sor: 100 },
    inForce: { from: 2016, to: 2019 },
  },
  // The KZ-2020 rules as the mektep.edu.kz journal computes them (rounding `mektep`).
  'KZ-2020-MEKTEP': { ...KZ_2020, name: 'KZ-2020-MEKTEP', rounding: 'mektep' },
};

export const DEFAULT_RULESET = KZ_2020;

/** Whether a ruleset is the one in force in the school year that starts in `yearStart` (2026 = 2026–27). */
export function inForceIn(r: Ruleset, yearStart: number): boolean {
  if (!r.inForce) return true;
  return yearStart >= r.inForce.from && (r.inForce.to === undefined || yearStart <= r.inForce.to);
}

/** «2016-2017 – 2019-2020», «2020-2021 –»: the years a ruleset is in force, for a message. */
export function inForceText(r: Ruleset): string {
  if (!r.inForce) return '';
  const year = (start: number) => `${start}-${start + 1}`;
  return `${year(r.inForce.from)} – ${r.inForce.to === undefined ? '' : year(r.inForce.to)}`.trim();
}

export const RULE_KEYS = [
  'base',
  'w_fo',
  'w_sor',
  'w_soch',
  'w_fo_nosoch',
  'w_sor_nosoch',
  'fo_max',
  'sor_mode',
  'rounding',
  't3',
  't4',
  't5',
  'lang',
  'held',
  'final',
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

const SOR_MODES: readonly SorMode[] = ['pooled', 'mean'];
const ROUNDINGS: readonly Rounding[] = ['total', 'components', 'mektep', 'none'];
const HELD_RULES: readonly HeldRule[] = ['max', 'class'];
export const FINAL_RULES: readonly FinalRule[] = ['mean', 'exam', 'annual'];

/**
 * The `rules` argument: omitted → KZ-2020; a name → that preset; a 2-column key|value range →
 * the `base` preset with the overrides applied and validated. Throws CallError on anything else.
 */
export function resolveRuleset(arg: unknown): Ruleset {
  if (arg === undefined || arg === null || arg === '') return DEFAULT_RULESET;
  if (Array.isArray(arg)) {
    const rows = arg as unknown[][];
    if (rows.length === 1 && rows[0].length === 1) return resolveRuleset(rows[0][0]);
    return applyOverrides(readPairs(rows));
  }
  return preset(arg);
}

export function preset(name: unknown): Ruleset {
  const key = String(name).trim().toUpperCase();
  const found = PRESETS[key];
  if (!found) throw callError('unknownRuleset', showRaw(name), Object.keys(PRESETS).join(', '));
  return found;
}

function readPairs(rows: unknown[][]): Map<RuleKey, unknown> {
  const pairs = new Map<RuleKey, unknown>();
  for (const row of rows) {
    if (row.length !== 2) throw callError('rulesShape', String(row.length));
    const [rawKey, value] = row;
    const key = String(rawKey ?? '')
      .trim()
      .toLowerCase();
    if (key === '') continue; // blank separator rows in a settings block
    if (!(RULE_KEYS as readonly string[]).includes(key)) {
      throw callError('unknownRuleKey', showRaw(rawKey), RULE_KEYS.join(', '));
    }
    if (pairs.has(key as RuleKey)) throw callError('duplicateRuleKey', key);
    pairs.set(key as RuleKey, value);
  }
  return pairs;
}

function applyOverrides(pairs: Map<RuleKey, unknown>): Ruleset {
  const base = pairs.has('base') && !isBlank(pairs.get('base')) ? preset(pairs.get('base')) : DEFAULT_RULESET;
  const num = (key: RuleKey, fallback: number, min: number, max: number): number => {
    if (!pairs.has(key) || isBlank(pairs.get(key))) return fallback;
    const raw = pairs.get(key);
    const value = typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.'));
    if (!Number.isFinite(value) || value < min || value > max || String(raw).trim() === '') {
      throw callError('ruleNumber', key, showRaw(raw), String(min), String(max));
    }
    return value;
  };
  const choice = <T extends string>(key: RuleKey, fallback: T, choices: readonly T[]): T => {
    if (!pairs.has(key) || isBlank(pairs.get(key))) return fallback;
    const raw = pairs.get(key);
    const value = String(raw).trim().toLowerCase() as T;
    if (!choices.includes(value)) throw callError('ruleChoice', key, showRaw(raw), choices.join(' | '));
    return value;
  };

  const withSoch = {
    fo: num('w_fo', base.withSoch.fo, 0, 100),
    sor: num('w_sor', base.withSoch.sor, 0, 100),
    soch: num('w_soch', base.withSoch.soch, 0, 100),
  };
  const withoutSoch = {
    fo: num('w_fo_nosoch', base.withoutSoch.fo, 0, 100),
    sor: num('w_sor_nosoch', base.withoutSoch.sor, 0, 100),
  };
  requireHundred('w_fo + w_sor + w_soch', [withSoch.fo, withSoch.sor, withSoch.soch]);
  requireHundred('w_fo_nosoch + w_sor_nosoch', [withoutSoch.fo, withoutSoch.sor]);

  const thresholds = {
    t3: num('t3', base.thresholds.t3, 0, 100),
    t4: num('t4', base.thresholds.t4, 0, 100),
    t5: num('t5', base.thresholds.t5, 0, 100),
  };
  if (!(thresholds.t3 < thresholds.t4 && thresholds.t4 < thresholds.t5)) {
    throw callError('thresholdsOrder', thresholds.t3, thresholds.t4, thresholds.t5);
  }
  const optional = <T extends string>(key: RuleKey, choices: readonly T[], fallback?: T): T | undefined =>
    pairs.has(key) && !isBlank(pairs.get(key)) ? choice<T>(key, choices[0], choices) : fallback;
  const lang = optional<Lang>('lang', LANGS, base.lang);
  const final = optional<FinalRule>('final', FINAL_RULES, base.final);

  return {
    name: pairs.size === 1 && pairs.has('base') ? base.name : `${base.name}*`,
    withSoch,
    withoutSoch,
    // ФО marks run 1…fo_max, so a scale below 1 holds no mark.
    foMax: num('fo_max', base.foMax, 1, 1000),
    sorMode: choice('sor_mode', base.sorMode, SOR_MODES),
    rounding: choice('rounding', base.rounding, ROUNDINGS),
    thresholds,
    held: choice('held', base.held, HELD_RULES),
    ...(base.inForce ? { inForce: base.inForce } : {}),
    ...(final ? { final } : {}),
    ...(lang ? { lang } : {}),
  };
}

function requireHundred(keys: string, weights: number[]): void {
  const sum = sumQ(weights.map(Q.of));
  if (sum.cmp(Q.int(100)) !== 0) throw callError('weightsSum', keys, sum.toNumber());
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || String(v).trim() === '';
}

/** The ruleset as key|value rows, the shape of the KB_RULES block on a settings sheet. */
export function rulesetPairs(r: Ruleset, base: string): [RuleKey, string | number][] {
  return [
    ['base', base],
    ['w_fo', r.withSoch.fo],
    ['w_sor', r.withSoch.sor],
    ['w_soch', r.withSoch.soch],
    ['w_fo_nosoch', r.withoutSoch.fo],
    ['w_sor_nosoch', r.withoutSoch.sor],
    ['fo_max', r.foMax],
    ['sor_mode', r.sorMode],
    ['rounding', r.rounding],
    ['t3', r.thresholds.t3],
    ['t4', r.thresholds.t4],
    ['t5', r.thresholds.t5],
    ['lang', r.lang ?? ''],
    ['held', r.held],
    ['final', r.final ?? ''],
  ];
}
