/**
 * Creating many journals: one server call per class, one after another, so each call stays far
 * below Apps Script's 6-minute limit, the bar shows real progress, and Cancel stops cleanly
 * between two classes.
 */
import type { PlanItem } from '../../src/shared/endpoints';

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
  for (let i = 0; i < todo.length; i++) {
    if (hooks.cancelled()) {
      result.notStarted = todo.length - i;
      break;
    }
    const item = todo[i];
    hooks.onStart(i, todo.length, item);
    try {
      const done = await create(item);
      (done.skipped ? result.skipped : result.created).push({
        className: item.className,
        sheetName: done.sheetName,
      });
    } catch (error) {
      result.failed.push({
        className: item.className,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return result;
}
