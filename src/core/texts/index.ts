import { textTable } from '../i18n/table';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';
import type { Texts } from './types';

export * from './types';

export const TEXTS = textTable<Texts>({ kk, ru, en });
