import { parseCell, showRaw } from './cells';
import { problem } from './i18n';
import { Q } from './exact';
import { EMPTY_ROW, EXEMPT_ROW, invalidRow, type Outcome } from './outcome';
import type { Mark } from './scale';

export type AnnualResult = Outcome | { kind: 'mark'; mark: Mark; mean: number };

/** A period mark as read back from a journal: 2–5, н/а, exempt, or not set yet. */
export type PeriodMarkCell =
  { kind: 'mark'; mark: Mark } | { kind: 'na' } | { kind: 'exempt' } | { kind: 'empty' };

/** Reads a period mark cell; undefined when it holds anything else (a KB_QUARTER "! …" included). */
export function parseMark(raw: unknown): PeriodMarkCell | undefined {
  const c = parseCell(raw);
  if (c.kind === 'number') {
    const v = c.value;
    return Number.isInteger(v) && v >= 2 && v <= 5 ? { kind: 'mark', mark: v as Mark } : undefined;
  }
  if (c.kind === 'na' || c.kind === 'exempt' || c.kind === 'empty') return c;
  return undefined;
}

/**
 * The annual mark (rules §4): the half-up mean of the period marks; pending ("") while a period
 * is empty, н/а if any period is н/а, exempt periods skipped.
 */
export function computeAnnual(periods: readonly unknown[]): AnnualResult {
  const cells = periods.map(parseMark);
  const bad = cells.findIndex((c) => c === undefined);
  if (bad >= 0) return invalidRow(problem('notAMark', { part: 'period', n: bad + 1 }, showRaw(periods[bad])));
  if (cells.every((c) => c!.kind === 'empty')) return EMPTY_ROW;
  if (cells.some((c) => c!.kind === 'na')) return { kind: 'na', reason: 'period' };
  if (cells.some((c) => c!.kind === 'empty')) return EMPTY_ROW;
  const marks = cells.flatMap((c) => (c!.kind === 'mark' ? [c!.mark] : []));
  if (marks.length === 0) return EXEMPT_ROW;
  const mean = Q.int(marks.reduce((a, b) => a + b, 0)).div(Q.int(marks.length));
  return { kind: 'mark', mark: mean.halfUp().toNumber() as Mark, mean: mean.toNumber() };
}
