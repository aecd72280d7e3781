import { columnNumber } from '../journal/a1';

/** "P7" → row 7, column 16; undefined for anything that is not one cell. */
export function parseA1(a1: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/.exec(a1.trim());
  if (!m) return undefined;
  return { row: Number(m[2]), column: columnNumber(m[1])! };
}
