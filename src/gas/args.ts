import { callError } from '../core/errors';

/** A range as Sheets passes it to a custom function: rows of cells. */
export type Grid = readonly (readonly unknown[])[];

/**
 * Normalises one argument: a range stays a grid, a single cell becomes 1×1, and an omitted or
 * empty argument (Sheets sends `undefined`, `null` or `""`) becomes undefined.
 */
export function grid(arg: unknown): Grid | undefined {
  if (arg === undefined || arg === null || arg === '') return undefined;
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) return undefined;
  return arg.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}

export function columns(g: Grid | undefined): number {
  return g ? Math.max(...g.map((r) => r.length)) : 0;
}

/**
 * The pupil count of a call. Pupil arguments never broadcast (contract v2): all that are given
 * have the same rows. A max-like argument (`perRow`) has one row for every pupil, or one per pupil.
 */
export function pupilRows(
  pupil: Record<string, Grid | undefined>,
  perRow: Record<string, Grid | undefined> = {},
): number {
  const given = Object.entries(pupil).filter((e): e is [string, Grid] => e[1] !== undefined);
  const n = given[0]?.[1].length ?? 1;
  for (const [name, g] of given) {
    if (g.length !== n) throw callError('pupilRowsMismatch', name, String(g.length), given[0][0], String(n));
  }
  for (const [name, g] of Object.entries(perRow)) {
    if (g && g.length !== 1 && g.length !== n)
      throw callError('rowsMismatch', name, String(g.length), String(n));
  }
  return n;
}

/** Row r of a broadcast argument (one row serves every pupil). */
export function rowOf(g: Grid | undefined, r: number): readonly unknown[] {
  if (!g) return [];
  return g.length === 1 ? g[0] : g[r];
}

/** The single cell of row r of a one-column argument. */
export function cellOf(g: Grid | undefined, r: number): unknown {
  return rowOf(g, r)[0];
}

export function requireSingleColumn(name: string, g: Grid | undefined): void {
  const n = columns(g);
  if (n > 1) throw callError('singleColumn', name, String(n));
}

/** One value per cell of `values`, with `other` broadcast to its shape (1×1, one row, one column or equal). */
export function broadcastCell(
  name: string,
  other: Grid | undefined,
  rows: number,
  cols: number,
): (r: number, c: number) => unknown {
  if (!other) return () => undefined;
  const oRows = other.length;
  const oCols = columns(other);
  if (oRows !== 1 && oRows !== rows) throw callError('rowsMismatch', name, String(oRows), String(rows));
  if (oCols !== 1 && oCols !== cols)
    throw callError('columnsMismatch', name, String(oCols), 'score', String(cols));
  return (r, c) => other[oRows === 1 ? 0 : r][oCols === 1 ? 0 : c];
}
