/**
 * A short fingerprint per own scope, kept in a document property `kb.fp.<kind>:<id>`: what the
 * sidebar needs to remember between runs about a sheet it generates (the analysis: hashes of the
 * objective blocks it wrote, so a teacher's edit is told from its own text). Short and of a fixed
 * alphabet, so a property can never grow with a class or be used to store anything else.
 */
import type { Endpoints } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { withDocumentLock } from '../lock';
import { scopeValue, validScope } from '../ownSheets';
import { UserError } from '../userError';

const PREFIX = 'kb.fp.';
export const FINGERPRINT = /^[\w.:,=-]{0,200}$/;

export function fingerprintEndpoints(ctx: () => Ctx): Pick<Endpoints, 'readFingerprint' | 'saveFingerprint'> {
  return {
    readFingerprint: (scope) => {
      const c = ctx();
      if (!validScope(scope)) throw new UserError(c.texts.server.badScope);
      return c.services.PropertiesService.getDocumentProperties().getProperty(PREFIX + scopeValue(scope));
    },
    saveFingerprint: (request) => {
      const c = ctx();
      const scope = { kind: request?.kind, id: request?.id };
      if (
        !validScope(scope) ||
        typeof request.fingerprint !== 'string' ||
        !FINGERPRINT.test(request.fingerprint)
      )
        throw new UserError(c.texts.server.badScope);
      withDocumentLock(c.services, c.texts.server.busy, () => {
        const props = c.services.PropertiesService.getDocumentProperties();
        if (request.fingerprint === '') props.deleteProperty(PREFIX + scopeValue(scope));
        else props.setProperty(PREFIX + scopeValue(scope), request.fingerprint);
      });
    },
  };
}
