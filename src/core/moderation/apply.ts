import { parseCell, showRaw } from '../cells';
import { cleanText, nameKey } from '../journal/names';
import { foundColumns, type JournalSnapshot } from '../journal/snapshot';
import { snap } from '../numbers';
import { parseA1 } from './a1';
import type { AuditRow } from './audit';
import type { ModerationRow, ScoreChange, ScoreConflict } from './types';

/** The journal's score cells now, by A1 (the gas layer reads them in one getValues). */
export type JournalCells = ReadonlyMap<string, unknown>;

/** The cells at `a1s` of a journal's values read from A1 (values[r - 1][c - 1] is row r, column c). */
export function journalCells(
  values: readonly (readonly unknown[])[],
  a1s: readonly string[],
): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const a1 of a1s) {
    const at = parseA1(a1);
    if (at) cells.set(a1, values[at.row - 1]?.[at.column - 1] ?? '');
  }
  return cells;
}

/** Who is in each journal row now (pupil column by its tag), to notice rows inserted or sorted since. */
export type JournalPupils = ReadonlyMap<number, string>;

export function journalPupils(snapshot: JournalSnapshot, rows: readonly number[]): Map<number, string> {
  const column = foundColumns(snapshot.columns).pupil;
  const pupils = new Map<number, string>();
  if (column === undefined) return pupils;
  for (const row of rows) pupils.set(row, cleanText(snapshot.values[row - 1]?.[column - 1]));
  return pupils;
}

/** The row now holds someone else: the cell is not this pupil's score any more. */
function moved(pupils: JournalPupils | undefined, row: number, pupil: string): string | undefined {
  const now = pupils?.get(row);
  return now !== undefined && nameKey(now) !== nameKey(pupil) ? now : undefined;
}

export interface ApplyPlan {
  moderationId: string;
  changes: ScoreChange[];
  /** Cells changed since the moderation started: refused, never overwritten. */
  conflicts: ScoreConflict[];
  /** Cells that already hold the agreed score (applied before): nothing to do. */
  alreadyApplied: string[];
  /** Rows without an agreed score yet. */
  notAgreed: string[];
}

/**
 * What writing the agreed scores into the journal would change. A cell is only rewritten while it
 * still holds the score the moderation started from (and, given `pupils`, its row still holds the
 * same pupil); an agreed score equal to the teacher's changes nothing.
 */
export function planApply(
  rows: readonly ModerationRow[],
  now: JournalCells,
  moderationId: string,
  pupils?: JournalPupils,
): ApplyPlan {
  const plan: ApplyPlan = { moderationId, changes: [], conflicts: [], alreadyApplied: [], notAgreed: [] };
  for (const r of rows) {
    if (r.agreed === undefined) {
      plan.notAgreed.push(r.a1);
      continue;
    }
    if (snap(r.agreed) === snap(r.teacher)) continue;
    const raw = now.get(r.a1);
    const other = moved(pupils, r.row, r.pupil);
    if (other !== undefined) {
      plan.conflicts.push({
        pupil: r.pupil,
        a1: r.a1,
        expected: r.teacher,
        found: found(raw),
        pupilFound: other,
      });
    } else if (holds(raw, r.teacher)) {
      plan.changes.push({
        pupil: r.pupil,
        row: r.row,
        column: r.column,
        a1: r.a1,
        old: scoreValue(raw),
        new: r.agreed,
      });
    } else if (holds(raw, r.agreed)) plan.alreadyApplied.push(r.a1);
    else plan.conflicts.push({ pupil: r.pupil, a1: r.a1, expected: r.teacher, found: found(raw) });
  }
  return plan;
}

/**
 * The changes that undo one application (its audit rows, see lastApplication): each cell gets its
 * old value back exactly as it was, while it still holds the score the application wrote.
 */
export function planUndo(
  applied: readonly AuditRow[],
  now: JournalCells,
  pupils?: JournalPupils,
): { changes: ScoreChange[]; conflicts: ScoreConflict[] } {
  const changes: ScoreChange[] = [];
  const conflicts: ScoreConflict[] = [];
  for (const a of [...applied].reverse()) {
    const raw = now.get(a.cell);
    const at = parseA1(a.cell);
    const other = at && moved(pupils, at.row, a.pupil);
    if (other !== undefined) {
      conflicts.push({ pupil: a.pupil, a1: a.cell, expected: a.new, found: found(raw), pupilFound: other });
    } else if (at && holds(raw, a.new)) {
      changes.push({
        pupil: a.pupil,
        row: at.row,
        column: at.column,
        a1: a.cell,
        old: scoreValue(raw),
        new: a.old,
      });
    } else conflicts.push({ pupil: a.pupil, a1: a.cell, expected: a.new, found: found(raw) });
  }
  return { changes, conflicts };
}

/** Whether a cell holds this score, typed as a number or as text («7,5»). */
function holds(raw: unknown, score: number | string): boolean {
  const c = parseCell(raw);
  const s = parseCell(score);
  return c.kind === 'number' && s.kind === 'number' && snap(c.value) === snap(s.value);
}

/** A cell that holds a score, as it is: a number, or the text it was typed as. */
function scoreValue(raw: unknown): number | string {
  return typeof raw === 'number' ? raw : String(raw);
}

function found(raw: unknown): number | string {
  if (typeof raw === 'number') return raw;
  return raw === undefined || raw === null ? '' : showRaw(raw);
}
