/** A spreadsheet as the server would describe it to the sidebar. */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Template } from '../../src/core/journal/types';
import type { Bootstrap, Panel, SheetLists } from '../../src/shared/endpoints';

export const BUILTIN: Template = {
  name: 'Quarter 10 FA, 3 SAU, SAT',
  builtin: true,
  structure: {
    periodKind: 'quarter',
    foCount: 10,
    sorMaxes: [15, 20, 25],
    sochMax: 30,
    marks: true,
    headerLang: 'ru',
  },
};

export const HALF_YEAR: Template = {
  name: 'Музыка, полугодие',
  structure: { periodKind: 'half', foCount: 8, sorMaxes: [10], sochMax: null, marks: true, headerLang: 'kk' },
};

export function bootstrap(panel: Panel, patch: Partial<Bootstrap> = {}): Bootstrap {
  return {
    panel,
    lang: 'ru',
    settings: DEFAULT_SETTINGS,
    templates: [BUILTIN, HALF_YEAR],
    presets: ['KZ-2020', 'KZ-2016', 'KZ-2020-MEKTEP'],
    ...patch,
  };
}

/** The lists the panels load (listJournals, listSheets): one journal and a roster sheet. */
export const LISTS: SheetLists = {
  journals: [
    {
      sheetName: '7А Алгебра Ч1',
      className: '7А',
      subject: 'Алгебра',
      teacher: 'Ахметова',
      periodKind: 'quarter',
      period: 1,
      marks: true,
    },
  ],
  sheets: ['Ученики', '7А Алгебра Ч1'],
};
