/**
 * Learning-objective codes of the updated-content curriculum: numbers separated by dots, read as
 * grade.section.subsection.objective — 6.5.2.1 is grade 6, section 5, subsection 2, objective 1.
 * Most subjects use four parts; some programmes use three (5.1.2) or five, and a code of two
 * parts (section-level, 7.3) appears in older specifications, so 2–5 parts of 1–3 digits are
 * accepted. Letter codes (English 6.L1, 7.UE3) are not: the brief fixes digits only.
 */
export const OBJECTIVE_PATTERN = /^\d{1,3}(\.\d{1,3}){1,4}$/;

/** The code as typed, without spaces around it or around its dots («6. 5.2.1» → «6.5.2.1»). */
export function cleanObjective(code: string): string {
  return code.replace(/\s+/g, '');
}

export function isObjectiveCode(code: string): boolean {
  return OBJECTIVE_PATTERN.test(cleanObjective(code));
}
