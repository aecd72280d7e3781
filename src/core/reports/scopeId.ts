/**
 * A monitoring scope and how it is named between the sidebar and the server (q1…q4, h1, h2,
 * year): small on purpose, with no mark engine behind it, so the sidebar may import it.
 */
import type { PeriodKind } from '../journal/types';

export type Scope = { kind: 'quarter'; n: number } | { kind: 'half'; n: number } | { kind: 'year' };

/** The tag id of a scope's sheet, and what the sidebar sends: q1…q4, h1, h2, year. */
export function scopeId(scope: Scope): string {
  return scope.kind === 'year' ? 'year' : `${scope.kind === 'quarter' ? 'q' : 'h'}${scope.n}`;
}

export function parseScopeId(id: unknown): Scope | undefined {
  if (id === 'year') return { kind: 'year' };
  const m = typeof id === 'string' ? /^([qh])([1-4])$/.exec(id) : null;
  if (!m || (m[1] === 'h' && Number(m[2]) > 2)) return undefined;
  return { kind: m[1] === 'q' ? 'quarter' : 'half', n: Number(m[2]) };
}

/** The journals a scope reads: its own period and the one before (for the change columns); all for the year. */
export function journalsForScope<J extends { periodKind?: PeriodKind; period?: number }>(
  journals: readonly J[],
  scope: Scope,
): J[] {
  if (scope.kind === 'year') return [...journals];
  const quarters = scope.kind === 'quarter' ? [scope.n, scope.n - 1] : [2 * scope.n, 2 * scope.n - 2];
  const halves = scope.kind === 'half' ? [scope.n, scope.n - 1] : [];
  return journals.filter((j) =>
    j.periodKind === 'quarter' ? quarters.includes(j.period ?? 0) : halves.includes(j.period ?? 0),
  );
}

/** The latest period the journals have (a quarter before a half-year): what a coordinator reports on now. */
export function latestScopeId(journals: readonly { periodKind?: PeriodKind; period?: number }[]): string {
  const latest = (kind: PeriodKind) =>
    Math.max(0, ...journals.filter((j) => j.periodKind === kind).map((j) => j.period ?? 0));
  if (latest('quarter') > 0) return `q${latest('quarter')}`;
  if (latest('half') > 0) return `h${latest('half')}`;
  return 'q1';
}
