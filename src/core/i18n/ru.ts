import { formatNumber } from '../numbers';
import { SINGLE_PARTS, type Column, type Messages } from './messages';

const PART = { fo: 'ФО', sor: 'СОР', soch: 'СОЧ', period: 'период', annual: 'год', exam: 'экзамен' } as const;
// Kazakh and Russian write a decimal comma (8,6), as their spreadsheets show numbers.
const num = (x: number): string => formatNumber(x).replace('.', ',');
const column = (c: Column): string =>
  SINGLE_PARTS.includes(c.part) ? PART[c.part] : `${PART[c.part]} ${c.n}`;

export const ru: Messages = {
  exempt: 'осв',
  na: 'н/а',
  unreachable: 'недостижимо',
  levels: { low: 'низкий', medium: 'средний', high: 'высокий' },
  parts: PART,
  column,
  number: num,

  notANumber: (c, raw) => `${column(c)}: «${raw}» — не число`,
  foOutOfScale: (c, v, max) => `${column(c)}: ${num(v)} вне шкалы 1–${num(max)}`,
  scoreAboveMax: (c, v, max) => `${column(c)}: ${num(v)} > макс ${num(max)}`,
  scoreNegative: (c, v) => `${column(c)}: ${num(v)} < 0`,
  badMax: (c, raw) => `${column(c)}: макс «${raw}» должен быть положительным числом`,
  maxMissing: (c) => `${column(c)}: не указан макс. балл`,
  scoreWithoutMax: (c) => `${column(c)}: есть балл, но нет макс. балла`,
  noFoMarks: () => 'нет оценок ФО',
  noSorHeld: () => 'ещё не проведён ни один СОР',
  sochMaxMissing: () => 'СОЧ: нет макс. балла',
  notAMark: (c, raw) => `${column(c)}: «${raw}» — не оценка 2–5`,
  notAPercent: (raw) => `«${raw}» — не процент 0–100`,

  naSoch: () => 'СОЧ не написан',
  naSor: () => 'не написан ни один СОР',
  naPeriod: () => 'есть н/а за период',

  mektepMissedSor: (p, mark) => `в Mektep: ${p}% → ${mark} (пропущенный СОР там считается как 0 баллов)`,
  mektepSochZero: () => 'в Mektep оценки не будет: СОЧ 0 баллов там не оценивается',
  unknownRuleset: (name, known) => `неизвестный набор правил «${name}» (есть: ${known})`,
  unknownRuleKey: (key, known) => `неизвестный ключ правил «${key}» (есть: ${known})`,
  duplicateRuleKey: (key) => `ключ правил «${key}» указан дважды`,
  ruleNumber: (key, raw, min, max) => `${key}: «${raw}» — нужно число от ${min} до ${max}`,
  ruleChoice: (key, raw, choices) => `${key}: «${raw}» — допустимо: ${choices}`,
  weightsSum: (keys, sum) => `веса ${keys} в сумме дают ${num(sum)}, а должны 100`,
  thresholdsOrder: (t3, t4, t5) =>
    `пороги должны расти: t3 < t4 < t5 (сейчас ${num(t3)}, ${num(t4)}, ${num(t5)})`,
  rulesShape: (cols) =>
    `правила — это имя набора или диапазон из 2 столбцов «ключ | значение» (столбцов: ${cols})`,
  rowsMismatch: (arg, rows, expected) => `${arg}: строк ${rows}, а должно быть 1 или ${expected}`,
  pupilRowsMismatch: (arg, rows, other, otherRows) =>
    `${arg}: строк ${rows}, а в ${other} — ${otherRows}; у каждого ученика своя строка`,
  columnsMismatch: (arg, cols, other, expected) => `${arg}: столбцов ${cols}, а в ${other} — ${expected}`,
  singleColumn: (arg, cols) => `${arg}: нужен один столбец (столбцов: ${cols})`,
  missingArg: (arg) => `не указан аргумент ${arg}`,
  badTarget: (raw) => `target: «${raw}» — нужна оценка от 2 до 5`,
  invalidMarkCell: (row, col, raw) =>
    `строка ${row}, столбец ${col}: «${raw}» — не оценка (2–5, н/а, осв или пусто)`,

  unknownExam: (name, known) => `неизвестная шкала экзамена «${name}» (есть: ${known})`,
  examScale: () =>
    'шкала экзамена — имя или диапазон «ключ | значение» с max, t3, t4, t5 в баллах (0 < t3 < t4 < t5 ≤ max)',
  finalRuleMissing: (choices) =>
    `задайте в правилах (лист настроек) ключ final: ${choices} — как итоговая оценка складывается из годовой и экзаменационной`,

  explainMean: 'среднее',
};
