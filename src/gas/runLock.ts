import type { Ctx } from './context';
import { withDocumentLock } from './lock';
import { UserError } from './userError';

/**
 * A long run (a report built journal by journal from the sidebar, a moderation) spans many
 * server calls, so the document lock alone cannot keep two runs apart. The run lock is a
 * document property {id, kind, expires}, read and written only under the document lock: beginRun
 * refuses while another unexpired run holds it, every write of the run checks its id (and extends
 * the expiry), endRun releases it. A sidebar closed mid-run blocks others until the expiry.
 */
export const RUN_PROPERTY = 'kb.run';
export const RUN_TTL_MS = 5 * 60_000;

interface RunRecord {
  id: string;
  kind: string;
  expires: number;
}

export function beginRun(ctx: Ctx, kind: string, now = Date.now()): { runId: string; expiresInMs: number } {
  return withDocumentLock(ctx.services, ctx.texts.server.busy, () => {
    const held = readRun(ctx);
    if (held && held.expires > now)
      throw new UserError(ctx.texts.server.runBusy(Math.max(1, Math.ceil((held.expires - now) / 60_000))));
    const run: RunRecord = { id: newId(now), kind: String(kind).slice(0, 40), expires: now + RUN_TTL_MS };
    writeRun(ctx, run);
    return { runId: run.id, expiresInMs: RUN_TTL_MS };
  });
}

/** Releases the run if it is still this one; a stale id is ignored. */
export function endRun(ctx: Ctx, runId: string): void {
  withDocumentLock(ctx.services, ctx.texts.server.busy, () => {
    if (readRun(ctx)?.id === runId)
      ctx.services.PropertiesService.getDocumentProperties().deleteProperty(RUN_PROPERTY);
  });
}

/**
 * Call under the document lock: throws unless `runId` is the current, unexpired run, and then
 * extends it. A stale or foreign id gets a clear message instead of a write.
 */
export function checkRun(ctx: Ctx, runId: unknown, now = Date.now()): void {
  const held = readRun(ctx);
  if (!held || typeof runId !== 'string' || held.id !== runId || held.expires <= now)
    throw new UserError(ctx.texts.server.runStale);
  writeRun(ctx, { ...held, expires: now + RUN_TTL_MS });
}

function readRun(ctx: Ctx): RunRecord | undefined {
  const raw = ctx.services.PropertiesService.getDocumentProperties().getProperty(RUN_PROPERTY);
  try {
    const run = JSON.parse(raw ?? '') as RunRecord;
    return run && typeof run.id === 'string' && typeof run.expires === 'number' ? run : undefined;
  } catch {
    return undefined;
  }
}

function writeRun(ctx: Ctx, run: RunRecord): void {
  ctx.services.PropertiesService.getDocumentProperties().setProperty(RUN_PROPERTY, JSON.stringify(run));
}

function newId(now: number): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
