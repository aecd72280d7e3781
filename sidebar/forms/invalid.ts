/**
 * Why a form field is not accepted, as data: the message is rendered in the current UI language
 * only when shown, so switching the language re-words errors already on screen.
 */
export interface InvalidMessages {
  required(): string;
  number(): string;
  range(min: string, max: string): string;
  wholeRange(min: string, max: string): string;
  positive(): string;
  weightsSum(sum: string): string;
  thresholdsOrder(): string;
  schoolYear(): string;
  noPupils(): string;
  /** The same name twice in one class: Check journals would flag it; tell the teacher now. */
  duplicatePupils(names: string): string;
}

export type Invalid = {
  [K in keyof InvalidMessages]: { code: K; args: Parameters<InvalidMessages[K]> };
}[keyof InvalidMessages];

/** Field name → why it is not accepted; a field without an entry is fine. */
export type Errors<F extends string> = Partial<Record<F, Invalid>>;

export function invalid<K extends keyof InvalidMessages>(
  code: K,
  ...args: Parameters<InvalidMessages[K]>
): Invalid {
  return { code, args } as Invalid;
}

export function renderInvalid(m: InvalidMessages, inv: Invalid): string {
  return (m[inv.code] as (...a: string[]) => string)(...inv.args);
}

export function hasErrors(errors: Errors<string>): boolean {
  return Object.keys(errors).length > 0;
}

/**
 * The errors left once the user has changed these fields: an error goes with the field it was
 * about, and with `groups` (weights, thresholds) once any field is changed — the next submit
 * checks everything again.
 */
export function withoutErrors<F extends string>(
  errors: Errors<F>,
  changed: readonly string[],
  groups: readonly F[] = [],
): Errors<F> {
  if (changed.length === 0) return errors;
  const left = { ...errors };
  for (const key of [...changed, ...groups]) delete left[key as F];
  return left;
}
