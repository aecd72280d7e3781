import { printUrl } from '../../core/printUrl';
import { sheetText } from '../../core/sheetText';
import type { OwnSheetContent } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { checkLayout, type SheetChart, type SheetLayout } from '../layoutWriter';
import { withDocumentLock } from '../lock';
import { findOwnSheet, replaceOwnSheet, validScope, type OwnScope } from '../ownSheets';
import { UserError } from '../userError';
import { plainValues } from './journalData';

/** The add-on's own sheets, read and written by the server's use cases (src/gas/app). */
export function readOwnSheet(ctx: Ctx, scope: OwnScope): OwnSheetContent | null {
  if (!validScope(scope)) throw new UserError(ctx.texts.server.badScope);
  const sheet = findOwnSheet(ctx.ss, scope);
  if (!sheet) return null;
  return { sheetName: sheet.getName(), values: plainValues(sheet.getDataRange().getValues()) };
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
