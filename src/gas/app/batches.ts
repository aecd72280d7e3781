import type { JournalError } from '../../shared/endpoints';

export type { JournalError };

/**
 * How a long run over many journals is cut into server executions. Each execution costs a fresh
 * start on Google (300–1,500 ms), so a batch holds at least 20 journals; the sidebar keeps up to
 * four in flight, so a school is cut into about eight batches (two rounds) up to 100 journals each,
 * which keeps every execution far inside the 6-minute limit (a journal costs two or three reads).
 */
export const MIN_BATCH = 20;
export const MAX_BATCH = 100;

export function batchSize(journals: number): number {
  return Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.ceil(journals / 8)));
}

export function batches<T>(items: readonly T[]): T[][] {
  const size = batchSize(items.length);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Sheet names from the sidebar: a list of short strings, or nothing. */
export function sheetNamesOf(x: unknown): string[] | undefined {
  return Array.isArray(x) && x.length <= 1000 && x.every((s) => typeof s === 'string' && s.length <= 200)
    ? (x as string[])
    : undefined;
}

export function errorText(e: unknown): string {
  return e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
}
