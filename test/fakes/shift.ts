import type { Rect } from './a1';

/**
 * How inserting or deleting rows/columns moves things that live at positions (formats, notes,
 * validations, merges, protections, conditional-format ranges, developer metadata), as Sheets
 * moves them. One change along one axis: `at` is the first inserted/deleted index (1-based).
 */
export interface AxisChange {
  axis: 'row' | 'col';
  kind: 'insert' | 'delete';
  at: number;
  count: number;
}

/** The new index of one position, or null when it was deleted. */
export function shiftIndex(index: number, change: AxisChange): number | null {
  if (index < change.at) return index;
  if (change.kind === 'insert') return index + change.count;
  if (index < change.at + change.count) return null;
  return index - change.count;
}

/**
 * The new [start, length] of a span: insertions strictly inside it widen it, insertions at or
 * before its start move it; deletions shrink it, and a span whose every index is deleted is gone.
 */
export function shiftSpan(start: number, length: number, change: AxisChange): [number, number] | null {
  const end = start + length - 1;
  if (change.kind === 'insert') {
    if (change.at <= start) return [start + change.count, length];
    if (change.at <= end) return [start, length + change.count];
    return [start, length];
  }
  const delEnd = change.at + change.count - 1;
  const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(start, change.at) + 1);
  if (overlap === length) return null;
  const newStart = start < change.at ? start : start > delEnd ? start - change.count : change.at;
  return [newStart, length - overlap];
}

/** A rectangle after the change, or null when all its rows (or columns) were deleted. */
export function shiftRect(rect: Rect, change: AxisChange): Rect | null {
  const delta = change.kind === 'insert' ? change.count : -change.count;
  if (change.axis === 'row') {
    // An open-ended 'C:E' keeps spanning every row of the sheet.
    if (rect.wholeColumns) return { ...rect, numRows: rect.numRows + delta };
    const span = shiftSpan(rect.row, rect.numRows, change);
    return span && { ...rect, row: span[0], numRows: span[1] };
  }
  if (rect.wholeRows) return { ...rect, numCols: rect.numCols + delta };
  const span = shiftSpan(rect.col, rect.numCols, change);
  return span && { ...rect, col: span[0], numCols: span[1] };
}
