import { cellA1, rangeA1, rowAbsoluteA1 } from './a1';
import { lastPupilRowOf, spanLast } from './positions';
import type { JournalPositions } from './types';

/** The name the settings sheet's ruleset block carries: every journal formula reads its rules there. */
export const RULES_NAME = 'KB_RULES';

/** What the journal's one formula reads: pupil rows, the max row, and the column blocks. */
export interface FormulaParts {
  firstRow: number;
  lastRow: number;
  maxRow: number;
  /** First and last column of each block; absent when the journal has none. */
  fo?: { first: number; last: number };
  sor?: { first: number; last: number };
  soch?: number;
}

/**
 * `=KB_DETAIL(fo, sor, sor_max, soch, soch_max, KB_RULES)` over the whole class, one call per
 * journal. The max row is absolute (`M$4:O$4`) so the rows broadcast; a missing block is an empty
 * argument: `=KB_DETAIL(C5:L34,M5:N34,M$4:N$4,,,KB_RULES)` for a half-year without СОЧ.
 */
export function detailFormula(p: FormulaParts): string {
  const block = (b?: { first: number; last: number }) =>
    b ? rangeA1(p.firstRow, b.first, p.lastRow, b.last) : '';
  const args = [
    block(p.fo),
    block(p.sor),
    p.sor ? rowAbsoluteA1(p.maxRow, p.sor.first, p.sor.last) : '',
    p.soch === undefined ? '' : rangeA1(p.firstRow, p.soch, p.lastRow, p.soch),
    p.soch === undefined ? '' : rowAbsoluteA1(p.maxRow, p.soch, p.soch),
    RULES_NAME,
  ];
  return `=KB_DETAIL(${args.join(',')})`;
}

export function formulaPartsOf(p: JournalPositions): FormulaParts {
  const span = (s: { first: number; count: number }) =>
    s.count > 0 ? { first: s.first, last: spanLast(s) } : undefined;
  const fo = span(p.fo);
  const sor = span(p.sor);
  return {
    firstRow: p.firstPupilRow,
    lastRow: lastPupilRowOf(p),
    maxRow: p.maxRow,
    ...(fo ? { fo } : {}),
    ...(sor ? { sor } : {}),
    ...(p.soch === undefined ? {} : { soch: p.soch }),
  };
}

/** The anchor: the formula's cell, top-left of the detail block. */
export function anchorA1(p: JournalPositions): string | undefined {
  return p.detail ? cellA1(p.firstPupilRow, p.detail.first) : undefined;
}
