/**
 * The long runs as the sidebar drives them: the server plans the batches and does the work of
 * each (read, compute, write); the sidebar sends the batches a few at a time and shows progress.
 * `call` is google.script.run's promise wrapper in the sidebar, the endpoints themselves in tests.
 */
import {
  ANALYSES_PER_EXECUTION,
  type CheckCode,
  type CheckReport,
  type Endpoints,
} from '../../../src/shared/endpoints';
import { runBatches, type CancelToken, type Progress, type RunResult } from './api';

export type Caller = <K extends keyof Endpoints>(
  name: K,
  ...args: Parameters<Endpoints[K]>
) => Promise<ReturnType<Endpoints[K]>>;

/** The monitoring of a scope (q1…q4, h1, h2, year): batches read and computed, then one write. */
export async function buildMonitoring(
  call: Caller,
  scope: string,
  onProgress: (p: Progress) => void,
  cancel: CancelToken,
): Promise<RunResult> {
  const result: RunResult = { sheets: [], prints: {}, errors: [], cancelled: false };
  const batches = await call('journalBatches', scope);
  const parts = await runBatches(batches, (b) => call('monitoringResults', b), onProgress, cancel);
  if (!parts) return { ...result, cancelled: true };
  const results = parts.flatMap((p) => p.results);
  result.errors = parts.flatMap((p) => p.errors);
  const written = await call('writeMonitoring', { scope, results });
  result.sheets.push(written.sheetName);
  result.prints[written.sheetName] = written.printUrl;
  return result;
}

/** The analyses of these journals, a few per server execution. */
export async function buildAnalyses(
  call: Caller,
  sheetNames: readonly string[],
  request: { purpose?: string; date: string },
  onProgress: (p: Progress) => void,
  cancel: CancelToken,
): Promise<RunResult> {
  const batches = Array.from({ length: Math.ceil(sheetNames.length / ANALYSES_PER_EXECUTION) }, (_, i) =>
    sheetNames.slice(i * ANALYSES_PER_EXECUTION, (i + 1) * ANALYSES_PER_EXECUTION),
  );
  const parts = await runBatches(
    batches,
    (b) => call('writeAnalyses', { ...request, sheetNames: b }),
    onProgress,
    cancel,
  );
  const result: RunResult = { sheets: [], prints: {}, errors: [], cancelled: !parts };
  for (const part of parts ?? []) {
    for (const s of part.sheets) {
      result.sheets.push(s.sheetName);
      result.prints[s.sheetName] = s.printUrl;
    }
    result.errors.push(...part.errors);
  }
  return result;
}

/** Check journals in batches (one server execution each, several in flight), merged in order. */
export async function checkInBatches(call: Caller): Promise<CheckReport> {
  const batches = await call('journalBatches');
  const parts =
    (await runBatches(
      batches,
      (b) => call('checkJournals', b),
      () => undefined,
      { cancelled: false },
    )) ?? [];
  const summary: CheckReport['summary'] = {};
  for (const part of parts)
    for (const [code, n] of Object.entries(part.summary) as [CheckCode, number][])
      summary[code] = (summary[code] ?? 0) + n;
  return {
    journals: parts.reduce((n, p) => n + p.journals, 0),
    problems: parts.flatMap((p) => p.problems),
    summary,
  };
}
