/**
 * Score changes in a journal, with compare-and-set under the document lock: the one place the
 * add-on rewrites marked scores (moderation, assessment rules §7). The server trusts nothing the
 * sidebar planned: it re-reads every cell and refuses (and reports) a cell that no longer holds the
 * expected score, a row that now holds another pupil, a formula (its value could not restore it),
 * or a cell outside the journal's СОР/СОЧ columns; it writes only the cells it accepted, and logs
 * each one (old and new) before writing it, so no original score is ever lost.
 */
import { columnNumber } from '../core/journal/a1';
import { cleanText, nameKey } from '../core/journal/names';
import { auditRows, auditValues } from '../core/moderation/audit';
import type { ScoreChange } from '../core/moderation/types';
import { sheetText } from '../core/sheetText';
import type { ScoreChangeRequest, ScoreChangeResult } from '../shared/endpoints';
import { appendAudit } from './auditLog';
import type { Ctx } from './context';
import { findJournals, journalColumns } from './journalReader';
import { withDocumentLock } from './lock';
import type { CellValue } from './services';
import { UserError } from './userError';

const isScore = (v: unknown): v is number | string =>
  (typeof v === 'number' && isFinite(v)) || typeof v === 'string';
const isText = (v: unknown) => typeof v === 'string';
/** A number as it was, text as text (a score typed «7,5» stays text; a name never becomes a formula). */
const cellValue = (v: number | string) => (typeof v === 'number' ? v : sheetText(v));
const shown = (v: CellValue | undefined) =>
  typeof v === 'number' ? v : v instanceof Date ? v.toISOString() : String(v ?? '');

/** A malformed request is the sidebar's bug, not a conflict: it is refused whole, nothing written. */
function cellsOf(ctx: Ctx, r: ScoreChangeRequest): { row: number; column: number }[] {
  const a = r?.audit;
  const l = a?.labels;
  const ok =
    Array.isArray(r?.changes) &&
    ['apply', 'undo'].includes(a?.action) &&
    [r.sheetName, a.moderationId, a.work, a.reason, l?.sheetName, l?.protection].every(isText) &&
    Array.isArray(l.headers) &&
    l.headers.length === 11 &&
    l.headers.every(isText);
  const seen = new Set<string>();
  return (ok ? r.changes : [null]).map((c) => {
    const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(String(c?.a1));
    if (!c || !m || seen.has(c.a1) || !isScore(c.expected) || !isScore(c.value) || !isText(c.pupil)) {
      throw new UserError(ctx.texts.server.badCell(String(c?.a1 ?? '')));
    }
    seen.add(c.a1);
    return { row: Number(m[2]), column: columnNumber(m[1])! };
  });
}

export function applyScoreChanges(ctx: Ctx, request: ScoreChangeRequest): ScoreChangeResult {
  const cells = cellsOf(ctx, request);
  return withDocumentLock(ctx.services, ctx.texts.server.busy, () => {
    const [journal] = findJournals(ctx.ss, new Set([request.sheetName]));
    if (!journal) throw new UserError(ctx.texts.server.journalNotFound(request.sheetName));
    const { sheet, meta } = journal;
    const when = new Date().toISOString();
    const result: ScoreChangeResult = { applied: [], conflicts: [], when };
    if (cells.length === 0) return result;

    // The sheet's values (its column roles confirmed by the header row), then the formulas of
    // the rows concerned: three reads, all under the lock, right before the writes.
    const all = sheet.getDataRange().getValues();
    const tags = journalColumns(sheet, meta, all);
    const scoreColumns = tags.filter((t) => t.role === 'sor' || t.role === 'soch').map((t) => t.column);
    const pupilColumn = tags.find((t) => t.role === 'pupil')?.column;
    const top = Math.min(...cells.map((c) => c.row));
    const width = Math.max(pupilColumn ?? 1, ...cells.map((c) => c.column));
    const height = Math.max(...cells.map((c) => c.row)) - top + 1;
    const values = Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => all[top - 1 + r]?.[c] ?? ''),
    );
    const formulas = sheet.getRange(top, 1, height, width).getFormulas();
    const accepted: { row: number; column: number; value: number | string }[] = [];
    const logged: ScoreChange[] = [];
    const a = request.audit;

    request.changes.forEach((c, i) => {
      const { row, column } = cells[i];
      const raw = values[row - top][column - 1];
      const pupil = pupilColumn ? cleanText(values[row - top][pupilColumn - 1]) : undefined;
      const moved = pupil !== undefined && nameKey(pupil) !== nameKey(c.pupil);
      const formula = formulas[row - top][column - 1];
      const held = typeof raw === 'number' || typeof raw === 'string' ? raw === c.expected : false;
      if (!held || moved || formula || row < meta.rows.firstPupilRow || !scoreColumns.includes(column)) {
        result.conflicts.push({
          a1: c.a1,
          pupil: c.pupil,
          expected: c.expected,
          found: formula || shown(raw),
          ...(moved ? { pupilFound: pupil } : {}),
        });
        return;
      }
      const old = raw as number | string;
      accepted.push({ row, column, value: c.value });
      result.applied.push({ a1: c.a1, pupil: c.pupil, old, value: c.value });
      logged.push({ pupil: pupil ?? c.pupil, row, column, a1: c.a1, old, new: c.value });
    });
    // "Who" stays empty: Session gives no identity without an email scope, which is not asked for.
    const log = auditValues(
      auditRows(logged, {
        when,
        journal: sheet.getName(),
        work: a.work,
        reason: a.reason,
        moderationId: a.moderationId,
        action: a.action,
      }),
    );

    // The log first: should a write below fail, no old score is lost, and an undo refuses the
    // cells that never changed.
    appendAudit(ctx.ss, a.labels, log);
    // Adjacent rows of one column in one setValues; no cell outside the accepted ones is written.
    accepted.sort((x, y) => x.column - y.column || x.row - y.row);
    for (let i = 0; i < accepted.length;) {
      let j = i + 1;
      while (
        j < accepted.length &&
        accepted[j].column === accepted[i].column &&
        accepted[j].row === accepted[i].row + j - i
      )
        j++;
      const run = accepted.slice(i, j);
      sheet
        .getRange(run[0].row, run[0].column, run.length, 1)
        .setValues(run.map((x) => [cellValue(x.value)]));
      i = j;
    }
    ctx.services.SpreadsheetApp.flush(); // written before the lock is released
    return result;
  });
}
