import { snap } from '../numbers';
import { discrepancies } from './rows';
import type { ModerationRow } from './types';

export interface Conclusion {
  /** Rows the protocol lists: a discrepancy, or an agreed score other than the teacher's. */
  deviations: ModerationRow[];
  /** Rows without the moderators' score: the protocol cannot yet say «no deviation». */
  notEntered: number;
}

export function conclusionOf(rows: readonly ModerationRow[], tolerance: number): Conclusion {
  const flagged = new Set(discrepancies(rows, tolerance).map((d) => d.row));
  return {
    deviations: rows.filter(
      (r) => flagged.has(r) || (r.agreed !== undefined && snap(r.agreed) !== snap(r.teacher)),
    ),
    notEntered: rows.filter((r) => r.moderators === undefined).length,
  };
}
