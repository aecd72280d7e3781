import { printUrl } from '../../core/printUrl';
import { sheetText } from '../../core/sheetText';
import type { OwnSheetContent, WriteOwnSheetRequest } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { checkLayout, type SheetChart, type SheetLayout } from '../layoutWriter';
import { withDocumentLock } from '../lock';
import { findOwnSheet, replaceOwnSheet, validScope, type OwnScope } from '../ownSheets';
import { beginRun, checkRun, endRun } from '../runLock';
import { UserError } from '../userError';
import { plainValues, readJournal } from './journalData';

/**
 * The generic I/O the sidebar's reports (and moderation) build on: read a journal, read one of
 * the add-on's own sheets, replace it with a layout the sidebar computed, and a run lock across
 * the calls of one long run. The server checks everything it is sent (scope, layout, run id).
 */
export function reportEndpoints(ctx: () => Ctx) {
  return {
    readJournal: (sheetName: string, runId?: string) => {
      const c = ctx();
      if (runId !== undefined) withDocumentLock(c.services, c.texts.server.busy, () => checkRun(c, runId));
      return readJournal(c, sheetName);
    },
    readOwnSheet: (scope: OwnScope) => readOwnSheet(ctx(), scope),
    writeOwnSheet: (request: WriteOwnSheetRequest) => writeOwnSheet(ctx(), request),
    beginRun: (kind: string) => beginRun(ctx(), kind),
    endRun: (runId: string) => endRun(ctx(), runId),
  };
}

export function readOwnSheet(ctx: Ctx, scope: OwnScope): OwnSheetContent | null {
  if (!validScope(scope)) throw new UserError(ctx.texts.server.badScope);
  const sheet = findOwnSheet(ctx.ss, scope);
  if (!sheet) return null;
  return { sheetName: sheet.getName(), values: plainValues(sheet.getDataRange().getValues()) };
}

export function writeOwnSheet(
  ctx: Ctx,
  request: WriteOwnSheetRequest,
): { sheetName: string; printUrl: string } {
  const scope = { kind: request?.kind, id: request?.id };
  if (!validScope(scope) || typeof request.name !== 'string') throw new UserError(ctx.texts.server.badScope);
  return writeOwnLayout(ctx, scope, request.name, request.layout, request.charts ?? [], () =>
    checkRun(ctx, request.runId),
  );
}

/**
 * Replaces the add-on's own sheet of a scope with a layout, under the document lock. Every string
 * is quoted on the way (checkLayout), so a pupil's name never becomes a formula, whoever built
 * the layout; `guard` runs first under the lock (a sidebar run's id check).
 */
export function writeOwnLayout(
  ctx: Ctx,
  scope: OwnScope,
  name: string,
  layout: SheetLayout,
  charts: SheetChart[] = [],
  guard?: () => void,
): { sheetName: string; printUrl: string } {
  const problem = checkLayout(layout, charts, sheetText);
  if (problem) throw new UserError(ctx.texts.server.badLayout(problem));
  return withDocumentLock(ctx.services, ctx.texts.server.busy, () => {
    guard?.();
    const sheet = replaceOwnSheet(ctx, scope, name, layout, charts);
    // The monitoring's wide tables print landscape; the forms and protocols portrait.
    const orientation = scope.kind === 'monitoring' ? 'landscape' : 'portrait';
    return {
      sheetName: sheet.getName(),
      printUrl: printUrl(ctx.ss.getId(), sheet.getSheetId(), orientation),
    };
  });
}
