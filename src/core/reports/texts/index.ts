import type { Lang } from '../../i18n';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';
import type { ReportTexts } from './types';

export * from './types';

export const REPORT_TEXTS: Readonly<Record<Lang, ReportTexts>> = { kk, ru, en };

/** The reports' texts in a language; Russian is the fallback. */
export function reportTextsOf(lang: Lang | undefined): ReportTexts {
  return (lang && REPORT_TEXTS[lang]) || ru;
}
