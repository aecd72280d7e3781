import { en } from './en';
import { kk } from './kk';
import type { Lang, Messages } from './messages';
import { ru } from './ru';
import { textTable } from './table';

export * from './messages';
export { textTable, type TextTable } from './table';

export const MESSAGES = textTable<Messages>({ kk, ru, en });

/** Maps a spreadsheet locale (`ru_RU`, `kk`, `en_GB`) to a language of ours, if it is one. */
export function langOfLocale(locale: string | null | undefined): Lang | undefined {
  const prefix = String(locale ?? '')
    .slice(0, 2)
    .toLowerCase();
  return prefix === 'kk' || prefix === 'ru' || prefix === 'en' ? prefix : undefined;
}
