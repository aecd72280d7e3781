import type { Lang } from '../i18n';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';
import type { Texts } from './types';

export * from './types';

export const TEXTS: Readonly<Record<Lang, Texts>> = { kk, ru, en };

/** The add-on's texts in a language; Russian is the fallback. */
export function textsOf(lang: Lang | undefined): Texts {
  return (lang && TEXTS[lang]) || ru;
}
