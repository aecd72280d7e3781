/** A1 notation for 1-based rows and columns. */

/** 1 → A, 26 → Z, 27 → AA. */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`column ${column}`);
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A → 1, AA → 27; undefined for anything that is not column letters. */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Z]+$/i.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "C5:L34", or "C5" for a single cell. */
export function rangeA1(row: number, column: number, lastRow: number, lastColumn: number): string {
  const first = cellA1(row, column);
  return row === lastRow && column === lastColumn ? first : `${first}:${cellA1(lastRow, lastColumn)}`;
}

/** A whole-row span with the row made absolute ("M$4:O$4"), for a row broadcast to every pupil. */
export function rowAbsoluteA1(row: number, column: number, lastColumn: number): string {
  const first = `${columnLetter(column)}$${row}`;
  return column === lastColumn ? first : `${first}:${columnLetter(lastColumn)}$${row}`;
}
