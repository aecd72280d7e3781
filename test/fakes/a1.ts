/**
 * A1 notation as Sheets reads and writes it: 'B3', 'B3:D7', 'C:C', 'C:E', '4:4', with an optional
 * sheet prefix ("'7А Математика'!B3", "Лист1!B3"). Rows and columns are 1-based everywhere here.
 */

/** A rectangle of cells; `wholeColumns`/`wholeRows` remember an open-ended 'C:E' / '4:6' reference. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  wholeColumns?: boolean;
  wholeRows?: boolean;
}

/** 1 → 'A', 27 → 'AA'. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 'A' → 1, 'aa' → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** The A1 text of a rectangle, 'C:C' for a whole-column reference as Sheets prints it. */
export function rectA1(rect: Rect): string {
  const lastRow = rect.row + rect.numRows - 1;
  const lastCol = rect.col + rect.numCols - 1;
  if (rect.wholeColumns) return `${columnLetter(rect.col)}:${columnLetter(lastCol)}`;
  if (rect.wholeRows) return `${rect.row}:${lastRow}`;
  if (rect.numRows === 1 && rect.numCols === 1) return cellA1(rect.row, rect.col);
  return `${cellA1(rect.row, rect.col)}:${cellA1(lastRow, lastCol)}`;
}

/** Quotes a sheet name for a reference only when Sheets would ('7А Математика', not 'Лист1'). */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'7А Математика'!B3" into the sheet name and the reference; no prefix → sheetName undefined. */
export function splitSheetPrefix(a1: string): { sheetName?: string; ref: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(a1);
  if (quoted) return { sheetName: quoted[1].replace(/''/g, "'"), ref: quoted[2] };
  const bang = a1.lastIndexOf('!');
  if (bang > 0) return { sheetName: a1.slice(0, bang), ref: a1.slice(bang + 1) };
  return { ref: a1 };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/**
 * Parses a reference without sheet prefix against a sheet of the given size. Throws the error
 * Apps Script throws for text it cannot read.
 */
export function parseA1(ref: string, maxRows: number, maxCols: number): Rect {
  const [first, second, extra] = ref.trim().split(':');
  const bad = () => new Error(`Range not found`);
  if (extra !== undefined || first === undefined || first === '') throw bad();
  const cell1 = CELL.exec(first);
  if (second === undefined) {
    if (!cell1) throw bad();
    return { row: Number(cell1[2]), col: columnNumber(cell1[1]), numRows: 1, numCols: 1 };
  }
  const cell2 = CELL.exec(second);
  if (cell1 && cell2) {
    const [r1, r2] = order(Number(cell1[2]), Number(cell2[2]));
    const [c1, c2] = order(columnNumber(cell1[1]), columnNumber(cell2[1]));
    return { row: r1, col: c1, numRows: r2 - r1 + 1, numCols: c2 - c1 + 1 };
  }
  const col1 = COLUMN.exec(first);
  const col2 = COLUMN.exec(second);
  if (col1 && col2) {
    const [c1, c2] = order(columnNumber(col1[1]), columnNumber(col2[1]));
    return { row: 1, col: c1, numRows: maxRows, numCols: c2 - c1 + 1, wholeColumns: true };
  }
  const row1 = ROW.exec(first);
  const row2 = ROW.exec(second);
  if (row1 && row2) {
    const [r1, r2] = order(Number(row1[1]), Number(row2[1]));
    return { row: r1, col: 1, numRows: r2 - r1 + 1, numCols: maxCols, wholeRows: true };
  }
  throw bad();
}

function order(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

export function rectContains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.numRows && col >= rect.col && col < rect.col + rect.numCols;
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}
