/** Moderation's endpoints: each step is a use case of src/gas/app/moderation.ts. */
import type { Endpoints } from '../../shared/endpoints';
import {
  commitModeration,
  listModerations,
  planModeration,
  refreshModeration,
  startModerationRun,
  writeProtocol,
} from '../app/moderation';
import type { Ctx } from '../context';

export function moderationEndpoints(
  ctx: () => Ctx,
): Pick<
  Endpoints,
  | 'listModerations'
  | 'startModeration'
  | 'refreshModeration'
  | 'writeProtocol'
  | 'planModeration'
  | 'commitModeration'
> {
  return {
    listModerations: () => listModerations(ctx()),
    startModeration: (request) => startModerationRun(ctx(), request),
    refreshModeration: (id) => refreshModeration(ctx(), id),
    writeProtocol: (request) => writeProtocol(ctx(), request),
    planModeration: (request) => planModeration(ctx(), request),
    commitModeration: (request) => commitModeration(ctx(), request),
  };
}
