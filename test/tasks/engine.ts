/**
 * A score grid and its journal in a real formula engine: the journal of test/journal/engine.ts
 * (HyperFormula, KB_DETAIL, REGEXMATCH) plus the grid sheet, with the grid's total formulas and the
 * journal column's lookup formulas written where the layouts say.
 */
import { HyperFormula } from 'hyperformula';
import { journalLayout } from '../../src/core/journal/layout';
import { settingsSheetLayout } from '../../src/core/journal/settingsSheet';
import type { JournalLayout } from '../../src/core/journal/types';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { journalScoreCells, scoreGrid, type ScoreGridLayout, type WorkSpec } from '../../src/core/tasks';
import { workbook, type Workbook } from '../journal/engine';
import { form, parseRange, QUARTER } from '../journal/fixtures';

export const GRID_SHEET = 'СОР 2 · Дроби (6А)';

export interface GridBook {
  hf: HyperFormula;
  grid: ScoreGridLayout;
  journal: JournalLayout;
  gridSheet: number;
  wb: Workbook;
  /** Writes a pupil's descriptor cells (row of the grid, values in descriptor order). */
  mark(gridRow: number, cells: readonly unknown[]): void;
  gridValue(row: number, column: number): unknown;
  /** The journal's cell for the work, for the n-th journal pupil (1-based). */
  journalScore(pupil: number): unknown;
  /** The journal's mark (the last KB_DETAIL column) for the n-th pupil. */
  journalMark(pupil: number): unknown;
  /** Sets a journal cell of the n-th pupil. */
  setJournal(pupil: number, column: number, value: unknown): void;
  /** The grid's values as getValues would give them ('' for empty cells). */
  gridValues(): unknown[][];
}

/** `gridPupils` may be the journal's pupils in another order (a sorted grid). */
export function gridBook(
  spec: WorkSpec,
  pupils: string[],
  gridPupils: string[] = pupils,
  sheetName = GRID_SHEET,
): GridBook {
  const journal = journalLayout(form({ ...QUARTER, sorMaxes: [20, 10, 20] }, pupils));
  const grid = scoreGrid(spec, { pupils: gridPupils, className: '6А' }, 'ru');
  const f = journal.formula!;
  const anchor = parseRange(f.a1);
  const wb = workbook(journal.values, settingsSheetLayout(DEFAULT_SETTINGS, 'ru'), {
    row: anchor.row,
    column: anchor.column,
    text: f.text,
  });
  const hf = wb.hf;
  hf.addSheet(sheetName);
  const gridSheet = hf.getSheetId(sheetName)!;
  const content = grid.values.map((r) => r.map((v) => (v === '' ? null : v))) as (string | number | null)[][];
  const totals = parseRange(grid.formulas.a1);
  grid.formulas.formulas.forEach(([text], i) => (content[totals.row - 1 + i][totals.column - 1] = text));
  hf.setSheetContent(gridSheet, content as never);

  const cells = journalScoreCells(grid.positions, sheetName, journal.positions, spec.work)!;
  const at = parseRange(cells.a1);
  hf.setCellContents({ sheet: wb.journal, row: at.row - 1, col: at.column - 1 }, cells.formulas);

  const gridValue = (row: number, column: number) =>
    hf.getCellValue({ sheet: gridSheet, row: row - 1, col: column - 1 });
  return {
    hf,
    grid,
    journal,
    gridSheet,
    wb,
    mark(row, values) {
      const first = grid.positions.firstDescriptorColumn;
      hf.setCellContents({ sheet: gridSheet, row: row - 1, col: first - 1 }, [
        values.map((v) => (v === '' ? null : v)) as never,
      ]);
    },
    gridValue,
    journalScore: (n) => wb.get(journal.positions.firstPupilRow + n - 1, at.column),
    journalMark: (n) => wb.get(journal.positions.firstPupilRow + n - 1, journal.positions.detail!.first + 4),
    setJournal: (n, column, value) =>
      hf.setCellContents(
        { sheet: wb.journal, row: journal.positions.firstPupilRow + n - 2, col: column - 1 },
        [[value as never]],
      ),
    gridValues: () => hf.getSheetValues(gridSheet).map((r) => r.map((v) => (v === null ? '' : v))),
  };
}
