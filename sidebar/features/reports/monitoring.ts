/**
 * The school's monitoring for one scope, built in the sidebar: read the journals the scope (and
 * the period before it) needs, a few at a time (progress bar, Cancel between batches), compute
 * with the core, write one sheet with its charts (writeOwnSheet).
 */
import type { Lang } from '../../../src/core/i18n/messages';
import {
  classResults,
  monitoringReport,
  scopeText,
  type ClassResults,
  type Scope,
} from '../../../src/core/reports';
import type { JournalSummary } from '../../../src/shared/endpoints';
import { errorText, type CancelToken, type Progress, type ReportApi, type RunResult } from './api';
import { withRun } from './runLock';

/** Reads in flight at once: small batches keep each server call short and the bar moving. */
export const BATCH = 4;

/** The tag id of a scope's sheet: q1…q4, h1, h2, year. */
export function scopeId(scope: Scope): string {
  return scope.kind === 'year' ? 'year' : `${scope.kind === 'quarter' ? 'q' : 'h'}${scope.n}`;
}

export function parseScopeId(id: string): Scope | undefined {
  if (id === 'year') return { kind: 'year' };
  const m = /^([qh])([1-4])$/.exec(id);
  if (!m || (m[1] === 'h' && Number(m[2]) > 2)) return undefined;
  return { kind: m[1] === 'q' ? 'quarter' : 'half', n: Number(m[2]) };
}

/** The journals a scope reads: its own period and the one before (for the change columns); all for the year. */
export function journalsForScope(journals: readonly JournalSummary[], scope: Scope): JournalSummary[] {
  if (scope.kind === 'year') return [...journals];
  const quarters = scope.kind === 'quarter' ? [scope.n, scope.n - 1] : [2 * scope.n, 2 * scope.n - 2];
  const halves = scope.kind === 'half' ? [scope.n, scope.n - 1] : [];
  return journals.filter((j) =>
    j.periodKind === 'quarter' ? quarters.includes(j.period) : halves.includes(j.period),
  );
}

const NAME: Record<Lang, string> = { kk: 'Мониторинг', ru: 'Мониторинг', en: 'Monitoring' };

export async function runMonitoring(
  api: ReportApi,
  journals: readonly JournalSummary[],
  scope: Scope,
  lang: Lang,
  onProgress: (p: Progress) => void,
  cancel: CancelToken,
): Promise<RunResult> {
  const result: RunResult = { sheets: [], prints: {}, errors: [], cancelled: false };
  const wanted = journalsForScope(journals, scope);
  await withRun(api, 'monitoring', async (runId) => {
    const read: ClassResults[] = [];
    onProgress({ done: 0, total: wanted.length });
    for (let i = 0; i < wanted.length; i += BATCH) {
      if (cancel.cancelled) {
        result.cancelled = true;
        return;
      }
      const batch = wanted.slice(i, i + BATCH);
      const settled = await Promise.allSettled(batch.map((j) => api.readJournal(j.sheetName, runId)));
      settled.forEach((s, k) => {
        if (s.status === 'fulfilled') read.push(classResults(s.value));
        else result.errors.push({ sheetName: batch[k].sheetName, message: errorText(s.reason) });
      });
      onProgress({ done: Math.min(i + BATCH, wanted.length), total: wanted.length });
    }
    if (cancel.cancelled) {
      result.cancelled = true;
      return;
    }
    const report = monitoringReport({ journals: read, scope }, lang);
    const written = await api.writeOwnSheet({
      kind: 'monitoring',
      id: scopeId(scope),
      name: `${NAME[lang]} · ${scopeText(scope, lang)}`,
      layout: report.layout,
      charts: report.charts,
      runId,
    });
    result.sheets.push(written.sheetName);
    if (written.printUrl) result.prints[written.sheetName] = written.printUrl;
  });
  return result;
}
