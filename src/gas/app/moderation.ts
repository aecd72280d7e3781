/**
 * Moderation (assessment rules §7) on the server, one use case per step of the panel: start (the
 * sample drawn, the moderation sheet and its record written), refresh (what the commission typed,
 * the computed columns written back), the protocol, the plan of an application or an undo, and
 * the confirmed score changes (compare-and-set, scoreChanges.ts). Every step reads what it needs
 * afresh; the record is kept with the moderation sheet (developer metadata), so any sidebar, on
 * any day, goes on with the same moderation.
 */
import { LANGS, type Lang } from '../../core/i18n';
import { journalCells, journalPupils, planApply, planUndo } from '../../core/moderation/apply';
import { lastApplication, readAuditRows } from '../../core/moderation/audit';
import { workLabel } from '../../core/moderation/format';
import { protocolLayout } from '../../core/moderation/protocol';
import { readModerationRows } from '../../core/moderation/read';
import { newModerationId, recordOf, type ModerationRecord } from '../../core/moderation/record';
import { moderationComputed, moderationSheetLayout } from '../../core/moderation/sheet';
import { isValidSampleRule } from '../../core/moderation/sample';
import { startModeration } from '../../core/moderation/start';
import { MODERATION_TEXTS } from '../../core/moderation/texts';
import type { SampleRule, ScoreChange, WorkRef } from '../../core/moderation/types';
import { sheetText } from '../../core/sheetText';
import type {
  ModerationPlan,
  ModerationRead,
  ModerationStart,
  ScoreChangeResult,
  StartRequest,
  StoredModeration,
} from '../../shared/endpoints';
import { findAuditSheet } from '../auditLog';
import type { Ctx } from '../context';
import { journalSnapshot, plainValues } from '../endpoints/journalData';
import { readOwnSheet, writeOwnLayout } from '../endpoints/reports';
import { findJournals } from '../journalReader';
import { withDocumentLock } from '../lock';
import { findOwnSheet } from '../ownSheets';
import { applyScoreChanges } from '../scoreChanges';
import { UserError } from '../userError';

export const MODERATION_KEY = 'kb.moderation';

const isText = (x: unknown, max = 500): x is string => typeof x === 'string' && x.length <= max;
const isLang = (x: unknown): x is Lang => (LANGS as readonly unknown[]).includes(x);

/** What the start form sent, checked field by field (a malformed request is refused whole). */
function startInput(ctx: Ctx, r: StartRequest): Omit<StartRequest, 'sheetName'> {
  const bad = () => new UserError(ctx.texts.server.badScope);
  const w = r?.work;
  const work: WorkRef | undefined =
    w?.kind === 'soch'
      ? { kind: 'soch' }
      : w?.kind === 'sor' && Number.isInteger(w.index) && w.index >= 1
        ? { kind: 'sor', index: w.index }
        : undefined;
  const rule = r?.rule;
  const ruleOk = isValidSampleRule(rule);
  const d = r?.details;
  const detailsOk =
    d &&
    [d.school, d.number, d.date, d.chair, d.secretary].every((x) => isText(x)) &&
    Array.isArray(d.members) &&
    d.members.length <= 20 &&
    d.members.every((m) => isText(m));
  if (
    !work ||
    !ruleOk ||
    !Number.isInteger(r.seed) ||
    typeof r.tolerance !== 'number' ||
    r.tolerance < 0 ||
    !detailsOk ||
    !isLang(r.lang)
  )
    throw bad();
  return {
    work,
    rule: rule as SampleRule,
    seed: r.seed >>> 0,
    tolerance: r.tolerance,
    details: d,
    lang: r.lang,
  };
}

/** Draws the sample and writes the moderation sheet with its record. */
export function startModerationRun(ctx: Ctx, request: StartRequest): ModerationStart {
  const input = startInput(ctx, request);
  const [journal] = findJournals(ctx.ss, new Set([String(request.sheetName)]));
  if (!journal) throw new UserError(ctx.texts.server.journalNotFound(String(request.sheetName)));
  const id = newModerationId(Date.now(), Math.random);
  const snapshot = journalSnapshot(ctx, journal.sheet, journal.meta, undefined, false);
  const result = startModeration(snapshot, input.work, {
    id,
    rule: input.rule,
    seed: input.seed,
    tolerance: input.tolerance,
  });
  if (!result.ok) return { ok: false, reason: result.reason };
  const record: ModerationRecord = {
    v: 1,
    id,
    lang: input.lang,
    moderation: result.moderation,
    details: input.details,
  };
  const layout = moderationSheetLayout(result.moderation, input.lang);
  const { sheetName } = writeOwnLayout(ctx, { kind: 'moderation', id }, layout.sheetName, layout);
  // Developer metadata holds 30,000 characters: far more than a class's sample needs.
  withDocumentLock(ctx.services, ctx.texts.server.busy, () =>
    sheetOf(ctx, id).addDeveloperMetadata(MODERATION_KEY, JSON.stringify(record)),
  );
  return { ok: true, record, sheetName, unreadable: result.unreadable.length };
}

/** Every moderation of the file, with its record (one per id, should a user duplicate its sheet). */
export function listModerations(ctx: Ctx): StoredModeration[] {
  const seen = new Set<string>();
  return ctx.ss
    .createDeveloperMetadataFinder()
    .withKey(MODERATION_KEY)
    .find()
    .flatMap((md) => {
      const sheet = md.getLocation().getSheet();
      const record = recordOf(md.getValue() ?? '');
      if (!sheet || !record || seen.has(record.id)) return [];
      seen.add(record.id);
      return [{ sheetName: sheet.getName(), record }];
    });
}

