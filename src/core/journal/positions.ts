import type { JournalPositions, JournalStructure, Span } from './types';

/** Rows of a journal: title, codes line, headers, max scores, then the pupils. */
export const ROWS = { title: 1, codes: 2, header: 3, max: 4, firstPupil: 5 } as const;
/** Columns before the ФО block. */
export const NUMBER_COLUMN = 1;
export const PUPIL_COLUMN = 2;
/** ФО %, СОР %, СОЧ %, total %, mark: the columns KB_DETAIL fills. */
export const DETAIL_COLUMNS = 5;
/** A journal created without a pupil list still gets rows to type the names into. */
export const BLANK_PUPIL_ROWS = 30;

/** № | pupil | ФО × n | СОР × k | СОЧ (if held) | the five detail columns (if marks). */
export function journalPositions(s: JournalStructure, pupilCount: number): JournalPositions {
  const fo: Span = { first: PUPIL_COLUMN + 1, count: s.foCount };
  const sor: Span = { first: fo.first + fo.count, count: s.sorMaxes.length };
  let next = sor.first + sor.count;
  const soch = s.sochMax === null ? undefined : next++;
  const detail = s.marks ? { first: next, count: DETAIL_COLUMNS } : undefined;
  return {
    headerRow: ROWS.header,
    maxRow: ROWS.max,
    firstPupilRow: ROWS.firstPupil,
    pupilCount,
    numberColumn: NUMBER_COLUMN,
    pupilColumn: PUPIL_COLUMN,
    fo,
    sor,
    ...(soch === undefined ? {} : { soch }),
    ...(detail ? { detail } : {}),
  };
}

export function lastColumnOf(p: JournalPositions): number {
  if (p.detail) return p.detail.first + p.detail.count - 1;
  if (p.soch !== undefined) return p.soch;
  return Math.max(p.pupilColumn, p.fo.first + p.fo.count - 1, p.sor.first + p.sor.count - 1);
}

export function lastPupilRowOf(p: JournalPositions): number {
  return p.firstPupilRow + p.pupilCount - 1;
}

export function spanLast(s: Span): number {
  return s.first + s.count - 1;
}
