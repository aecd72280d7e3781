import type { Endpoints } from '../../shared/endpoints';
import { context, type Ctx } from '../context';
import type { Services } from '../services';
import { getBootstrap } from './bootstrap';
import { parseScopeId, type Scope } from '../../core/reports/scopeId';
import { analysisOptionsOf, writeAnalyses } from '../app/analysis';
import { sheetNamesOf } from '../app/batches';
import { journalBatches, readResults, writeMonitoring } from '../app/monitoring';
import { UserError } from '../userError';
import { checkJournals } from './check';
import { createFromTemplate, planFromTemplate, readRoster } from './fromTemplate';
import { createExamJournalSheet } from './examJournals';
import { createJournalSheet, journalSummaries } from './journals';
import { moderationEndpoints } from './moderation';
import { jumpTo } from './navigation';
import { readJournal } from './journalData';
import { saveSettings } from './settings';
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
    listJournals: () => journalSummaries(ctx()),
    listSheets: () =>
      ctx()
        .ss.getSheets()
        .map((s) => s.getName()),
    saveSettings: (settings) => saveSettings(ctx(), settings),
    createJournal: (form) => {
      const { sheetName, printUrl } = createJournalSheet(ctx(), form, false);
      return { sheetName, ...(printUrl ? { printUrl } : {}) };
    },
    createExamJournal: (form) => createExamJournalSheet(ctx(), form),
    readRoster: (sheetName) => readRoster(ctx(), sheetName),
    saveTemplate: (request) => saveTemplate(ctx(), request),
    deleteTemplate: (name) => deleteTemplate(ctx(), name),
    exportTemplate: (name) => exportTemplate(ctx(), name),
    importTemplate: (json) => importTemplate(ctx(), json),
    planFromTemplate: (request) => planFromTemplate(ctx(), request),
    createFromTemplate: (request) => createFromTemplate(ctx(), request),
    checkJournals: (only) => {
      const c = ctx();
      if (only == null) return checkJournals(c); // google.script.run sends an omitted argument as null
      const names = sheetNamesOf(only);
      if (!names) throw new UserError(c.texts.server.badLayout('sheetNames'));
      return checkJournals(c, names);
    },
    journalBatches: (scope) => {
      const c = ctx();
      return journalBatches(c, scope == null ? undefined : scopeOf(c, scope));
    },
    monitoringResults: (sheetNames) => {
      const c = ctx();
      const names = sheetNamesOf(sheetNames);
      if (!names) throw new UserError(c.texts.server.badLayout('sheetNames'));
      return readResults(c, names);
    },
    writeMonitoring: (request) => {
      const c = ctx();
      return writeMonitoring(c, scopeOf(c, request?.scope), request?.results);
    },
    writeAnalyses: (request) => {
      const c = ctx();
      const names = sheetNamesOf(request?.sheetNames);
      if (!names) throw new UserError(c.texts.server.badLayout('sheetNames'));
      return writeAnalyses(c, names, analysisOptionsOf(c, request));
    },
    jumpTo: (target) => jumpTo(ctx(), target),
    readJournal: (sheetName) => readJournal(ctx(), sheetName),
    ...moderationEndpoints(ctx),
    ...specEndpoints(ctx),
  };
}

function scopeOf(ctx: Ctx, id: unknown): Scope {
  const scope = parseScopeId(id);
  if (!scope) throw new UserError(ctx.texts.server.badScope);
  return scope;
}
