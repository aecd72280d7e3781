export type CheckCode =
  | 'invalidValue'
  | 'aboveMax'
  | 'belowZero'
  | 'scoreWithoutMax'
  | 'missingMax'
  | 'missingSoch'
  | 'missingAllSor'
  | 'fewFoMarks'
  | 'duplicatePupil'
  | 'computedOverwritten';

export interface CheckProblem {
  sheetName: string;
  /** The cell or range to jump to, e.g. "E7". */
  a1: string;
  code: CheckCode;
  /** Rendered in the settings language. */
  message: string;
}

export interface CheckReport {
  journals: number;
  problems: CheckProblem[];
  /** Problems per code (codes with none are left out). */
  summary: Partial<Record<CheckCode, number>>;
}

/** A finding before it is tied to a sheet: its cell and its rendered message. */
export interface Finding {
  row: number;
  column: number;
  code: CheckCode;
  message: string;
}