function sheetOf(ctx: Ctx, id: string) {
  const sheet = findOwnSheet(ctx.ss, { kind: 'moderation', id });
  if (!sheet) throw new UserError(MODERATION_TEXTS.of(ctx.lang).audit.sheetGone);
  return sheet;
}

function recordById(ctx: Ctx, id: unknown): ModerationRecord {
  const sheet = typeof id === 'string' ? sheetOf(ctx, id) : undefined;
  const md = sheet?.getDeveloperMetadata().find((m) => m.getKey() === MODERATION_KEY);
  const record = md ? recordOf(md.getValue() ?? '') : undefined;
  if (!record || record.id !== id) throw new UserError(MODERATION_TEXTS.of(ctx.lang).audit.sheetGone);
  return record;
}

/** What the commission typed on the moderation sheet; the computed columns written back. */
export function refreshModeration(ctx: Ctx, id: unknown): ModerationRead {
  const record = recordById(ctx, id);
  const sheet = readOwnSheet(ctx, { kind: 'moderation', id: record.id });
  if (!sheet) throw new UserError(MODERATION_TEXTS.of(ctx.lang).audit.sheetGone);
  const { rows, problems } = readModerationRows(sheet.values, record.moderation, record.lang);
  const computed = moderationComputed(sheet.values, rows, record.lang);
  withDocumentLock(ctx.services, ctx.texts.server.busy, () =>
    sheetOf(ctx, record.id)
      .getRange(computed.a1)
      .setValues(
        computed.values.map((r) => r.map((v) => (typeof v === 'number' ? v : sheetText(String(v))))),
      ),
  );
  return { record, rows, problems, sheetName: sheet.sheetName };
}

/** The protocol as the moderation sheet says now, as the sheet `protocol:<id>`. */
export function writeProtocol(
  ctx: Ctx,
  request: { id: unknown; lang: unknown },
): ModerationRead & { protocol: { sheetName: string; printUrl: string } } {
  const read = refreshModeration(ctx, request?.id);
  const lang = isLang(request?.lang) ? request.lang : ctx.lang;
  const layout = protocolLayout({ ...read.record.moderation, rows: read.rows }, read.record.details, lang);
  const protocol = writeOwnLayout(ctx, { kind: 'protocol', id: read.record.id }, layout.sheetName, layout);
  return { ...read, protocol };
}

/** What applying the agreed scores, or undoing the last application, would change in the journal as it is now. */
export function planModeration(ctx: Ctx, request: { id: unknown; action: unknown }): ModerationPlan {
  if (request?.action === 'apply') {
    const read = refreshModeration(ctx, request.id);
    const now = journalNow(
      ctx,
      read.record,
      read.rows.map((r) => r.a1),
      read.rows.map((r) => r.row),
    );
    const plan = planApply(read.rows, now.cells, read.record.id, now.pupils);
    return {
      read,
      changes: plan.changes,
      conflicts: plan.conflicts,
      notAgreed: plan.notAgreed.length,
      alreadyApplied: plan.alreadyApplied.length,
    };
  }
  if (request?.action !== 'undo') throw new UserError(ctx.texts.server.badScope);
  const record = recordById(ctx, request.id);
  const log = findAuditSheet(ctx.ss);
  const applied = lastApplication(
    readAuditRows(log ? plainValues(log.getDataRange().getValues()) : []).rows,
    record.id,
  );
  if (applied.length === 0) return { changes: [], conflicts: [], notAgreed: 0, alreadyApplied: 0 };
  const cells = applied.map((a) => a.cell);
  const now = journalNow(
    ctx,
    record,
    cells,
    record.moderation.rows.filter((r) => cells.includes(r.a1)).map((r) => r.row),
  );
  const plan = planUndo(applied, now.cells, now.pupils);
  return { changes: plan.changes, conflicts: plan.conflicts, notAgreed: 0, alreadyApplied: 0 };
}

function journalNow(ctx: Ctx, record: ModerationRecord, a1s: string[], rows: number[]) {
  const [journal] = findJournals(ctx.ss, new Set([record.moderation.journal]));
  if (!journal) throw new UserError(ctx.texts.server.journalNotFound(record.moderation.journal));
  const snapshot = journalSnapshot(ctx, journal.sheet, journal.meta, undefined, false);
  return { cells: journalCells(snapshot.values, a1s), pupils: journalPupils(snapshot, rows) };
}

/**
 * The changes the user confirmed: written only where the journal still holds what the plan read
 * (compare-and-set under the document lock), each logged first, in the moderation's language.
 */
export function commitModeration(
  ctx: Ctx,
  request: { id: unknown; action: unknown; changes: unknown },
): ScoreChangeResult {
  const record = recordById(ctx, request?.id);
  const action = request?.action === 'undo' ? 'undo' : request?.action === 'apply' ? 'apply' : undefined;
  if (!action || !Array.isArray(request.changes)) throw new UserError(ctx.texts.server.badScope);
  const t = MODERATION_TEXTS.of(record.lang);
  return applyScoreChanges(ctx, {
    sheetName: record.moderation.journal,
    changes: (request.changes as ScoreChange[]).map((c) => ({
      a1: c?.a1,
      pupil: c?.pupil,
      expected: c?.old,
      value: c?.new,
    })),
    audit: {
      moderationId: record.id,
      work: workLabel(record.moderation.work.ref, record.lang),
      reason: t.audit.reason,
      action,
      labels: { sheetName: t.audit.sheet, protection: t.audit.protection, headers: [...t.audit.headers] },
    },
  });
}
