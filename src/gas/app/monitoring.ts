/**
 * The school's monitoring, computed and written on the server (assessment rules §5–6):
 * plan → batches of journals read and computed (one execution each, several in flight from the
 * sidebar) → the report built and written from the batches' results. From a menu item the same
 * steps run in one execution, with toasts for progress.
 */
import {
  classResults,
  journalsForScope,
  monitoringReport,
  scopeId,
  scopeText,
  type ClassResults,
  type Scope,
} from '../../core/reports';
import type { Lang } from '../../core/i18n';
import type { Ctx } from '../context';
import { journalSnapshot } from '../endpoints/journalData';
import { writeOwnLayout } from '../endpoints/reports';
import { findJournals } from '../journalReader';
import { currentRuleset } from '../settingsSheet';
import { UserError } from '../userError';
import { batches, batchSize, errorText, type JournalError } from './batches';
import { parseClassResults } from './classResultsPayload';
import { readExamResults } from './examResults';

const NAME: Record<Lang, string> = { kk: 'Мониторинг', ru: 'Мониторинг', en: 'Monitoring' };

/** The journals a scope needs (all without one), in batches: the sidebar sends them back one batch per call. */
export function journalBatches(ctx: Ctx, scope?: Scope): string[][] {
  const journals = findJournals(ctx.ss).map((j) => ({
    sheetName: j.sheetName,
    periodKind: j.meta.structure.periodKind,
    period: j.meta.period,
  }));
  return batches((scope ? journalsForScope(journals, scope) : journals).map((j) => j.sheetName));
}

/** One batch: each journal read (two reads) and computed; a journal that fails is reported, the others go on. */
export function readResults(
  ctx: Ctx,
  sheetNames: readonly string[],
  progress?: (done: number) => void,
): { results: ClassResults[]; errors: JournalError[] } {
  const rules = currentRuleset(ctx);
  const found = findJournals(ctx.ss, new Set(sheetNames));
  const results: ClassResults[] = [];
  const errors: JournalError[] = [];
  for (const name of sheetNames) {
    const journal = found.find((j) => j.sheetName === name);
    try {
      if (!journal) throw new UserError(ctx.texts.server.journalNotFound(name));
      results.push(classResults(journalSnapshot(ctx, journal.sheet, journal.meta, rules, false)));
    } catch (e) {
      errors.push({ sheetName: name, message: errorText(e) });
    }
    progress?.(results.length + errors.length);
  }
  return { results, errors };
}

/** The last step: the report from every batch's results, written as the add-on's own sheet. */
export function writeMonitoring(
  ctx: Ctx,
  scope: Scope,
  payload: unknown,
): { sheetName: string; printUrl: string } {
  const rules = currentRuleset(ctx);
  const results = parseClassResults(payload, rules);
  if (!results) throw new UserError(ctx.texts.server.badLayout('results'));
  // Exams are sat at the end of the year: their results join the year's monitoring.
  const exams = scope.kind === 'year' ? readExamResults(ctx, rules) : [];
  const report = monitoringReport({ journals: results, scope, exams }, ctx.lang);
  return writeOwnLayout(
    ctx,
    { kind: 'monitoring', id: scopeId(scope) },
    `${NAME[ctx.lang]} · ${scopeText(scope, ctx.lang)}`,
    report.layout,
    { charts: report.charts },
  );
}

/** The whole monitoring in one execution (a menu item): progress as toasts. */
export function runMonitoring(
  ctx: Ctx,
  scope: Scope,
  progress: (done: number, total: number) => void,
): { sheetName: string; printUrl: string; errors: JournalError[] } {
  // One execution: the index and the rules are read once, a toast every batch's worth of journals.
  const names = journalBatches(ctx, scope).flat();
  const every = batchSize(names.length);
  const { results, errors } = readResults(ctx, names, (done) => {
    if (done % every === 0 || done === names.length) progress(done, names.length);
  });
  return { ...writeMonitoring(ctx, scope, results), errors };
}
