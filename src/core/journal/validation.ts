import { codesPattern } from './codes';

/**
 * Data-validation formulas of a journal, written for the top-left cell of their range: Sheets
 * shifts the relative references for every other cell, and the `$` keeps the max row fixed.
 * Every one also accepts an empty cell and the absence/exemption codes (trimmed, any case).
 */
const accepts = (cell: string, condition: string) =>
  `=OR(${cell}="",${condition},REGEXMATCH(LOWER(TRIM(${cell})),"${codesPattern()}"))`;

/** ФО: a mark 1…fo_max. */
export function foValidation(cell: string, foMax: number): string {
  return accepts(cell, `AND(ISNUMBER(${cell}),${cell}>=1,${cell}<=${foMax})`);
}

/** СОР/СОЧ: 0…the column's max (an empty max accepts no score: the work is not held). */
export function scoreValidation(cell: string, maxCell: string): string {
  return accepts(cell, `AND(ISNUMBER(${cell}),ISNUMBER(${maxCell}),${cell}>=0,${cell}<=${maxCell})`);
}

/** A max score: empty (not held yet) or a number above 0. */
export function maxValidation(cell: string): string {
  return `=OR(${cell}="",AND(ISNUMBER(${cell}),${cell}>0))`;
}
