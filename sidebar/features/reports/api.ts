/**
 * The server calls the reports make, as promises: in the sidebar through google.script.run
 * (rpcReportApi), in adapter tests straight on the endpoints over the fakes. The runs take it as
 * a parameter, so the same code is tested on both.
 */
import type { Endpoints } from '../../../src/shared/endpoints';
import { call } from '../../rpc';

type Names = 'readJournal' | 'readOwnSheet' | 'writeOwnSheet' | 'beginRun' | 'endRun';
/** Only the analysis uses these (objectives from the score grids); without them it leaves the blocks alone. */
type Optional = 'readFingerprint' | 'saveFingerprint';

export type ReportApi = {
  [K in Names]: (...args: Parameters<Endpoints[K]>) => Promise<ReturnType<Endpoints[K]>>;
} & {
  [K in Optional]?: (...args: Parameters<Endpoints[K]>) => Promise<ReturnType<Endpoints[K]>>;
};

export const rpcReportApi: ReportApi = {
  readJournal: (...a) => call('readJournal', ...a),
  readOwnSheet: (...a) => call('readOwnSheet', ...a),
  writeOwnSheet: (...a) => call('writeOwnSheet', ...a),
  beginRun: (...a) => call('beginRun', ...a),
  endRun: (...a) => call('endRun', ...a),
  readFingerprint: (...a) => call('readFingerprint', ...a),
  saveFingerprint: (...a) => call('saveFingerprint', ...a),
};

/** Progress of a run: `done` of `total` journals, for the progress bar. */
export interface Progress {
  done: number;
  total: number;
}

/** What a run ends with: the report sheets written, and the journals it could not use (with why). */
export interface RunResult {
  sheets: string[];
  /** Each written sheet's A4 PDF link, by sheet name. */
  prints: Record<string, string>;
  errors: { sheetName: string; message: string }[];
  cancelled: boolean;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** A cancel flag the panel sets; runs check it between server calls (a call in flight finishes). */
export interface CancelToken {
  cancelled: boolean;
}

export function errorText(e: unknown): string {
  return e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
}
