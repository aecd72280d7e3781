/**
 * The reports and Check journals run from a menu item, without the sidebar: the whole run in one
 * execution (a 300-journal school stays well inside the 6-minute limit: see npm run bench), the
 * progress and the outcome as toasts in the user's language. A refusal is a toast too, never an
 * error dialog.
 */
import { latestScopeId, parseScopeId } from '../../core/reports';
import type { Ctx } from '../context';
import { checkJournals } from '../endpoints/check';
import { findJournals } from '../journalReader';
import { writeAnalyses } from './analysis';
import { runMonitoring } from './monitoring';
import { ANALYSES_PER_EXECUTION } from '../../shared/endpoints';
import { errorText } from './batches';

function toaster(ctx: Ctx): (message: string) => void {
  return (message) => ctx.ss.toast(message, ctx.texts.runs.title, 15);
}

function summaries(ctx: Ctx) {
  return findJournals(ctx.ss).map((j) => ({
    sheetName: j.sheetName,
    periodKind: j.meta.structure.periodKind,
    period: j.meta.period,
    marks: j.meta.structure.marks,
  }));
}

function guarded(ctx: Ctx, run: (toast: (message: string) => void) => void): void {
  const toast = toaster(ctx);
  try {
    run(toast);
  } catch (e) {
    toast(errorText(e));
  }
}

/** The monitoring of the latest period the journals have. */
export function monitoringFromMenu(ctx: Ctx): void {
  guarded(ctx, (toast) => {
    const journals = summaries(ctx);
    if (journals.length === 0) return toast(ctx.texts.runs.noJournals);
    const scope = parseScopeId(latestScopeId(journals))!;
    const out = runMonitoring(ctx, scope, (done, total) => toast(ctx.texts.runs.reading(done, total)));
    toast(ctx.texts.runs.monitoringDone(out.sheetName, out.errors.length));
  });
}

/** The analyses of every journal (with marks) of the latest period. */
export function analysesFromMenu(ctx: Ctx, now = new Date()): void {
  guarded(ctx, (toast) => {
    const journals = summaries(ctx);
    const scope = parseScopeId(latestScopeId(journals))!;
    const kind = scope.kind === 'half' ? 'half' : 'quarter';
    const n = scope.kind === 'year' ? 0 : scope.n;
    const names = journals
      .filter((j) => j.periodKind === kind && j.period === n && j.marks)
      .map((j) => j.sheetName);
    if (names.length === 0) return toast(ctx.texts.runs.noJournals);
    let written = 0;
    let failed = 0;
    for (let i = 0; i < names.length; i += ANALYSES_PER_EXECUTION) {
      const part = writeAnalyses(ctx, names.slice(i, i + ANALYSES_PER_EXECUTION), { date: isoDay(now) });
      written += part.sheets.length;
      failed += part.errors.length;
      toast(ctx.texts.runs.reading(written + failed, names.length));
    }
    toast(ctx.texts.runs.analysesDone(written, failed));
  });
}

/** Check journals, as a summary (the sidebar's panel lists the problems with their cells). */
export function checkFromMenu(ctx: Ctx): void {
  guarded(ctx, (toast) => {
    const report = checkJournals(ctx);
    if (report.journals === 0) return toast(ctx.texts.runs.noJournals);
    toast(ctx.texts.runs.checkDone(report.journals, report.problems.length));
  });
}

/** The day in the script's time zone (appsscript.json: Asia/Almaty), as the report's date. */
function isoDay(d: Date): string {
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
