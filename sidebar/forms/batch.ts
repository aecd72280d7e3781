/**
 * Creating many journals: one server call per class, IN_FLIGHT at a time (each creates a sheet of
 * its own, so they need not wait for each other), so each call stays far below Apps Script's
 * 6-minute limit, the bar shows real progress, and Cancel stops cleanly between two rounds.
 */
import type { PlanItem } from '../../src/shared/endpoints';
import { IN_FLIGHT } from '../features/reports/api';

export interface BatchResult {
  created: { className: string; sheetName: string }[];
  skipped: { className: string; sheetName: string }[];
  failed: { className: string; message: string }[];
  /** Classes never started because of Cancel. */
  notStarted: number;
}

export interface BatchHooks {
  /** Before class `index` (0-based) of the classes to create. */
  onStart(index: number, total: number, item: PlanItem): void;
  cancelled(): boolean;
}

export async function runBatch(
  plan: readonly PlanItem[],
  create: (item: PlanItem) => Promise<{ sheetName: string; skipped: boolean }>,
  hooks: BatchHooks,
): Promise<BatchResult> {
  const result: BatchResult = { created: [], skipped: [], failed: [], notStarted: 0 };
  // A journal that exists is never overwritten: no need to ask the server.
  for (const item of plan)
    if (item.exists) result.skipped.push({ className: item.className, sheetName: item.sheetName });
  const todo = plan.filter((item) => !item.exists);
  for (let i = 0; i < todo.length; i += IN_FLIGHT) {
    if (hooks.cancelled()) {
      result.notStarted = todo.length - i;
      break;
    }
    const round = todo.slice(i, i + IN_FLIGHT);
    round.forEach((item, k) => hooks.onStart(i + k, todo.length, item));
    const settled = await Promise.allSettled(round.map((item) => create(item)));
    settled.forEach((s, k) => {
      const { className } = round[k];
      if (s.status === 'fulfilled')
        (s.value.skipped ? result.skipped : result.created).push({ className, sheetName: s.value.sheetName });
      else
        result.failed.push({
          className,
          message: s.reason instanceof Error ? s.reason.message : String(s.reason),
        });
    });
  }
  return result;
}
