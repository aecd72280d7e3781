/**
 * A problem of a work specification as data: either one of the journal's field problems (missing,
 * unknownKey, wrongType, empty, tooLong, oneOf: rendered by src/core/texts) or one of ours
 * (rendered by ./texts). Codes never overlap (checked below), so the code says which table.
 */
import type { Lang } from '../i18n';
import { renderFieldProblem, type FieldProblem } from '../journal/fieldProblems';
import { TEXTS, type FieldErrorTexts } from '../texts';
import { TASK_TEXTS, type SpecErrorTexts } from './texts';

export type OwnProblem = {
  [K in keyof SpecErrorTexts]: { path: string; code: K; args: Parameters<SpecErrorTexts[K]> };
}[keyof SpecErrorTexts];

export type SpecProblem = FieldProblem | OwnProblem;

// A compile error here means a code is in both tables and the renderer could pick the wrong one.
const DISJOINT: Extract<keyof SpecErrorTexts, keyof FieldErrorTexts> extends never ? true : false = true;
void DISJOINT;

export function ownProblem<K extends keyof SpecErrorTexts>(
  path: string,
  code: K,
  ...args: Parameters<SpecErrorTexts[K]>
): OwnProblem {
  return { path, code, args } as OwnProblem;
}

/** «tasks[1].objective: 6,5 — код цели обучения: …». */
export function renderSpecProblem(p: SpecProblem, lang: Lang): string {
  const own = TASK_TEXTS.of(lang).specErrors;
  if (p.code in own) {
    const text = (own[p.code as keyof SpecErrorTexts] as (...a: unknown[]) => string)(...p.args);
    return p.path ? `${p.path}: ${text}` : text;
  }
  return renderFieldProblem(TEXTS.of(lang), p as FieldProblem);
}
