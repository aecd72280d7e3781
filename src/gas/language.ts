import { langOfLocale, MESSAGES, type Lang, type Messages } from '../core/i18n';

/** Reads the spreadsheet's locale; may return undefined, and must never throw. */
export type LocaleSource = () => string | undefined;

/** Language of text outputs: the ruleset's `lang`, else the spreadsheet locale, else Russian. */
export function languageOf(rulesLang: Lang | undefined, locale: LocaleSource): Lang {
  if (rulesLang) return rulesLang;
  let fromLocale: Lang | undefined;
  try {
    fromLocale = langOfLocale(locale());
  } catch {
    fromLocale = undefined; // a locale we cannot read never breaks a mark
  }
  return fromLocale ?? 'ru';
}

export function messagesOf(rulesLang: Lang | undefined, locale: LocaleSource): Messages {
  return MESSAGES[languageOf(rulesLang, locale)];
}
