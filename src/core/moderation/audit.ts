import { LANGS, type Lang } from '../i18n';
import { cleanText } from '../journal/names';
import { sheetText } from '../sheetText';
import { parseA1 } from './a1';
import { MODERATION_TEXTS } from './texts';
import type { ScoreChange } from './types';

export type AuditAction = 'apply' | 'undo';

/** One line of the audit log: one journal cell rewritten. */
export interface AuditRow {
  /** ISO time of the application; every row of one application has the same. */
  when: string;
  who: string;
  journal: string;
  pupil: string;
  /** The journal cell (A1), for the undo. */
  cell: string;
  work: string;
  old: number | string;
  new: number | string;
  action: AuditAction;
  reason: string;
  moderationId: string;
}

export interface AuditContext {
  when: string;
  who?: string;
  journal: string;
  /** The work's name as shown (workLabel). */
  work: string;
  reason: string;
  moderationId: string;
  /** Default 'apply'. */
  action?: AuditAction;
}

export function auditRows(changes: readonly ScoreChange[], ctx: AuditContext): AuditRow[] {
  return changes.map((c) => ({
    when: ctx.when,
    who: ctx.who ?? '',
    journal: ctx.journal,
    pupil: c.pupil,
    cell: c.a1,
    work: ctx.work,
    old: c.old,
    new: c.new,
    action: ctx.action ?? 'apply',
    reason: ctx.reason,
    moderationId: ctx.moderationId,
  }));
}

export function auditHeader(lang: Lang): string[] {
  return [...MODERATION_TEXTS.of(lang).audit.headers];
}

/**
 * Rows for one setValues (appended below the header): text as text, scores as they were, the
 * action as its code — a changed translation must never break Undo on an existing log.
 */
export function auditValues(rows: readonly AuditRow[]): (string | number)[][] {
  const value = (v: number | string) => (typeof v === 'number' ? v : sheetText(v));
  return rows.map((r) => [
    sheetText(r.when),
    sheetText(r.who),
    sheetText(r.journal),
    sheetText(r.pupil),
    sheetText(r.cell),
    sheetText(r.work),
    value(r.old),
    value(r.new),
    r.action,
    sheetText(r.reason),
    sheetText(r.moderationId),
  ]);
}

/**
 * The action: its code (how the log stores it), or the word in any language (logs written before
 * codes, possibly in another language).
 */
function actionOf(raw: unknown): AuditAction | undefined {
  const word = cleanText(raw).toLowerCase();
  if (word === 'apply' || word === 'undo') return word;
  for (const lang of LANGS) {
    if (word === MODERATION_TEXTS[lang].audit.apply) return 'apply';
    if (word === MODERATION_TEXTS[lang].audit.undo) return 'undo';
  }
  return undefined;
}

/**
 * The audit log as read back (getValues from A1, the header in row 1). Rows that cannot be read
 * are returned by sheet row, so an undo never silently skips a cell.
 */
export function readAuditRows(values: readonly (readonly unknown[])[]): {
  rows: AuditRow[];
  unreadable: number[];
} {
  const rows: AuditRow[] = [];
  const unreadable: number[] = [];
  values.forEach((v, i) => {
    if (i === 0 || v.every((x) => cleanText(x) === '')) return;
    const text = (k: number) => {
      const x = v[k];
      return Object.prototype.toString.call(x) === '[object Date]' ? (x as Date).toISOString() : cleanText(x);
    };
    const score = (k: number): number | string | undefined =>
      typeof v[k] === 'number'
        ? (v[k] as number)
        : typeof v[k] === 'string' && v[k] !== ''
          ? (v[k] as string)
          : undefined;
    const [old, nu, action, cell] = [score(6), score(7), actionOf(v[8]), text(4).toUpperCase()];
    if (old === undefined || nu === undefined || action === undefined || !parseA1(cell) || text(10) === '') {
      unreadable.push(i + 1);
      return;
    }
    rows.push({
      when: text(0),
      who: text(1),
      journal: text(2),
      pupil: text(3),
      cell,
      work: text(5),
      old,
      new: nu,
      action,
      reason: text(9),
      moderationId: text(10),
    });
  });
  return { rows, unreadable };
}

/**
 * The rows of a moderation's last application still in force: applications and undos are batches
 * (same time and action, one after another in the log); an undo cancels the latest application
 * not yet undone. Empty when there is nothing to undo.
 */
export function lastApplication(rows: readonly AuditRow[], moderationId: string): AuditRow[] {
  const batches: { action: AuditAction; when: string; rows: AuditRow[] }[] = [];
  for (const r of rows) {
    if (r.moderationId !== moderationId) continue;
    const last = batches[batches.length - 1];
    if (last && last.action === r.action && last.when === r.when) last.rows.push(r);
    else batches.push({ action: r.action, when: r.when, rows: [r] });
  }
  const applied: AuditRow[][] = [];
  for (const b of batches) {
    if (b.action === 'apply') applied.push(b.rows);
    else applied.pop();
  }
  return applied[applied.length - 1] ?? [];
}
