/**
 * The annual journal of an exam subject (assessment rules §4): per pupil the four quarter marks
 * (or two half-year marks) the teacher enters, the annual mark (KB_ANNUAL), the exam score, the
 * exam mark (KB_EXAM) and the final mark (KB_FINAL, by the school's `final` key). Three formulas,
 * one per column for the whole class, all reading the settings sheet's KB_RULES.
 *
 * It is a sheet of its own kind (metadata key EXAM_JOURNAL_KEY), not a period journal: Check
 * journals, the analysis and moderation read period journals only; monitoring reads these for its
 * exam section (examResults).
 */
import { DEFAULT_EXAM, EXAM_SCALES, examMark, finalMark, type ExamScale } from '../exam';
import { computeAnnual } from '../annual';
import { parseCell } from '../cells';
import { LANGS, type Lang } from '../i18n';
import { formatNumber } from '../numbers';
import { REPORT_COLOURS, ReportGrid } from '../reports/grid';
import type { Ruleset } from '../ruleset';
import type { Mark } from '../scale';
import type { SheetLayout } from '../sheetLayout';
import { TEXTS } from '../texts';
import { rangeA1 } from './a1';
import { RULES_NAME } from './detailFormula';
import { EXAM_TEXTS } from './examTexts';
import { cleanText } from './names';
import type { PeriodKind } from './types';

export const EXAM_JOURNAL_KEY = 'kb.examJournal';

export interface ExamJournalForm {
  className: string;
  subject: string;
  teacher: string;
  /** Four quarter marks, or two half-year marks (1-hour subjects). */
  periodKind: PeriodKind;
  /** A named exam scale (EXAM_SCALES). */
  exam: string;
  pupils: string[];
  headerLang: Lang;
}

/** Where everything is; kept with the sheet, so monitoring reads it back without guessing. */
export interface ExamJournalMeta {
  v: 1;
  className: string;
  subject: string;
  teacher: string;
  periodKind: PeriodKind;
  exam: string;
  firstPupilRow: number;
  lastPupilRow: number;
  columns: {
    pupil: number;
    firstPeriod: number;
    annual: number;
    score: number;
    examMark: number;
    final: number;
  };
}

export interface ExamJournalLayout extends SheetLayout {
  sheetName: string;
  meta: ExamJournalMeta;
  /**
   * The first pupil row from the annual column to the final one, in one setFormulas: a formula
   * per computed column, and '' in the (new, empty) exam score cell between them.
   */
  formulaRow: { a1: string; formulas: string[][] };
}

const MAX_PUPILS = 60;
const HEADER_ROW = 3;

/** What the sidebar sent, checked (the server never trusts it): a list of problems, empty when fine. */
export function examJournalProblems(x: unknown): string[] {
  const f = x as Partial<ExamJournalForm> | null;
  const problems: string[] = [];
  if (!f || typeof f !== 'object') return ['form'];
  const text = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
  if (!text(f.className, 100) || cleanText(f.className) === '') problems.push('className');
  if (!text(f.subject, 100) || cleanText(f.subject) === '') problems.push('subject');
  if (!text(f.teacher, 100)) problems.push('teacher');
  if (f.periodKind !== 'quarter' && f.periodKind !== 'half') problems.push('periodKind');
  if (typeof f.exam !== 'string' || !EXAM_SCALES[f.exam]) problems.push('exam');
  if (!(LANGS as readonly unknown[]).includes(f.headerLang)) problems.push('headerLang');
  const pupils = Array.isArray(f.pupils) ? f.pupils : undefined;
  if (!pupils || pupils.length === 0 || pupils.length > MAX_PUPILS || !pupils.every((p) => text(p, 200)))
    problems.push('pupils');
  return problems;
}

export function examJournalSheetName(
  form: Pick<ExamJournalForm, 'className' | 'subject' | 'headerLang'>,
): string {
  const word = EXAM_TEXTS.of(form.headerLang).sheetWord;
  return `${cleanText(form.className)} ${cleanText(form.subject)} · ${word}`.slice(0, 100);
}

/** The scale in words, for the journal's subtitle and the monitoring. */
export function scaleText(scale: ExamScale, lang: Lang): string {
  const n = formatNumber;
  const below = (t: number) => n(Number.isInteger(t) ? t - 1 : t);
  return EXAM_TEXTS.of(lang).scale(scale.name, n(scale.max), [
    `0–${below(scale.t3)}`,
    `${n(scale.t3)}–${below(scale.t4)}`,
    `${n(scale.t4)}–${below(scale.t5)}`,
    `${n(scale.t5)}–${n(scale.max)}`,
  ]);
}

