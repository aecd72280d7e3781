/**
 * A short fingerprint per own scope, kept in a document property `kb.fp.<kind>:<id>`: what the
 * sidebar needs to remember between runs about a sheet it generates (the analysis: hashes of the
 * objective blocks it wrote, so a teacher's edit is told from its own text). Short and of a fixed
 * alphabet, so a property can never grow with a class or be used to store anything else.
 */
import type { Ctx } from '../context';
import { scopeValue, type OwnScope } from '../ownSheets';

const PREFIX = 'kb.fp.';

export function readFingerprint(ctx: Ctx, scope: OwnScope): string | null {
  return ctx.services.PropertiesService.getDocumentProperties().getProperty(PREFIX + scopeValue(scope));
}

/** Call under the document lock; '' forgets the scope's fingerprint. */
export function saveFingerprint(ctx: Ctx, scope: OwnScope, fingerprint: string): void {
  const props = ctx.services.PropertiesService.getDocumentProperties();
  if (fingerprint === '') props.deleteProperty(PREFIX + scopeValue(scope));
  else props.setProperty(PREFIX + scopeValue(scope), fingerprint);
}
