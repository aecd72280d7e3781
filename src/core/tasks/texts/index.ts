import type { Lang } from '../../i18n';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';
import type { TaskTexts } from './types';

export * from './types';

export const TASK_TEXTS: Readonly<Record<Lang, TaskTexts>> = { kk, ru, en };

/** The task-level texts in a language; Russian is the fallback. */
export function taskTextsOf(lang: Lang | undefined): TaskTexts {
  return (lang && TASK_TEXTS[lang]) || ru;
}
