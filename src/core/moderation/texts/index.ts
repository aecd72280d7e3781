import { textTable } from '../../i18n/table';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';
import type { ModerationTexts } from './types';

export * from './types';

export const MODERATION_TEXTS = textTable<ModerationTexts>({ kk, ru, en });
