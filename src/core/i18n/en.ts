import { formatNumber } from '../numbers';
import { SINGLE_PARTS, type Column, type Messages } from './messages';

// Kazakhstan's English-medium schools (NIS) say FA, SAU and SAT for ФО, СОР and СОЧ.
const PART = { fo: 'FA', sor: 'SAU', soch: 'SAT', period: 'period', annual: 'year', exam: 'exam' } as const;
const num = formatNumber;
const column = (c: Column): string =>
  SINGLE_PARTS.includes(c.part) ? PART[c.part] : `${PART[c.part]} ${c.n}`;

export const en: Messages = {
  exempt: 'exempt',
  na: 'n/a',
  unreachable: 'unreachable',
  levels: { low: 'low', medium: 'medium', high: 'high' },
  parts: PART,
  column,
  number: num,

  notANumber: (c, raw) => `${column(c)}: "${raw}" is not a number`,
  foOutOfScale: (c, v, max) => `${column(c)}: ${num(v)} is outside 1–${num(max)}`,
  scoreAboveMax: (c, v, max) => `${column(c)}: ${num(v)} > max ${num(max)}`,
  scoreNegative: (c, v) => `${column(c)}: ${num(v)} < 0`,
  badMax: (c, raw) => `${column(c)}: max "${raw}" must be a positive number`,
  maxMissing: (c) => `${column(c)}: no max score given`,
  scoreWithoutMax: (c) => `${column(c)}: a score but no max`,
  noFoMarks: () => 'no FA marks',
  noSorHeld: () => 'no SAU held yet',
  sochMaxMissing: () => 'SAT: no max',
  notAMark: (c, raw) => `${column(c)}: "${raw}" is not a mark 2–5`,
  notAPercent: (raw) => `"${raw}" is not a percentage 0–100`,

  naSoch: () => 'SAT not written',
  naSor: () => 'no SAU written',
  naPeriod: () => 'a period is n/a',

  mektepMissedSor: (p, mark) => `Mektep shows ${p}% → ${mark} (it counts a missed SAU as 0 points)`,
  mektepSochZero: () => 'Mektep shows no mark: it does not mark a SAT of 0 points',
  unknownRuleset: (name, known) => `unknown ruleset "${name}" (known: ${known})`,
  unknownRuleKey: (key, known) => `unknown ruleset key "${key}" (known: ${known})`,
  duplicateRuleKey: (key) => `ruleset key "${key}" is given twice`,
  ruleNumber: (key, raw, min, max) => `${key}: "${raw}" must be a number from ${min} to ${max}`,
  ruleChoice: (key, raw, choices) => `${key}: "${raw}" must be one of ${choices}`,
  weightsSum: (keys, sum) => `weights ${keys} add up to ${num(sum)}, not 100`,
  thresholdsOrder: (t3, t4, t5) =>
    `thresholds must rise: t3 < t4 < t5 (now ${num(t3)}, ${num(t4)}, ${num(t5)})`,
  rulesShape: (cols) =>
    `rules must be a ruleset name or a 2-column "key | value" range (got ${cols} columns)`,
  rowsMismatch: (arg, rows, expected) => `${arg} has ${rows} rows; expected 1 or ${expected}`,
  pupilRowsMismatch: (arg, rows, other, otherRows) =>
    `${arg} and ${other} differ in rows (${rows} and ${otherRows}); each pupil needs a row of their own`,
  columnsMismatch: (arg, cols, other, expected) => `${arg} has ${cols} columns but ${other} has ${expected}`,
  singleColumn: (arg, cols) => `${arg} must be a single column (got ${cols})`,
  missingArg: (arg) => `argument ${arg} is missing`,
  badTarget: (raw) => `target: "${raw}" must be a mark from 2 to 5`,
  invalidMarkCell: (row, col, raw) =>
    `row ${row}, column ${col}: "${raw}" is not a mark (2–5, n/a, exempt or empty)`,

  unknownExam: (name, known) => `unknown exam scale "${name}" (known: ${known})`,
  examScale: () =>
    'an exam scale is a name or a key | value range of max, t3, t4, t5 in points (0 < t3 < t4 < t5 ≤ max)',
  finalRuleMissing: (choices) =>
    `set the ruleset key final (on the settings sheet): ${choices} — how the final mark combines the annual and the exam mark`,

  explainMean: 'mean',
};
