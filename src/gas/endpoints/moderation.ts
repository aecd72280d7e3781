/**
 * Moderation's server side, small on purpose (the bundle limit): the sidebar computes with
 * src/core/moderation and writes the moderation sheet and the protocol through the generic
 * writeOwnSheet (scopes `moderation:<id>`, `protocol:<id>`). Here: score changes with
 * compare-and-set (scoreChanges.ts), the audit log read back, the moderation's record kept with
 * its sheet, and the sheet's computed columns rewritten without touching what the commission typed.
 */
import { sheetText } from '../../core/sheetText';
import type { Endpoints } from '../../shared/endpoints';
import { findAuditSheet } from '../auditLog';
import type { Ctx } from '../context';
import { withDocumentLock } from '../lock';
import { findOwnSheet } from '../ownSheets';
import { applyScoreChanges } from '../scoreChanges';
import { UserError } from '../userError';
import { plainValues } from './journalData';

export const MODERATION_KEY = 'kb.moderation';

/** The moderation sheet of this id, or a readable refusal. */
function sheetOf(ctx: Ctx, id: unknown) {
  const sheet = typeof id === 'string' ? findOwnSheet(ctx.ss, { kind: 'moderation', id }) : undefined;
  if (!sheet) throw new UserError(ctx.texts.server.sheetNotFound(String(id)));
  return sheet;
}

export function moderationEndpoints(
  ctx: () => Ctx,
): Pick<
  Endpoints,
  | 'applyScoreChanges'
  | 'readAuditLog'
  | 'listModerations'
  | 'saveModerationRecord'
  | 'writeModerationComputed'
> {
  return {
    applyScoreChanges: (request) => applyScoreChanges(ctx(), request),
    readAuditLog: () => {
      const sheet = findAuditSheet(ctx().ss);
      return sheet ? plainValues(sheet.getDataRange().getValues()) : [];
    },
    listModerations: () =>
      ctx()
        .ss.createDeveloperMetadataFinder()
        .withKey(MODERATION_KEY)
        .find()
        .flatMap((md) => {
          const sheet = md.getLocation().getSheet();
          return sheet ? [{ sheetName: sheet.getName(), record: md.getValue() ?? '' }] : [];
        }),
    // Developer metadata holds 30,000 characters; the record must name its own moderation.
    saveModerationRecord: ({ id, record }) => {
      const c = ctx();
      withDocumentLock(c.services, c.texts.server.busy, () => {
        const sheet = sheetOf(c, id);
        if (typeof record !== 'string' || record.length > 30000 || !record.includes(JSON.stringify(id))) {
          throw new UserError(c.texts.server.badScope);
        }
        for (const md of sheet.getDeveloperMetadata()) if (md.getKey() === MODERATION_KEY) md.remove();
        sheet.addDeveloperMetadata(MODERATION_KEY, record);
      });
    },
    // Only the block H…J (difference, the two period marks) from row 4, as core/moderation/sheet.ts lays it out.
    writeModerationComputed: ({ id, a1, values }) => {
      const c = ctx();
      const m = /^H([1-9]\d*):J(\d+)$/.exec(String(a1));
      const rows = m ? Number(m[2]) - Number(m[1]) + 1 : 0;
      if (
        !m ||
        Number(m[1]) < 4 ||
        !Array.isArray(values) ||
        values.length !== rows ||
        values.some((r) => r?.length !== 3)
      ) {
        throw new UserError(c.texts.server.badCell(String(a1)));
      }
      withDocumentLock(c.services, c.texts.server.busy, () =>
        sheetOf(c, id)
          .getRange(a1)
          .setValues(values.map((r) => r.map((v) => (typeof v === 'number' ? v : sheetText(String(v)))))),
      );
    },
  };
}
