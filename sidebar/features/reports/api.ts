/**
 * A long run driven from the sidebar: the server cuts the journals into batches (journalBatches),
 * the sidebar sends them back a few at a time — each batch one server execution that does the
 * real work — with a real progress bar and Cancel between batches. The sidebar computes nothing.
 */

/** Progress of a run: `done` of `total` journals, for the progress bar. */
export interface Progress {
  done: number;
  total: number;
}

/** What a run ends with: the report sheets written, and the journals it could not use (with why). */
export interface RunResult {
  sheets: string[];
  /** Each written sheet's A4 PDF link, by sheet name. */
  prints: Record<string, string>;
  errors: { sheetName: string; message: string }[];
  cancelled: boolean;
}

/** A cancel flag the panel sets; runs check it between server calls (a call in flight finishes). */
export interface CancelToken {
  cancelled: boolean;
}

/** google.script.run allows 10 calls at once; four keep the bar moving without crowding the user's other calls. */
export const IN_FLIGHT = 4;

/**
 * Runs `work` on every batch, IN_FLIGHT at a time, in order of the results; stops starting new
 * batches once cancelled. Returns the results of the batches that ran, or undefined if cancelled.
 */
export async function runBatches<T>(
  batches: readonly string[][],
  work: (batch: string[]) => Promise<T>,
  onProgress: (p: Progress) => void,
  cancel: CancelToken,
): Promise<T[] | undefined> {
  const total = batches.reduce((n, b) => n + b.length, 0);
  const out: T[] = [];
  let done = 0;
  onProgress({ done, total });
  for (let i = 0; i < batches.length; i += IN_FLIGHT) {
    if (cancel.cancelled) return undefined;
    const round = batches.slice(i, i + IN_FLIGHT);
    const results = await Promise.all(
      round.map(async (batch) => {
        const result = await work(batch);
        done += batch.length;
        onProgress({ done, total });
        return result;
      }),
    );
    out.push(...results);
  }
  return cancel.cancelled ? undefined : out;
}

export function errorText(e: unknown): string {
  return e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
}
