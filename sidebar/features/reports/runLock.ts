import type { ReportApi } from './api';

/**
 * Runs `work` holding the server's run lock (beginRun … endRun), so two report runs in one
 * spreadsheet never interleave; the lock is released however `work` ends.
 */
export async function withRun<T>(
  api: ReportApi,
  kind: string,
  work: (runId: string) => Promise<T>,
): Promise<T> {
  const { runId } = await api.beginRun(kind);
  try {
    return await work(runId);
  } finally {
    await api.endRun(runId).catch(() => undefined); // it expires on its own if this fails
  }
}
