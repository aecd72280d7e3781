/**
 * The top-level functions the sidebar may call: exactly the Endpoints contract. The object form
 * makes the compiler check the list against the interface in both directions.
 */
import type { EndpointName } from '../../../src/shared/endpoints';

const ENDPOINTS: Record<EndpointName, true> = {
  getBootstrap: true,
  listJournals: true,
  listSheets: true,
  saveSettings: true,
  createJournal: true,
  createExamJournal: true,
  readRoster: true,
  saveTemplate: true,
  deleteTemplate: true,
  exportTemplate: true,
  importTemplate: true,
  planFromTemplate: true,
  createFromTemplate: true,
  checkJournals: true,
  jumpTo: true,
  readJournal: true,
  listModerations: true,
  startModeration: true,
  refreshModeration: true,
  writeProtocol: true,
  planModeration: true,
  commitModeration: true,
  listSpecs: true,
  saveSpec: true,
  deleteSpec: true,
  createScoreGrid: true,
  writeRubrics: true,
  journalBatches: true,
  monitoringResults: true,
  writeMonitoring: true,
  writeAnalyses: true,
};

export const ENDPOINT_NAMES: readonly string[] = Object.keys(ENDPOINTS);

export function isEndpoint(name: string): name is EndpointName {
  return Object.prototype.hasOwnProperty.call(ENDPOINTS, name);
}
