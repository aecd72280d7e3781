import type { Ruleset } from '../ruleset';
import type { ColumnTag } from './columnTag';
import type { JournalMeta } from './types';

/**
 * A journal sheet as Check journals sees it, read by the gas layer in a few bulk calls.
 * Columns are found by their `kb.col` metadata, so a column a user deleted is simply missing
 * and one a user inserted (untagged) is ignored.
 */
export interface JournalSnapshot {
  sheetName: string;
  /** The journal's own record (metadata `kb.journal`), when found: whether marks are computed, header language. */
  meta?: JournalMeta;
  /** Where the header row, the max row and the first pupil row are (positions.ts ROWS for journals we created). */
  rows: { headerRow: number; maxRow: number; firstPupilRow: number };
  /** Every tagged column found now. */
  columns: readonly ColumnTag[];
  /** getValues() of the used range from A1: values[r - 1][c - 1] is row r, column c. */
  values: readonly (readonly unknown[])[];
  /** The formula text of the anchor cell (see anchorOf); '' or absent when it holds none. */
  anchorFormula?: string;
  /** The ruleset the journal's formula reads (the settings sheet's KB_RULES). */
  rules: Ruleset;
}

/** The columns of a snapshot by role: ФО and СОР in index order, detail columns by index 1–5. */
export interface FoundColumns {
  number?: number;
  pupil?: number;
  fo: ColumnTag[];
  sor: ColumnTag[];
  soch?: number;
  detail: Map<number, number>;
}

export function foundColumns(tags: readonly ColumnTag[]): FoundColumns {
  const byIndex = (role: ColumnTag['role']) =>
    tags.filter((t) => t.role === role).sort((a, b) => a.index - b.index);
  const single = (role: ColumnTag['role']) => tags.find((t) => t.role === role)?.column;
  return {
    number: single('number'),
    pupil: single('pupil'),
    fo: byIndex('fo'),
    sor: byIndex('sor'),
    soch: single('soch'),
    detail: new Map(byIndex('detail').map((t) => [t.index, t.column])),
  };
}

/** The cell whose formula the gas layer reads into `anchorFormula`: first pupil row, detail column 1. */
export function anchorOf(
  rows: JournalSnapshot['rows'],
  tags: readonly ColumnTag[],
): { row: number; column: number } | undefined {
  const column = foundColumns(tags).detail.get(1);
  return column === undefined ? undefined : { row: rows.firstPupilRow, column };
}
