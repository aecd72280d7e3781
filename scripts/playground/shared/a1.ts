/** A1 notation for the page and the server (1-based rows and columns, as in Sheets). */

export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}
