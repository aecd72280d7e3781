import type { Lang } from '../../i18n';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';
import type { ModerationTexts } from './types';

export * from './types';

export const MODERATION_TEXTS: Readonly<Record<Lang, ModerationTexts>> = { kk, ru, en };

/** Moderation's texts in a language; Russian is the fallback. */
export function moderationTextsOf(lang: Lang | undefined): ModerationTexts {
  return (lang && MODERATION_TEXTS[lang]) || ru;
}
