import type { Endpoints } from '../../shared/endpoints';
import { context, type Ctx } from '../context';
import type { Services } from '../services';
import { getBootstrap } from './bootstrap';
import { checkJournals } from './check';
import { createFromTemplate, planFromTemplate, readRoster } from './fromTemplate';
import { createJournalSheet } from './journals';
import { moderationEndpoints } from './moderation';
import { jumpTo } from './navigation';
import { reportEndpoints } from './reports';
import { saveSettings } from './settings';
import { fingerprintEndpoints } from './fingerprints';
import { specEndpoints } from './specs';
import { deleteTemplate, exportTemplate, importTemplate, saveTemplate } from './templates';

/**
 * The server side of src/shared/endpoints.ts. Each call builds its context (services, spreadsheet,
 * settings) afresh: google.script.run calls are separate executions that share nothing.
 */
export function endpoints(services: () => Services): Endpoints {
  const ctx = (): Ctx => context(services());
  return {
    getBootstrap: (panel) => getBootstrap(ctx(), panel),
    saveSettings: (settings) => saveSettings(ctx(), settings),
    createJournal: (form) => {
      const { sheetName, printUrl } = createJournalSheet(ctx(), form, false);
      return { sheetName, ...(printUrl ? { printUrl } : {}) };
    },
    readRoster: (sheetName) => readRoster(ctx(), sheetName),
    saveTemplate: (request) => saveTemplate(ctx(), request),
    deleteTemplate: (name) => deleteTemplate(ctx(), name),
    exportTemplate: (name) => exportTemplate(ctx(), name),
    importTemplate: (json) => importTemplate(ctx(), json),
    planFromTemplate: (request) => planFromTemplate(ctx(), request),
    createFromTemplate: (request) => createFromTemplate(ctx(), request),
    checkJournals: () => checkJournals(ctx()),
    jumpTo: (target) => jumpTo(ctx(), target),
    ...reportEndpoints(ctx),
    ...moderationEndpoints(ctx),
    ...specEndpoints(ctx),
    ...fingerprintEndpoints(ctx),
  };
}
