import { formatNumber } from '../numbers';
import { SINGLE_PARTS, type Column, type Messages } from './messages';

const PART = { fo: 'ҚБ', sor: 'БЖБ', soch: 'ТЖБ', period: 'кезең', annual: 'жыл', exam: 'емтихан' } as const;
// Kazakh and Russian write a decimal comma (8,6), as their spreadsheets show numbers.
const num = (x: number): string => formatNumber(x).replace('.', ',');
const column = (c: Column): string =>
  SINGLE_PARTS.includes(c.part) ? PART[c.part] : `${PART[c.part]} ${c.n}`;

export const kk: Messages = {
  exempt: 'бос',
  na: 'н/а',
  unreachable: 'мүмкін емес',
  levels: { low: 'төмен', medium: 'орта', high: 'жоғары' },
  parts: PART,
  column,
  number: num,

  notANumber: (c, raw) => `${column(c)}: «${raw}» — сан емес`,
  foOutOfScale: (c, v, max) => `${column(c)}: ${num(v)} 1–${num(max)} шкаласынан тыс`,
  scoreAboveMax: (c, v, max) => `${column(c)}: ${num(v)} > макс ${num(max)}`,
  scoreNegative: (c, v) => `${column(c)}: ${num(v)} < 0`,
  badMax: (c, raw) => `${column(c)}: макс «${raw}» оң сан болуы керек`,
  maxMissing: (c) => `${column(c)}: макс балл көрсетілмеген`,
  scoreWithoutMax: (c) => `${column(c)}: балл бар, бірақ макс балл жоқ`,
  noFoMarks: () => 'ҚБ бағалары жоқ',
  noSorHeld: () => 'әлі бірде-бір БЖБ өткізілмеген',
  sochMaxMissing: () => 'ТЖБ: макс балл жоқ',
  notAMark: (c, raw) => `${column(c)}: «${raw}» — 2–5 баға емес`,
  notAPercent: (raw) => `«${raw}» — 0–100 пайыз емес`,

  naSoch: () => 'ТЖБ жазылмаған',
  naSor: () => 'бірде-бір БЖБ жазылмаған',
  naPeriod: () => 'кезеңде н/а бар',

  mektepMissedSor: (p, mark) => `Mektep-те: ${p}% → ${mark} (жазылмаған БЖБ онда 0 балл деп есептеледі)`,
  mektepSochZero: () => 'Mektep-те баға болмайды: 0 балл алған ТЖБ онда бағаланбайды',
  unknownRuleset: (name, known) => `белгісіз ереже жинағы «${name}» (бары: ${known})`,
  unknownRuleKey: (key, known) => `белгісіз ереже кілті «${key}» (бары: ${known})`,
  duplicateRuleKey: (key) => `«${key}» кілті екі рет берілген`,
  ruleNumber: (key, raw, min, max) => `${key}: «${raw}» — ${min} мен ${max} аралығындағы сан керек`,
  ruleChoice: (key, raw, choices) => `${key}: «${raw}» — рұқсат етілгені: ${choices}`,
  weightsSum: (keys, sum) => `${keys} салмақтарының қосындысы ${num(sum)}, ал 100 болуы керек`,
  thresholdsOrder: (t3, t4, t5) =>
    `шектер өсуі керек: t3 < t4 < t5 (қазір ${num(t3)}, ${num(t4)}, ${num(t5)})`,
  rulesShape: (cols) => `ережелер — жинақтың аты не «кілт | мән» 2 бағанды ауқым (бағандар: ${cols})`,
  rowsMismatch: (arg, rows, expected) => `${arg}: ${rows} жол, ал 1 не ${expected} болуы керек`,
  pupilRowsMismatch: (arg, rows, other, otherRows) =>
    `${arg}: ${rows} жол, ал ${other} ішінде ${otherRows}; әр оқушының өз жолы болуы керек`,
  columnsMismatch: (arg, cols, other, expected) => `${arg}: ${cols} баған, ал ${other} ішінде ${expected}`,
  singleColumn: (arg, cols) => `${arg}: бір баған керек (бағандар: ${cols})`,
  missingArg: (arg) => `${arg} аргументі көрсетілмеген`,
  badTarget: (raw) => `target: «${raw}» — 2-ден 5-ке дейінгі баға керек`,
  invalidMarkCell: (row, col, raw) =>
    `${row}-жол, ${col}-баған: «${raw}» — баға емес (2–5, н/а, бос немесе толтырылмаған)`,

  unknownExam: (name, known) => `белгісіз емтихан шкаласы «${name}» (бары: ${known})`,
  examScale: () =>
    'емтихан шкаласы — аты не max, t3, t4, t5 балдары бар «кілт | мән» ауқымы (0 < t3 < t4 < t5 ≤ max)',
  finalRuleMissing: (choices) =>
    `ережелерде (баптаулар парағы) final кілтін орнатыңыз: ${choices} — қорытынды баға жылдық пен емтихан бағасынан қалай шығады`,

  explainMean: 'орташа',
};
