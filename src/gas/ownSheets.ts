import type { Ctx } from './context';
import { applyLayout, type SheetChart, type SheetLayout } from './layoutWriter';
import { insertNamedSheet } from './newSheet';
import type { Sheet, Spreadsheet } from './services';

/**
 * The add-on's own sheets (reports, moderation sheets), found by developer metadata, never by
 * name: key OWN_KEY, value the scope «kind:id» ('analysis:<journal sheet id>', 'monitoring:q2').
 * Only a sheet carrying the tag is ever replaced; a user's sheet — even one with the report's
 * name — and every journal are never touched.
 */
export const OWN_KEY = 'kb.report';

export interface OwnScope {
  kind: string;
  id: string;
}

const KIND = /^[a-z][a-zA-Z]{0,29}$/;
const ID = /^[\w.:-]{1,80}$/;

export function validScope(scope: unknown): scope is OwnScope {
  const s = scope as OwnScope | null;
  return !!s && typeof s.kind === 'string' && typeof s.id === 'string' && KIND.test(s.kind) && ID.test(s.id);
}

export function scopeValue(scope: OwnScope): string {
  return `${scope.kind}:${scope.id}`;
}

/** The first sheet tagged with this scope (one finder call), or undefined. */
export function findOwnSheet(ss: Spreadsheet, scope: OwnScope): Sheet | undefined {
  const value = scopeValue(scope);
  const sheets = ss
    .createDeveloperMetadataFinder()
    .withKey(OWN_KEY)
    .find()
    .filter((md) => md.getValue() === value)
    .map((md) => md.getLocation().getSheet())
    .filter((s): s is Sheet => s !== null);
  return sheets.sort((a, b) => a.getIndex() - b.getIndex())[0];
}

/**
 * Writes the sheet of a scope. An existing own sheet is replaced where it is, keeping the name it
 * has now (the user may have renamed it): the new sheet is written first under a free temporary
 * name, then the old one is deleted and the new one takes its name, so a failed write leaves the
 * old report in place. Otherwise a new sheet is added at the end, under `name` or, when a sheet
 * has that name, the first free «name (2)», «name (3)» … Call under the document lock.
 */
export function replaceOwnSheet(
  ctx: Ctx,
  scope: OwnScope,
  name: string,
  layout: SheetLayout,
  charts: SheetChart[] = [],
  previous?: Sheet | null,
): Sheet {
  const { ss } = ctx;
  const old = previous === undefined ? findOwnSheet(ss, scope) : (previous ?? undefined);
  const wanted = old ? old.getName() : name;
  const sheet = insertNamedSheet(ss, old ? `${wanted} ~` : wanted, old ? old.getIndex() - 1 : undefined);
  applyLayout(ctx.services, sheet, layout, charts);
  sheet.addDeveloperMetadata(OWN_KEY, scopeValue(scope));
  if (old) {
    ss.deleteSheet(old);
    sheet.setName(wanted);
  }
  return sheet;
}
