import { printUrl } from '../../core/printUrl';
import { sheetText } from '../../core/sheetText';
import type { OwnSheetContent } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { checkLayout, type SheetChart, type SheetLayout } from '../layoutWriter';
import { withDocumentLock } from '../lock';
import { findOwnSheet, replaceOwnSheet, validScope, type OwnScope } from '../ownSheets';
import type { Sheet } from '../services';
import { UserError } from '../userError';
import { plainValues } from './journalData';

/** The add-on's own sheets, read and written by the server's use cases (src/gas/app). */
/** One of the add-on's own sheets read (the sheet itself too, so a rewrite need not find it again). */
export function readOwnSheet(ctx: Ctx, scope: OwnScope): (OwnSheetContent & { sheet: Sheet }) | null {
  if (!validScope(scope)) throw new UserError(ctx.texts.server.badScope);
  const sheet = findOwnSheet(ctx.ss, scope);
  if (!sheet) return null;
  return { sheet, sheetName: sheet.getName(), values: plainValues(sheet.getDataRange().getValues()) };
}

export interface WriteOptions {
  charts?: SheetChart[];
  /** Runs first under the lock (e.g. refuses when the sheet exists). */
  guard?: () => void;
  /** The scope's sheet as just read (null: none), so it is not looked up again. */
  previous?: Sheet | null;
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
  { charts = [], guard, previous }: WriteOptions = {},
): { sheetName: string; printUrl: string } {
  const problem = checkLayout(layout, charts, sheetText);
  if (problem) throw new UserError(ctx.texts.server.badLayout(problem));
  return withDocumentLock(ctx.services, ctx.texts.server.busy, () => {
    guard?.();
    const sheet = replaceOwnSheet(ctx, scope, name, layout, charts, previous);
    // The monitoring's wide tables print landscape; the forms and protocols portrait.
    const orientation = scope.kind === 'monitoring' ? 'landscape' : 'portrait';
    return {
      sheetName: sheet.getName(),
      printUrl: printUrl(ctx.ss.getId(), sheet.getSheetId(), orientation),
    };
  });
}
