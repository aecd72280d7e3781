/**
 * The work-specification library's endpoints. The server only keeps and hands back JSON text
 * (specStore.ts says why); every change runs under the document lock.
 */
import type { Endpoints } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { withDocumentLock } from '../lock';
import { writeRubrics } from '../app/rubrics';
import { createScoreGrid } from '../app/scoreGrid';
import { specOf } from '../app/workSpec';
import {
  listStoredSpecs,
  removeSpec,
  SPEC_MAX_BYTES,
  SPEC_MAX_COUNT,
  specRefusal,
  specTitle,
  storeSpec,
} from '../specStore';
import { UserError } from '../userError';

export function specEndpoints(
  ctx: () => Ctx,
): Pick<Endpoints, 'listSpecs' | 'saveSpec' | 'deleteSpec' | 'createScoreGrid' | 'writeRubrics'> {
  return {
    createScoreGrid: (request) => createScoreGrid(ctx(), request),
    writeRubrics: (request) => writeRubrics(ctx(), request),
    listSpecs: () => listStoredSpecs(ctx().services),
    saveSpec: (json) => {
      const c = ctx();
      const refusal = specRefusal(json);
      if (refusal === 'tooLarge') throw new UserError(c.texts.server.specTooLarge(SPEC_MAX_BYTES / 1024));
      if (refusal) throw new UserError(c.texts.server.specBad);
      specOf(c, json); // every field, in the user's language: the library holds only valid specifications
      return withDocumentLock(c.services, c.texts.server.busy, () => {
        if (storeSpec(c.services, specTitle(json), json) === 'full')
          throw new UserError(c.texts.server.specLibraryFull(SPEC_MAX_COUNT));
        return listStoredSpecs(c.services);
      });
    },
    deleteSpec: (title) => {
      const c = ctx();
      return withDocumentLock(c.services, c.texts.server.busy, () => {
        if (typeof title !== 'string' || !removeSpec(c.services, title))
          throw new UserError(c.texts.server.specNotFound(String(title)));
        return listStoredSpecs(c.services);
      });
    },
  };
}