export function examJournalLayout(form: ExamJournalForm, lang: Lang): ExamJournalLayout {
  const t = EXAM_TEXTS.of(form.headerLang);
  const journal = TEXTS.of(form.headerLang).journal;
  const scale = EXAM_SCALES[form.exam] ?? DEFAULT_EXAM;
  const pupils = form.pupils.map(cleanText).filter((p) => p !== '');
  const periods = form.periodKind === 'quarter' ? 4 : 2;
  const columns = {
    pupil: 2,
    firstPeriod: 3,
    annual: 3 + periods,
    score: 4 + periods,
    examMark: 5 + periods,
    final: 6 + periods,
  };
  const last = columns.final;
  const first = HEADER_ROW + 1;
  const lastPupilRow = HEADER_ROW + pupils.length;

  const g = new ReportGrid(last).widths([36, 220, ...Array<number>(periods).fill(72), 80, 96, 90, 84]);
  g.text(1, 1, journal.title(cleanText(form.className), cleanText(form.subject)))
    .bold(1, 1)
    .merge(1, 1, 1, last)
    .background(REPORT_COLOURS.title, 1, 1, 1, last);
  g.text(2, 1, t.subtitle(cleanText(form.teacher), scaleText(scale, form.headerLang))).merge(2, 1, 2, last);
  const heads = [
    journal.number,
    journal.pupil,
    ...Array.from({ length: periods }, (_, i) => journal.period(form.periodKind, i + 1)),
    t.annual,
    t.examScore(formatNumber(scale.max)),
    t.examMark,
    t.final,
  ];
  g.row(HEADER_ROW, heads)
    .bold(HEADER_ROW, 1, HEADER_ROW, last)
    .background(REPORT_COLOURS.head, HEADER_ROW, 1, HEADER_ROW, last)
    .wrap(HEADER_ROW, 1, HEADER_ROW, last);
  pupils.forEach((name, i) => g.set(first + i, 1, i + 1).text(first + i, 2, name));
  g.border(HEADER_ROW, 1, lastPupilRow, last);
  const computed = [columns.annual, columns.examMark, columns.final];
  for (const c of computed) g.background(REPORT_COLOURS.total, first, c, lastPupilRow, c);

  const column = (c: number) => rangeA1(first, c, lastPupilRow, c);
  const periodsA1 = rangeA1(first, columns.firstPeriod, lastPupilRow, columns.annual - 1);
  const formulaRow = {
    a1: rangeA1(first, columns.annual, first, columns.final),
    formulas: [
      [
        `=KB_ANNUAL(${periodsA1},${RULES_NAME})`,
        '',
        `=KB_EXAM(${column(columns.score)},"${scale.name}",${RULES_NAME})`,
        `=KB_FINAL(${column(columns.annual)},${column(columns.examMark)},${RULES_NAME})`,
      ],
    ],
  };
  const layout = g.layout(HEADER_ROW);
  return {
    ...layout,
    frozenColumns: 2,
    protections: computed.map((c) => ({ a1: column(c), description: EXAM_TEXTS.of(lang).protection })),
    sheetName: examJournalSheetName(form),
    meta: {
      v: 1,
      className: cleanText(form.className),
      subject: cleanText(form.subject),
      teacher: cleanText(form.teacher),
      periodKind: form.periodKind,
      exam: scale.name,
      firstPupilRow: first,
      lastPupilRow,
      columns,
    },
    formulaRow,
  };
}

/** One exam journal's results, recomputed from its cells (cached formula values are never read). */
export interface ExamResults {
  className: string;
  subject: string;
  exam: string;
  /** Pupils with an exam mark; «2» is a re-sit. */
  sat: number;
  counts: Record<Mark, number>;
  /** Pupils who missed the exam (an absence code in the score cell). */
  na: number;
  meanScore?: number;
  /** Pass rate and quality over those who sat, % (as for any set of marks, rules §5). */
  success?: number;
  quality?: number;
  /** Mean final mark, when the school has set its `final` rule. */
  finalMean?: number;
}

export function examResults(
  values: readonly (readonly unknown[])[],
  meta: ExamJournalMeta,
  rules: Ruleset,
): ExamResults {
  const scale = EXAM_SCALES[meta.exam] ?? DEFAULT_EXAM;
  const c = meta.columns;
  const counts: Record<Mark, number> = { 2: 0, 3: 0, 4: 0, 5: 0 };
  let na = 0;
  let scoreSum = 0;
  const finals: number[] = [];
  for (let row = meta.firstPupilRow; row <= Math.min(meta.lastPupilRow, values.length); row++) {
    const cells = values[row - 1] ?? [];
    if (cleanText(cells[c.pupil - 1]) === '') continue;
    const exam = examMark(cells[c.score - 1], scale);
    if (exam.kind === 'na') na++;
    if (exam.kind !== 'mark') continue;
    counts[exam.mark]++;
    const score = parseCell(cells[c.score - 1]);
    if (score.kind === 'number') scoreSum += score.value;
    const annual = computeAnnual(cells.slice(c.firstPeriod - 1, c.annual - 1));
    const annualCell = annual.kind === 'mark' ? annual.mark : '';
    const final = rules.final ? finalMark(annualCell, exam.mark, rules.final) : undefined;
    if (final?.kind === 'mark') finals.push(final.mark);
  }
  const sat = counts[2] + counts[3] + counts[4] + counts[5];
  return {
    className: meta.className,
    subject: meta.subject,
    exam: meta.exam,
    sat,
    counts,
    na,
    ...(sat > 0
      ? {
          meanScore: scoreSum / sat,
          success: ((counts[3] + counts[4] + counts[5]) / sat) * 100,
          quality: ((counts[4] + counts[5]) / sat) * 100,
        }
      : {}),
    ...(finals.length > 0 ? { finalMean: finals.reduce((a, b) => a + b, 0) / finals.length } : {}),
  };
}
