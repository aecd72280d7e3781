/**
 * The Moderation panel's steps: each reads what it needs through the endpoints (never trusting a
 * plan made earlier), computes with the moderation core, and writes through the endpoints. The
 * server re-checks every score change itself (compare-and-set under the document lock).
 */
import type { Lang } from '../../../src/core/i18n/messages';
import { foundColumns, type JournalSnapshot } from '../../../src/core/journal/snapshot';
import {
  journalCells,
  journalPupils,
  planApply,
  planUndo,
  type ApplyPlan,
} from '../../../src/core/moderation/apply';
import { lastApplication, readAuditRows } from '../../../src/core/moderation/audit';
import { workLabel } from '../../../src/core/moderation/format';
import { protocolLayout } from '../../../src/core/moderation/protocol';
import { readModerationRows, type SheetProblem } from '../../../src/core/moderation/read';
import { moderationComputed, moderationSheetLayout } from '../../../src/core/moderation/sheet';
import { startModeration, type StartResult } from '../../../src/core/moderation/start';
import { moderationTextsOf } from '../../../src/core/moderation/texts';
import type {
  ModerationRow,
  ProtocolDetails,
  SampleRule,
  ScoreChange,
  ScoreConflict,
  WorkRef,
} from '../../../src/core/moderation/types';
import type { SheetLayout } from '../../../src/core/sheetLayout';
import type { ScoreChangeResult } from '../../../src/shared/endpoints';
import { call } from '../../rpc';
import type { ModerationRecord } from './record';
import { MODERATION_UI } from './texts';

/** The works a moderation can take in this journal: the СОЧ, then each СОР. */
export function worksOf(snapshot: JournalSnapshot): WorkRef[] {
  const cols = foundColumns(snapshot.columns);
  return [
    ...(cols.soch !== undefined ? [{ kind: 'soch' } as const] : []),
    ...cols.sor.map((t) => ({ kind: 'sor', index: t.index }) as const),
  ];
}

export const workKey = (ref: WorkRef): string => (ref.kind === 'soch' ? 'soch' : `sor:${ref.index}`);

export interface StartInput {
  id: string;
  snapshot: JournalSnapshot;
  work: WorkRef;
  rule: SampleRule;
  seed: number;
  tolerance: number;
  details: ProtocolDetails;
  lang: Lang;
}

/** Draws the sample and writes the moderation sheet with its record. */
export async function start(
  input: StartInput,
): Promise<
  | { ok: false; result: StartResult & { ok: false } }
  | { ok: true; record: ModerationRecord; sheetName: string; unreadable: number }
> {
  const result = startModeration(input.snapshot, input.work, {
    id: input.id,
    rule: input.rule,
    seed: input.seed,
    tolerance: input.tolerance,
  });
  if (!result.ok) return { ok: false, result };
  const record: ModerationRecord = {
    v: 1,
    id: input.id,
    lang: input.lang,
    moderation: result.moderation,
    details: input.details,
  };
  const layout = moderationSheetLayout(result.moderation, input.lang);
  const { sheetName } = await writeOwn('moderation', input.id, layout);
  await call('saveModerationRecord', { id: input.id, record: JSON.stringify(record) });
  return { ok: true, record, sheetName, unreadable: result.unreadable.length };
}

export interface SheetRead {
  rows: ModerationRow[];
  problems: SheetProblem[];
  sheetName: string;
}

/** A layout written as the add-on's own sheet `kind:id` (replaced when it exists), within a run. */
async function writeOwn(
  kind: string,
  id: string,
  layout: SheetLayout & { sheetName: string },
): Promise<{ sheetName: string; printUrl?: string }> {
  const { runId } = await call('beginRun', kind);
  try {
    return await call('writeOwnSheet', { kind, id, name: layout.sheetName, layout, runId });
  } finally {
    await call('endRun', runId);
  }
}

/** What the commission typed on the moderation sheet, and the computed columns written back. */
export async function refresh(record: ModerationRecord): Promise<SheetRead> {
  const sheet = await call('readOwnSheet', { kind: 'moderation', id: record.id });
  if (!sheet) throw new Error(MODERATION_UI[record.lang].sheetGone);
  const { rows, problems } = readModerationRows(sheet.values, record.moderation, record.lang);
  const computed = moderationComputed(sheet.values, rows, record.lang);
  await call('writeModerationComputed', { id: record.id, ...computed });
  return { rows, problems, sheetName: sheet.sheetName };
}

/** The protocol as the moderation sheet says now, as the sheet `protocol:<id>`. */
export function writeProtocol(
  record: ModerationRecord,
  rows: ModerationRow[],
  lang: Lang,
): Promise<{ sheetName: string; printUrl?: string }> {
  return writeOwn(
    'protocol',
    record.id,
    protocolLayout({ ...record.moderation, rows }, record.details, lang),
  );
}

async function journalNow(record: ModerationRecord, a1s: string[], rows: number[]) {
  const snapshot = await call('readJournal', record.moderation.journal);
  return { cells: journalCells(snapshot.values, a1s), pupils: journalPupils(snapshot, rows) };
}

/** What applying the agreed scores would change in the journal as it is now. */
export async function planApplication(record: ModerationRecord, rows: ModerationRow[]): Promise<ApplyPlan> {
  const now = await journalNow(
    record,
    rows.map((r) => r.a1),
    rows.map((r) => r.row),
  );
  return planApply(rows, now.cells, record.id, now.pupils);
}

/** What undoing this moderation's last application (from the audit log) would change. */
export async function planUndoing(
  record: ModerationRecord,
): Promise<{ changes: ScoreChange[]; conflicts: ScoreConflict[] }> {
  const applied = lastApplication(readAuditRows(await call('readAuditLog')).rows, record.id);
  if (applied.length === 0) return { changes: [], conflicts: [] };
  const cells = applied.map((a) => a.cell);
  const now = await journalNow(
    record,
    cells,
    record.moderation.rows.filter((r) => cells.includes(r.a1)).map((r) => r.row),
  );
  return planUndo(applied, now.cells, now.pupils);
}

/** Sends the confirmed changes; the server writes only cells that still hold what was planned. */
export function commit(
  record: ModerationRecord,
  changes: readonly ScoreChange[],
  action: 'apply' | 'undo',
  lang: Lang,
): Promise<ScoreChangeResult> {
  return call('applyScoreChanges', {
    sheetName: record.moderation.journal,
    changes: changes.map((c) => ({ a1: c.a1, pupil: c.pupil, expected: c.old, value: c.new })),
    audit: {
      moderationId: record.id,
      work: workLabel(record.moderation.work.ref, lang),
      reason: moderationTextsOf(lang).audit.reason,
      action,
      labels: {
        sheetName: MODERATION_UI[lang].auditSheet,
        protection: MODERATION_UI[lang].auditProtection,
        headers: [...moderationTextsOf(lang).audit.headers],
        action: moderationTextsOf(lang).audit[action],
      },
    },
  });
}
