import { snap } from '../numbers';
import type { ModerationRow } from './types';

export interface Discrepancy {
  row: ModerationRow;
  /** |difference| above the tolerance. */
  score: boolean;
  /** The moderators' score gives another period mark than the teacher's. */
  mark: boolean;
}

/** Rows the commission must discuss: the scores differ by more than `tolerance`, or the period mark would change. */
export function discrepancies(rows: readonly ModerationRow[], tolerance: number): Discrepancy[] {
  const found: Discrepancy[] = [];
  for (const row of rows) {
    if (row.difference === undefined) continue;
    const score = snap(Math.abs(row.difference)) > snap(tolerance);
    const mark = row.quarterModerators !== undefined && row.quarterModerators !== row.quarterTeacher;
    if (score || mark) found.push({ row, score, mark });
  }
  return found;
}
