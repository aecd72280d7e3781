import { parseMark, type PeriodMarkCell } from './annual';
import { parseCell, showRaw } from './cells';
import { callError } from './errors';
import { Q } from './exact';
import { problem, type Column } from './i18n';
import { EMPTY_ROW, EXEMPT_ROW, invalidRow, type Outcome } from './outcome';
import type { FinalRule } from './ruleset';
import type { Mark } from './scale';

/** An exam's scale in points: the lowest scores for marks 3, 4 and 5 out of `max`. */
export interface ExamScale {
  name: string;
  max: number;
  t3: number;
  t4: number;
  t5: number;
}

/**
 * Named exam scales (assessment rules §4). KZ-KAZLANG: the year-end Kazakh-language exam of
 * grades 5–8 and 10 since 2023–24, 30 points; 0–11 is «2» and the pupil re-sits.
 */
export const EXAM_SCALES: Readonly<Record<string, ExamScale>> = {
  'KZ-KAZLANG': { name: 'KZ-KAZLANG', max: 30, t3: 12, t4: 19, t5: 25 },
};
export const DEFAULT_EXAM = EXAM_SCALES['KZ-KAZLANG'];
const SCALE_KEYS = ['max', 't3', 't4', 't5'] as const;

/** The `exam` argument: omitted → KZ-KAZLANG; a name; or a key | value range of max, t3, t4, t5. */
export function resolveExamScale(arg: unknown): ExamScale {
  if (arg === undefined || arg === null || arg === '') return DEFAULT_EXAM;
  if (!Array.isArray(arg)) {
    const found = EXAM_SCALES[String(arg).trim().toUpperCase()];
    if (!found) throw callError('unknownExam', showRaw(arg), Object.keys(EXAM_SCALES).join(', '));
    return found;
  }
  const rows = arg as unknown[][];
  if (rows.length === 1 && rows[0].length === 1) return resolveExamScale(rows[0][0]);
  const values = new Map<string, number>();
  for (const row of rows) {
    const key = String(row[0] ?? '')
      .trim()
      .toLowerCase();
    if (key === '' && row.every((v) => String(v ?? '').trim() === '')) continue;
    const c = parseCell(row[1]);
    if (
      row.length !== 2 ||
      !(SCALE_KEYS as readonly string[]).includes(key) ||
      values.has(key) ||
      c.kind !== 'number'
    )
      throw callError('examScale');
    values.set(key, c.value);
  }
  const [max, t3, t4, t5] = SCALE_KEYS.map((k) => values.get(k));
  if (max === undefined || t3 === undefined || t4 === undefined || t5 === undefined)
    throw callError('examScale');
  if (!(0 < t3 && t3 < t4 && t4 < t5 && t5 <= max)) throw callError('examScale');
  return { name: '', max, t3, t4, t5 };
}

export type ExamResult = Outcome | { kind: 'mark'; mark: Mark };

const EXAM: Column = { part: 'exam', n: 1 };

/** KB_EXAM for one score: a mark on the scale; empty stays empty, a missed exam is not attested. */
export function examMark(raw: unknown, scale: ExamScale): ExamResult {
  const c = parseCell(raw);
  if (c.kind === 'empty') return EMPTY_ROW;
  if (c.kind === 'absent') return { kind: 'na', reason: 'exam' };
  if (c.kind === 'exempt') return EXEMPT_ROW;
  if (c.kind !== 'number') return invalidRow(problem('notANumber', EXAM, showRaw(raw)));
  if (c.value < 0) return invalidRow(problem('scoreNegative', EXAM, c.value));
  if (c.value > scale.max) return invalidRow(problem('scoreAboveMax', EXAM, c.value, scale.max));
  const score = Q.of(c.value);
  const reaches = (t: number) => score.gte(Q.of(t));
  return { kind: 'mark', mark: reaches(scale.t5) ? 5 : reaches(scale.t4) ? 4 : reaches(scale.t3) ? 3 : 2 };
}

/**
 * KB_FINAL for one pupil (rules §4: no national formula, the school's `final` key decides):
 * `mean` — the half-up mean of the annual and the exam mark; `exam`; `annual`. Pending while a mark
 * it needs is empty; н/а when one is н/а; a pupil exempt from the exam keeps the annual mark.
 */
export function finalMark(rawAnnual: unknown, rawExam: unknown, rule: FinalRule): ExamResult {
  const annual = parseMark(rawAnnual);
  const exam = parseMark(rawExam);
  if (!annual) return invalidRow(problem('notAMark', { part: 'annual', n: 1 }, showRaw(rawAnnual)));
  if (!exam) return invalidRow(problem('notAMark', EXAM, showRaw(rawExam)));
  if (annual.kind === 'empty' && exam.kind === 'empty') return EMPTY_ROW;
  if (annual.kind === 'exempt') return EXEMPT_ROW;
  const needed: PeriodMarkCell[] = rule === 'annual' ? [annual] : rule === 'exam' ? [exam] : [annual, exam];
  if (exam.kind === 'exempt' && rule !== 'annual') return outcomeOf(annual);
  if (needed.some((m) => m.kind === 'na')) return { kind: 'na', reason: 'period' };
  if (needed.some((m) => m.kind !== 'mark')) return EMPTY_ROW;
  const marks: number[] = needed.map((m) => (m.kind === 'mark' ? m.mark : 0));
  const mean = Q.int(marks.reduce((a, b) => a + b, 0)).div(Q.int(marks.length));
  return { kind: 'mark', mark: mean.halfUp().toNumber() as Mark };
}

function outcomeOf(m: PeriodMarkCell): ExamResult {
  if (m.kind === 'mark') return m;
  if (m.kind === 'na') return { kind: 'na', reason: 'period' };
  return m.kind === 'exempt' ? EXEMPT_ROW : EMPTY_ROW;
}
