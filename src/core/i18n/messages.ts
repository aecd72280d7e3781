/**
 * Every text the KB_ functions can return or throw, as a typed table per language. A problem is
 * data ({ code, args }) so the core stays language-free and a message is rendered only where it is
 * shown; the compiler checks that every language has every message with the same arguments.
 */
export type Lang = 'kk' | 'ru' | 'en';
export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

export type Part = 'fo' | 'sor' | 'soch' | 'period' | 'annual' | 'exam';
/** Parts with one column a row: named without a number. */
export const SINGLE_PARTS: readonly Part[] = ['soch', 'annual', 'exam'];
/** A column of the row the problem is in: ФО 3, СОР 2, СОЧ, the 2nd period mark, the exam. */
export interface Column {
  part: Part;
  n: number;
}

export interface Messages {
  // Outcomes shown in a mark cell.
  exempt: string;
  na: string;
  unreachable: string;
  levels: { low: string; medium: string; high: string };
  /** Short names of the journal's parts: ФО, СОР, СОЧ, period. */
  parts: Readonly<Record<Part, string>>;
  column(c: Column): string;
  /** A number as the language writes it: at most two decimals, «8,6» in Kazakh and Russian, «8.6» in English. */
  number(x: number): string;

  // Row problems: shown as "! " + message in the row's cell.
  notANumber(c: Column, raw: string): string;
  foOutOfScale(c: Column, value: number, foMax: number): string;
  scoreAboveMax(c: Column, value: number, max: number): string;
  scoreNegative(c: Column, value: number): string;
  badMax(c: Column, raw: string): string;
  maxMissing(c: Column): string;
  scoreWithoutMax(c: Column): string;
  noFoMarks(): string;
  noSorHeld(): string;
  sochMaxMissing(): string;
  notAMark(c: Column, raw: string): string;
  notAPercent(raw: string): string;

  // Why a row is not attested (KB_EXPLAIN).
  naSoch(): string;
  naSor(): string;
  naPeriod(): string;
  /** KZ-2020-MEKTEP: what mektep.edu.kz shows where its code leaves the rules (a missed СОР as 0). */
  mektepMissedSor(percent: string, mark: string): string;
  mektepSochZero(): string;

  // Call-level errors: thrown as "KB_NAME: " + message.
  unknownRuleset(name: string, known: string): string;
  unknownRuleKey(key: string, known: string): string;
  duplicateRuleKey(key: string): string;
  ruleNumber(key: string, raw: string, min: string, max: string): string;
  ruleChoice(key: string, raw: string, choices: string): string;
  weightsSum(keys: string, sum: number): string;
  thresholdsOrder(t3: number, t4: number, t5: number): string;
  rulesShape(cols: string): string;
  rowsMismatch(arg: string, rows: string, expected: string): string;
  pupilRowsMismatch(arg: string, rows: string, other: string, otherRows: string): string;
  columnsMismatch(arg: string, cols: string, other: string, expected: string): string;
  singleColumn(arg: string, cols: string): string;
  missingArg(arg: string): string;
  badTarget(raw: string): string;
  invalidMarkCell(row: string, col: string, raw: string): string;
  unknownExam(name: string, known: string): string;
  examScale(): string;
  finalRuleMissing(choices: string): string;

  // KB_EXPLAIN words.
  explainMean: string;
}

/** A message call as data: `{ code: 'scoreAboveMax', args: ['СОР 2', '12', '10'] }`. */
export type Callable = Exclude<
  { [K in keyof Messages]: Messages[K] extends (...a: never[]) => string ? K : never }[keyof Messages],
  'column' | 'number'
>;
export type Problem = { [K in Callable]: { code: K; args: Parameters<Messages[K]> } }[Callable];

export function problem<K extends Callable>(code: K, ...args: Parameters<Messages[K]>): Problem {
  return { code, args } as Problem;
}

export function renderProblem(m: Messages, p: Problem): string {
  return (m[p.code] as (...a: unknown[]) => string)(...p.args);
}
