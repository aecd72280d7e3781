import { textTable } from '../../i18n/table';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';
import type { TaskTexts } from './types';

export * from './types';

export const TASK_TEXTS = textTable<TaskTexts>({ kk, ru, en });
