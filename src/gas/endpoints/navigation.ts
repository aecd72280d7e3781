import type { Ctx } from '../context';
import { UserError } from '../userError';

/** Check journals' "jump to the cell": shows the sheet and selects the problem cell. */
export function jumpTo(ctx: Ctx, target: { sheetName: string; a1: string }): void {
  const sheet = ctx.ss.getSheetByName(String(target.sheetName));
  if (!sheet) throw new UserError(ctx.texts.server.sheetNotFound(String(target.sheetName)));
  if (!/^[A-Z]{1,3}\d{1,7}(:[A-Z]{1,3}\d{1,7})?$/.test(String(target.a1))) {
    throw new UserError(ctx.texts.server.badCell(String(target.a1)));
  }
  ctx.ss.setActiveSheet(sheet);
  sheet.getRange(target.a1).activate();
}
