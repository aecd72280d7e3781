import type { FieldErrorTexts, Texts } from '../texts';

/**
 * One wrong field of imported or submitted data, as data: where (a JSON path such as
 * "structure.sorMaxes[1]"), what (a code of FieldErrorTexts) and its arguments. Rendered only
 * where it is shown, in the user's language.
 */
export type FieldProblem = {
  [K in keyof FieldErrorTexts]: { path: string; code: K; args: Parameters<FieldErrorTexts[K]> };
}[keyof FieldErrorTexts];

export function fieldProblem<K extends keyof FieldErrorTexts>(
  path: string,
  code: K,
  ...args: Parameters<FieldErrorTexts[K]>
): FieldProblem {
  return { path, code, args } as FieldProblem;
}

/** «structure.sorMaxes[1]: -5 — нужен балл больше 0». */
export function renderFieldProblem(t: Texts, p: FieldProblem): string {
  const text = (t.fieldErrors[p.code] as (...a: unknown[]) => string)(...p.args);
  return p.path ? `${p.path}: ${text}` : text;
}

/** A value as the user wrote it in JSON, short: -5, "abc", […], {…}. */
export function showValue(x: unknown): string {
  if (typeof x === 'number') return String(x);
  if (Array.isArray(x)) return x.length === 0 ? '[]' : '[…]';
  if (x !== null && typeof x === 'object') return '{…}';
  const text = JSON.stringify(x) ?? String(x);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** Problems for the keys of `x` that are not in `known`. */
export function unknownKeys(
  x: Record<string, unknown>,
  known: readonly string[],
  path: string,
): FieldProblem[] {
  return Object.keys(x)
    .filter((k) => !known.includes(k))
    .map((k) => fieldProblem(join(path, k), 'unknownKey'));
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}
