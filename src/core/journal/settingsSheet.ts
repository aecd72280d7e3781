import type { Lang } from '../i18n';
import { rulesetPairs } from '../ruleset';
import type { Settings } from '../settings';
import { sheetText } from '../sheetText';
import { TEXTS } from '../texts';
import { rangeA1 } from './a1';
import { journalRulesetOf } from './settingsCheck';

export { validateSettings, type SettingsCheck } from './settingsCheck';

export interface SettingsSheetLayout {
  /** Two columns, from A1: labels and values, then the ruleset block. */
  values: (string | number)[][];
  /** The ruleset block (key | value rows), which the gas layer names KB_RULES. */
  rulesA1: string;
  /** The block's heading and the title, for bold. */
  bold: string[];
  /** Cells holding user text (the school's name, the year), already through sheetText. */
}

const RULES_FIRST_ROW = 9;

/**
 * The settings sheet: title, school, year, language, the check's ФО minimum, then under a heading
 * the full ruleset as `rulesetPairs` key | value rows. The block's `lang` is the add-on's language,
 * so the KB_ functions' texts (н/а, осв, «!» messages) match the journals' headers.
 */
export function settingsSheetLayout(settings: Settings, lang: Lang): SettingsSheetLayout {
  const t = TEXTS.of(lang).settings;
  const pairs = rulesetPairs(journalRulesetOf(settings), settings.rules.base);
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
  };
}
