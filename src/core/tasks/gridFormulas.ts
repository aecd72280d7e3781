/**
 * The formulas of the score grid and of the journal cells it feeds. Sheets and the tests'
 * HyperFormula both evaluate them (test/tasks/gridEngine.test.ts).
 */
import { cellA1, columnLetter, rangeA1 } from '../journal/a1';
import { scoreValidation } from '../journal/validation';

/**
 * A pupil's total from the row's descriptor cells (first…last on `row`):
 * - no cell filled → "" (the work was not written: the journal cell stays empty);
 * - any text in the row (an absence/exemption code) → the first text, as typed, so the journal
 *   reads «н» / «осв» exactly as if the teacher had typed it there (ISTEXT finds it: a wildcard
 *   MATCH "*" would be shorter, but HyperFormula, our test engine, does not apply wildcards in MATCH);
 * - points above a descriptor's max (the points row) → `aboveMax`, a «! …» text: the journal cell
 *   then shows a «!» row and Check journals reports it, as for a score typed above its max;
 * - otherwise the sum of the points.
 * One formula per row (not one array formula) so sorting the pupils keeps each total with its row.
 */
export function totalFormula(
  row: number,
  first: number,
  last: number,
  pointsRow: number,
  aboveMax: string,
): string {
  const r = rangeA1(row, first, row, last);
  const points = `${columnLetter(first)}$${pointsRow}:${columnLetter(last)}$${pointsRow}`;
  const text = `"${aboveMax.replace(/"/g, '""')}"`;
  return `=IF(COUNTA(${r})=0,"",IF(COUNT(${r})<COUNTA(${r}),INDEX(${r},1,MATCH(1,ARRAYFORMULA(ISTEXT(${r})*1),0)),IF(SUM(ARRAYFORMULA((${r}>${points})*1))>0,${text},SUM(${r}))))`;
}

/** A descriptor cell accepts empty, 0…the points of the points row above, or a code (journal/validation.ts). */
export function descriptorValidation(row: number, column: number, pointsRow: number): string {
  return scoreValidation(cellA1(row, column), `${columnLetter(column)}$${pointsRow}`);
}

/** 'Sheet name' quoted for a formula: Sheets doubles an apostrophe inside. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Where the grid's pupils are, as the journal formula needs them. */
export interface GridRefs {
  sheetName: string;
  firstPupilRow: number;
  lastPupilRow: number;
  nameColumn: number;
  totalColumn: number;
}

/**
 * The journal's score cell for the work: the pupil's total looked up BY NAME in the grid
 * (INDEX/MATCH), not a fixed ='grid'!Z7. Sorting either sheet (by name, by total) then keeps
 * every score with its pupil; a fixed reference would silently give a pupil another pupil's score
 * after the grid is sorted. A pupil missing from the grid shows #N/A, which the journal's check
 * reports, rather than an empty cell that would read as «not written». An empty name row gives "".
 * `nameCell` is the journal's pupil cell of that row, column absolute, e.g. "$B7".
 */
export function journalScoreFormula(grid: GridRefs, nameCell: string): string {
  const sheet = quotedSheet(grid.sheetName);
  const col = (c: number) =>
    `${sheet}!$${columnLetter(c)}$${grid.firstPupilRow}:$${columnLetter(c)}$${grid.lastPupilRow}`;
  return `=IF(${nameCell}="","",INDEX(${col(grid.totalColumn)},MATCH(${nameCell},${col(grid.nameColumn)},0)))`;
}
