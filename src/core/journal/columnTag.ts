import type { ColumnRole } from './types';

/** One column's role, as laid out (JournalLayout.columnRoles) and as found again from metadata. */
export interface ColumnTag {
  column: number;
  role: ColumnRole;
  index: number;
}

/** Developer-metadata key of a journal column, and of the journal sheet's own record. */
export const COLUMN_KEY = 'kb.col';
export const JOURNAL_KEY = 'kb.journal';

const ROLES: readonly ColumnRole[] = ['number', 'pupil', 'fo', 'sor', 'soch', 'detail'];
const SINGLE: ReadonlySet<ColumnRole> = new Set(['number', 'pupil', 'soch']);

/** The `kb.col` metadata value: "fo:3", "sor:1", "detail:5"; single columns are just "pupil", "soch". */
export function columnTagValue(role: ColumnRole, index: number): string {
  return SINGLE.has(role) ? role : `${role}:${index}`;
}

/** Reads a `kb.col` value back; undefined for anything this version did not write. */
export function parseColumnTag(
  value: string | null | undefined,
): { role: ColumnRole; index: number } | undefined {
  const m = /^([a-z]+)(?::(\d{1,3}))?$/.exec(String(value ?? '').trim());
  if (!m || !(ROLES as readonly string[]).includes(m[1])) return undefined;
  const role = m[1] as ColumnRole;
  if (SINGLE.has(role)) return m[2] === undefined ? { role, index: 1 } : undefined;
  const index = Number(m[2]);
  return m[2] !== undefined && index >= 1 ? { role, index } : undefined;
}
