import { showRaw } from './cells';
import { callError } from './errors';
import { parseMark } from './annual';

/** Counts of a set of marks: exempt and empty cells are not counted (rules §5). */
export interface MarkCounts {
  n5: number;
  n4: number;
  n3: number;
  n2: number;
  na: number;
}

export interface Indicators extends MarkCounts {
  /** N = n5 + n4 + n3 + n2 + n_na. */
  n: number;
  /** Pass rate, успеваемость / үлгерім: (n5+n4+n3)/N × 100. */
  success?: number;
  /** Quality, качество знаний / білім сапасы: (n5+n4)/N × 100. */
  quality?: number;
  /** Degree of learning, СОУ / ООЖ (Simonov): (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·n_na)/N. */
  sou?: number;
  /** Mean of the marks 2–5 (н/а not counted). */
  mean?: number;
}

export const NO_MARKS: MarkCounts = { n5: 0, n4: 0, n3: 0, n2: 0, na: 0 };

/** Counts every cell of a range; a cell that is not a mark is a call-level error naming it. */
export function countMarks(cells: readonly (readonly unknown[])[]): MarkCounts {
  const counts = { ...NO_MARKS };
  cells.forEach((row, r) =>
    row.forEach((raw, c) => {
      const m = parseMark(raw);
      if (m === undefined) throw callError('invalidMarkCell', String(r + 1), String(c + 1), showRaw(raw));
      if (m.kind === 'na') counts.na++;
      else if (m.kind === 'mark') counts[`n${m.mark}`]++;
    }),
  );
  return counts;
}

export function indicators(c: MarkCounts): Indicators {
  const n = c.n5 + c.n4 + c.n3 + c.n2 + c.na;
  const marked = n - c.na;
  if (n === 0) return { ...c, n };
  return {
    ...c,
    n,
    success: ((c.n5 + c.n4 + c.n3) / n) * 100,
    quality: ((c.n5 + c.n4) / n) * 100,
    sou: (100 * c.n5 + 64 * c.n4 + 36 * c.n3 + 16 * c.n2 + 7 * c.na) / n,
    ...(marked > 0 ? { mean: (5 * c.n5 + 4 * c.n4 + 3 * c.n3 + 2 * c.n2) / marked } : {}),
  };
}

export function addCounts(a: MarkCounts, b: MarkCounts): MarkCounts {
  return { n5: a.n5 + b.n5, n4: a.n4 + b.n4, n3: a.n3 + b.n3, n2: a.n2 + b.n2, na: a.na + b.na };
}
