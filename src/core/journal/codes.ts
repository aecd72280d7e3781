/**
 * The absence and exemption codes a score cell may hold, for the journal's data validation.
 * cells.ts keeps its sets private, so they are repeated here; a test checks that parseCell reads
 * every one of them as the same kind (src/core/cells.ts could export its sets instead).
 */
export const ABSENT_CODES: readonly string[] = ['н', 'нб', 'н/б', 'б', 'отс', 'ж', 'жоқ', 'abs', 'absent', '-', '—'];
export const EXEMPT_CODES: readonly string[] = ['осв', 'освоб', 'бос', 'exempt', 'ex'];

/** A regular expression (RE2 syntax, for REGEXMATCH) matching exactly one of the codes. */
export function codesPattern(): string {
  const escape = (c: string) => c.replace(/[\\^$.|?*+()[\]{}]/g, (ch) => `\\${ch}`);
  return `^(${[...ABSENT_CODES, ...EXEMPT_CODES].map(escape).join('|')})$`;
}
