import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../src/core/i18n/messages';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';
import type { UiText } from './types';
import { textTable } from '../../src/core/i18n/table';

export type { UiText } from './types';

export const TEXTS = textTable<UiText>({ kk, ru, en });
export const UI_LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** Before the server answers: the browser's language if it is one of ours, else Russian. */
export function guessLang(browserLang: string | undefined): Lang {
  const prefix = String(browserLang ?? '')
    .slice(0, 2)
    .toLowerCase();
  return prefix === 'kk' || prefix === 'en' ? prefix : 'ru';
}

export const TextContext = createContext<UiText>(ru);

export function useText(): UiText {
  return useContext(TextContext);
}
