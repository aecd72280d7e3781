import { textTable } from '../../i18n/table';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';
import type { ReportTexts } from './types';

export * from './types';

export const REPORT_TEXTS = textTable<ReportTexts>({ kk, ru, en });
