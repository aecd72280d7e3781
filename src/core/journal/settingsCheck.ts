import { CallError } from '../errors';
import { LANGS, MESSAGES, renderProblem, type Lang } from '../i18n';
import { PRESETS, resolveRuleset, type Ruleset } from '../ruleset';
import type { RulesChoice, Settings } from '../settings';
import { TEXTS } from '../texts';
import {
  fieldProblem,
  isRecord,
  renderFieldProblem,
  showValue,
  unknownKeys,
  type FieldProblem,
} from './fieldProblems';

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export const SETTINGS_LIMITS = { schoolName: 200, minFoMarks: 60 } as const;

type CustomKey = keyof NonNullable<RulesChoice['custom']>;
const NUMBER_KEYS: readonly CustomKey[] = [
  'w_fo',
  'w_sor',
  'w_soch',
  'w_fo_nosoch',
  'w_sor_nosoch',
  'fo_max',
  't3',
  't4',
  't5',
];
const CHOICE_KEYS: readonly CustomKey[] = ['sor_mode', 'rounding', 'final'];
const SETTINGS_KEYS: readonly (keyof Settings)[] = [
  'lang',
  'rules',
  'schoolName',
  'schoolYear',
  'minFoMarks',
];

/**
 * Settings as the sidebar sends them, checked field by field (errors listed like a template's,
 * with their paths), tidied: names trimmed, the preset name canonical, the school year «2026-2027».
 * Custom rules are checked by the same code the KB_ functions run (resolveRuleset), so a ruleset
 * saved here never makes every formula fail.
 */
export function validateSettings(x: unknown, requested: Lang): SettingsCheck {
  const lang: Lang = LANGS.includes(requested) ? requested : 'ru'; // the caller may pass the unchecked input's
  const t = TEXTS.of(lang);
  const problems: FieldProblem[] = [];
  const render = (extra: string[] = []) => ({
    ok: false as const,
    errors: [...problems.map((p) => renderFieldProblem(t, p)), ...extra],
  });
  if (!isRecord(x)) {
    problems.push(fieldProblem('', 'wrongType', 'object', showValue(x)));
    return render();
  }
  problems.push(...unknownKeys(x, SETTINGS_KEYS, ''));
  for (const key of SETTINGS_KEYS) if (!(key in x)) problems.push(fieldProblem(key, 'missing'));

  if ('lang' in x && !(typeof x.lang === 'string' && (LANGS as readonly string[]).includes(x.lang))) {
    problems.push(fieldProblem('lang', 'oneOf', showValue(x.lang), LANGS.join(', ')));
  }
  const schoolName = text(x, 'schoolName', problems);
  if (schoolName !== undefined && schoolName.length > SETTINGS_LIMITS.schoolName) {
    problems.push(fieldProblem('schoolName', 'tooLong', schoolName.length, SETTINGS_LIMITS.schoolName));
  }
  const yearText = text(x, 'schoolYear', problems);
  const schoolYear = yearText === undefined ? undefined : schoolYearOf(yearText);
  if (yearText !== undefined && schoolYear === undefined)
    problems.push(fieldProblem('schoolYear', 'schoolYear', yearText));
  if ('minFoMarks' in x) {
    const v = x.minFoMarks;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > SETTINGS_LIMITS.minFoMarks) {
      problems.push(fieldProblem('minFoMarks', 'integerRange', showValue(v), 0, SETTINGS_LIMITS.minFoMarks));
    }
  }
  const rules = 'rules' in x ? rulesChoice(x.rules, problems) : undefined;

  if (problems.length > 0 || !rules) return render();
  const ruleError = rulesError(rules, lang);
  if (ruleError) return render([`rules: ${ruleError}`]);
  return {
    ok: true,
    settings: {
      lang: x.lang as Lang,
      rules,
      schoolName: schoolName ?? '',
      schoolYear: schoolYear ?? '',
      minFoMarks: x.minFoMarks as number,
    },
  };
}

/** «2026-2027», «2026–2027», «2026/2027» → «2026-2027»; empty stays empty; anything else undefined. */
export function schoolYearOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const m = /^(\d{4})\s*[-–—/]\s*(\d{4})$/.exec(trimmed);
  return m && Number(m[2]) === Number(m[1]) + 1 ? `${m[1]}-${m[2]}` : undefined;
}

/** The ruleset a choice stands for (the KB_RULES block's values), or the reason it has none. */
export function rulesetOf(choice: RulesChoice): Ruleset {
  return resolveRuleset([['base', choice.base], ...Object.entries(choice.custom ?? {})]);
}

/**
 * The ruleset the school's journals compute with (the KB_RULES block): the chosen rules in the
 * add-on's language, and `held | class`, so generated journals show running marks mid-period.
 */
export function journalRulesetOf(settings: Settings): Ruleset {
  return { ...rulesetOf(settings.rules), lang: settings.lang, held: 'class' };
}

function rulesError(choice: RulesChoice, lang: Lang): string | undefined {
  try {
    rulesetOf(choice);
    return undefined;
  } catch (e) {
    if (e instanceof CallError) return renderProblem(MESSAGES[lang], e.problem);
    throw e;
  }
}

function text(x: Record<string, unknown>, key: string, problems: FieldProblem[]): string | undefined {
  if (!(key in x)) return undefined;
  if (typeof x[key] !== 'string') {
    problems.push(fieldProblem(key, 'wrongType', 'string', showValue(x[key])));
    return undefined;
  }
  return (x[key] as string).replace(/\s+/g, ' ').trim();
}

function rulesChoice(raw: unknown, problems: FieldProblem[]): RulesChoice | undefined {
  if (!isRecord(raw)) {
    problems.push(fieldProblem('rules', 'wrongType', 'object', showValue(raw)));
    return undefined;
  }
  const before = problems.length;
  problems.push(...unknownKeys(raw, ['base', 'custom'], 'rules'));
  let base: string | undefined;
  if (!('base' in raw)) problems.push(fieldProblem('rules.base', 'missing'));
  else if (typeof raw.base !== 'string' || !PRESETS[raw.base.trim().toUpperCase()]) {
    problems.push(fieldProblem('rules.base', 'oneOf', showValue(raw.base), Object.keys(PRESETS).join(', ')));
  } else base = PRESETS[raw.base.trim().toUpperCase()].name;

  const custom: Record<string, number | string> = {};
  if ('custom' in raw && raw.custom !== undefined) {
    if (!isRecord(raw.custom))
      problems.push(fieldProblem('rules.custom', 'wrongType', 'object', showValue(raw.custom)));
    else {
      problems.push(...unknownKeys(raw.custom, [...NUMBER_KEYS, ...CHOICE_KEYS], 'rules.custom'));
      for (const [key, v] of Object.entries(raw.custom)) {
        const path = `rules.custom.${key}`;
        if ((NUMBER_KEYS as readonly string[]).includes(key)) {
          if (typeof v === 'number' && Number.isFinite(v)) custom[key] = v;
          else problems.push(fieldProblem(path, 'wrongType', 'number', showValue(v)));
        } else if ((CHOICE_KEYS as readonly string[]).includes(key)) {
          if (typeof v === 'string') custom[key] = v.trim().toLowerCase();
          else problems.push(fieldProblem(path, 'wrongType', 'string', showValue(v)));
        }
      }
    }
  }
  if (problems.length > before || base === undefined) return undefined;
  return Object.keys(custom).length > 0 ? { base, custom: custom as RulesChoice['custom'] } : { base };
}
