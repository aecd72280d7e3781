import type { AxisChange } from './shift';
import { shiftIndex } from './shift';

/**
 * A sparse map of per-cell records (formats, notes, validations) that moves with inserted and
 * deleted rows/columns. Keys are (row, col), 1-based.
 */
export class Grid<T> {
  private cells = new Map<number, T>();

  // Columns are bounded by Sheets' 18278 (ZZZ), so row * 2^15 + col is a unique integer key.
  private static key(row: number, col: number): number {
    return row * 32768 + col;
  }

  get(row: number, col: number): T | undefined {
    return this.cells.get(Grid.key(row, col));
  }

  set(row: number, col: number, value: T): void {
    this.cells.set(Grid.key(row, col), value);
  }

  delete(row: number, col: number): void {
    this.cells.delete(Grid.key(row, col));
  }

  /** The record at (row, col), created by `make` if absent. */
  ensure(row: number, col: number, make: () => T): T {
    const key = Grid.key(row, col);
    let value = this.cells.get(key);
    if (value === undefined) {
      value = make();
      this.cells.set(key, value);
    }
    return value;
  }

  *entries(): IterableIterator<[number, number, T]> {
    for (const [key, value] of this.cells) yield [Math.floor(key / 32768), key % 32768, value];
  }

  get size(): number {
    return this.cells.size;
  }

  clear(): void {
    this.cells.clear();
  }

  /** Moves every record by the change; records in deleted rows/columns are dropped. */
  apply(change: AxisChange): void {
    const moved = new Map<number, T>();
    for (const [row, col, value] of this.entries()) {
      const r = change.axis === 'row' ? shiftIndex(row, change) : row;
      const c = change.axis === 'col' ? shiftIndex(col, change) : col;
      if (r !== null && c !== null) moved.set(Grid.key(r, c), value);
    }
    this.cells = moved;
  }
}
