import { LANGS, type Lang } from '../i18n';
import { PRESETS, RULE_KEYS, resolveRuleset, rulesetPairs, type RuleKey, type Ruleset } from '../ruleset';
import type { RulesChoice, Settings } from '../settings';
import { sheetText } from '../sheetText';
import { TEXTS, textsOf } from '../texts';
import { rangeA1 } from './a1';
import { rulesetOf, validateSettings, type SettingsCheck } from './settingsCheck';

export { validateSettings, type SettingsCheck } from './settingsCheck';

export interface SettingsSheetLayout {
  /** Two columns, from A1: labels and values, then the ruleset block. */
  values: (string | number)[][];
  /** The ruleset block (key | value rows), which the gas layer names KB_RULES. */
  rulesA1: string;
  /** The block's heading and the title, for bold. */
  bold: string[];
  /** Cells holding user text (the school's name, the year), already through sheetText. */
  textRanges: string[];
}

const RULES_FIRST_ROW = 9;

/**
 * The settings sheet: title, school, year, language, the check's ФО minimum, then under a heading
 * the full ruleset as `rulesetPairs` key | value rows. The block's `lang` is the add-on's language,
 * so the KB_ functions' texts (н/а, осв, «!» messages) match the journals' headers.
 */
export function settingsSheetLayout(settings: Settings, lang: Lang): SettingsSheetLayout {
  const t = textsOf(lang).settings;
  const pairs = rulesetPairs({ ...rulesetOf(settings.rules), lang: settings.lang }, settings.rules.base);
  const values: (string | number)[][] = [
    [t.title, ''],
    ['', ''],
    [t.schoolName, sheetText(settings.schoolName)],
    [t.schoolYear, sheetText(settings.schoolYear)],
    [t.lang, settings.lang],
    [t.minFoMarks, settings.minFoMarks],
    ['', ''],
    [t.rulesHeading, t.rulesNote],
    ...pairs.map(([key, value]): (string | number)[] => [key, value]),
  ];
  const last = RULES_FIRST_ROW + pairs.length - 1;
  return {
    values,
    rulesA1: rangeA1(RULES_FIRST_ROW, 1, last, 2),
    bold: ['A1', `A${RULES_FIRST_ROW - 1}`],
    textRanges: ['B3:B4'],
  };
}

type Field = 'schoolName' | 'schoolYear' | 'lang' | 'minFoMarks';
const FIELDS: readonly Field[] = ['schoolName', 'schoolYear', 'lang', 'minFoMarks'];

/**
 * Reads a settings sheet back (its getValues). Rows are found by their label in any language and
 * the ruleset by its keys, so inserted rows or a sheet written in another language still read.
 * The ruleset block becomes a preset plus the values that differ from it.
 */
export function settingsFromSheet(values: readonly (readonly unknown[])[], lang?: Lang): SettingsCheck {
  const labelled = new Map<Field, unknown>();
  const pairs: [string, unknown][] = [];
  for (const row of values) {
    const label = String(row[0] ?? '').trim();
    const field = FIELDS.find((f) =>
      LANGS.some((l) => TEXTS[l].settings[f].toLowerCase() === label.toLowerCase()),
    );
    if (field && !labelled.has(field)) labelled.set(field, row[1]);
    const key = label.toLowerCase();
    if ((RULE_KEYS as readonly string[]).includes(key) && key !== 'lang') pairs.push([key, row[1]]);
  }
  const sheetLang = String(labelled.get('lang') ?? '')
    .trim()
    .toLowerCase();
  const textLang: Lang =
    lang ?? ((LANGS as readonly string[]).includes(sheetLang) ? (sheetLang as Lang) : 'ru');
  return validateSettings(
    {
      lang: sheetLang,
      rules: choiceOf(pairs),
      schoolName: String(labelled.get('schoolName') ?? ''),
      schoolYear: String(labelled.get('schoolYear') ?? ''),
      minFoMarks: numberOrRaw(labelled.get('minFoMarks')),
    },
    textLang,
  );
}

/** A number typed as text counts as the number; anything else stays as written, for the error message. */
function numberOrRaw(v: unknown): unknown {
  const text = String(v ?? '')
    .trim()
    .replace(',', '.');
  return typeof v === 'string' && /^\d+(\.\d+)?$/.test(text) ? Number(text) : v;
}

/** The block as a preset and the values that differ from it; an unreadable block stays as raw pairs for the error. */
function choiceOf(
  pairs: [string, unknown][],
): RulesChoice | { base: unknown; custom: Record<string, unknown> } {
  let r: Ruleset;
  try {
    r = resolveRuleset(pairs.length > 0 ? pairs : [['base', '']]);
  } catch {
    return {
      base: pairs.find(([k]) => k === 'base')?.[1] ?? '',
      custom: Object.fromEntries(pairs.filter(([k]) => k !== 'base')),
    };
  }
  const baseName = String(pairs.find(([k]) => k === 'base')?.[1] ?? '')
    .trim()
    .toUpperCase();
  const base = PRESETS[baseName] ?? PRESETS['KZ-2020'];
  const custom: Partial<Record<RuleKey, number | string>> = {};
  const compare = (key: RuleKey, ours: number | string, theirs: number | string) => {
    if (ours !== theirs) custom[key] = ours;
  };
  compare('w_fo', r.withSoch.fo, base.withSoch.fo);
  compare('w_sor', r.withSoch.sor, base.withSoch.sor);
  compare('w_soch', r.withSoch.soch, base.withSoch.soch);
  compare('w_fo_nosoch', r.withoutSoch.fo, base.withoutSoch.fo);
  compare('w_sor_nosoch', r.withoutSoch.sor, base.withoutSoch.sor);
  compare('fo_max', r.foMax, base.foMax);
  compare('sor_mode', r.sorMode, base.sorMode);
  compare('rounding', r.rounding, base.rounding);
  compare('t3', r.thresholds.t3, base.thresholds.t3);
  compare('t4', r.thresholds.t4, base.thresholds.t4);
  compare('t5', r.thresholds.t5, base.thresholds.t5);
  return Object.keys(custom).length > 0
    ? { base: base.name, custom: custom as RulesChoice['custom'] }
    : { base: base.name };
}
