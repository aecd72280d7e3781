import { renderProblem, type Messages, type Problem } from './i18n';

/** What a row can come to instead of a number (contract: "Row outcomes"). */
export type Outcome =
  | { kind: 'empty' }
  | { kind: 'exempt' }
  | { kind: 'na'; reason: 'soch' | 'sor' | 'period' | 'exam' }
  | { kind: 'invalid'; problem: Problem };

export const EMPTY_ROW: Outcome = { kind: 'empty' };
export const EXEMPT_ROW: Outcome = { kind: 'exempt' };

export function invalidRow(problem: Problem): Outcome {
  return { kind: 'invalid', problem };
}

/** Invalid rows start with "! " so conditional formatting and Check journals can find them. */
export const INVALID_PREFIX = '! ';

/** The value a sheet cell shows for an outcome, in the sheet's language. */
export function outcomeText(o: Outcome, m: Messages): string {
  switch (o.kind) {
    case 'empty':
      return '';
    case 'exempt':
      return m.exempt;
    case 'na':
      return m.na;
    case 'invalid':
      return INVALID_PREFIX + renderProblem(m, o.problem);
  }
}
