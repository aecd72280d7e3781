import type { Services } from './services';
import { UserError } from './userError';

/**
 * Runs a change to the spreadsheet under the document lock, so two people (or two sidebars)
 * creating journals, saving settings or applying changes never interleave their writes.
 */
export function withDocumentLock<T>(services: Services, busyMessage: string, work: () => T): T {
  const lock = services.LockService.getDocumentLock();
  if (!lock) return work(); // no document (e.g. a standalone test run): nothing to interleave with
  if (!lock.tryLock(10_000)) throw new UserError(busyMessage);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
