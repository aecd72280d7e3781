/**
 * monitoringData(input) → MonitoringData: the school's figures for one scope (scope.ts says which
 * marks count). Rows are class × subject; totals per class, per subject, per level of schooling and
 * for the school are SUMS of the rows' counts with the rates recomputed from the sums (never an
 * average of rates), so a total's N counts marks (pupil × subject), not pupils.
 *
 * `change` (percentage points, now − before) compares pass rate and quality with the previous
 * period of the same school year (previousScope: quarter n−1, half-year n−1), read from
 * `input.previous` or, when omitted, from `input.journals`; it is absent where either side has no
 * marks. Honours: per class, pupils matched by normalised name across the class's subjects;
 * excellent = every counted mark 5, good = only 4 and 5 with at least one 4 (an н/а rules both out).
 * Help: every counted 2 or н/а. Reminders: per journal used, the held works (at least one score)
 * with no score and no absence code for a non-exempt pupil who has other data, and the pupils whose
 * mark cannot be computed (an invalid row).
 */
import { compareClassNames, classKey } from '../journal/classNames';
import { nameKey } from '../journal/names';
import { addCounts, indicators, NO_MARKS, type Indicators, type MarkCounts } from '../indicators';
import type { ClassResults, Work } from './classResults';
import {
  previousScope,
  selectMarks,
  subjectKey,
  type CountedMark,
  type CountedPupil,
  type Scope,
} from './scope';
import type { ExamResults } from '../journal/examJournal';
import { stageOf, STAGES } from './stages';
import type { Stage } from './texts';

export interface MonitoringInput {
  journals: readonly ClassResults[];
  scope: Scope;
  previous?: readonly ClassResults[];
  /** The exam journals' results (the year's monitoring). */
  exams?: readonly ExamResults[];
}

/** Percentage points, now − before. */
export interface Change {
  success: number;
  quality: number;
}

export interface Figures {
  figures: Indicators;
  change?: Change;
}

export interface SubjectRow extends Figures {
  className: string;
  subject: string;
  stage: Stage;
  pupils: CountedPupil[];
  uncounted: string[];
}

export interface ClassTotal extends Figures {
  className: string;
  stage: Stage;
}

export interface Honours {
  className: string;
  /** Pupils with at least one counted mark. */
  pupils: number;
  excellent: string[];
  good: string[];
}

export interface HelpRow {
  className: string;
  subject: string;
  pupil: string;
  mark: 2 | 'na';
}

export interface Reminder {
  sheetName: string;
  className: string;
  subject: string;
  teacher: string;
  periodKind?: ClassResults['journal']['periodKind'];
  period?: number;
  /** Cells with no score, per held work in journal order. */
  missing: { work: Pick<Work, 'part' | 'n'>; count: number }[];
  missingTotal: number;
  notComputed: number;
}

export interface MonitoringData {
  scope: Scope;
  rows: SubjectRow[];
  classes: ClassTotal[];
  subjects: (Figures & { subject: string })[];
  stages: (Figures & { stage: Stage })[];
  school: Figures;
  honours: Honours[];
  help: HelpRow[];
  reminders: Reminder[];
  /** Sheets not counted: no journal record, or a second copy of a class × subject × period. */
  skipped: string[];
  /** Whether a previous period was compared (the change columns). */
  compared: boolean;
  /** Exam results by class and subject. */
  exams: ExamResults[];
  /** The year, mid-year: pupils whose annual mark waits for the periods not marked yet. */
  pendingYear: number;
}

export function monitoringData(input: MonitoringInput): MonitoringData {
  const { sets, skipped } = selectMarks(input.journals, input.scope);
  const prevScope = previousScope(input.scope);
  const before = prevScope
    ? totals(rowsOf(selectMarks(input.previous ?? input.journals, prevScope).sets))
    : undefined;
  const now = totals(rowsOf(sets));
  const compared = before !== undefined && before.school.figures.n > 0;
  if (before && compared) {
    const compare = (current: Map<string, Figures>, then: Map<string, Figures>) =>
      current.forEach((f, key) => {
        const change = changeOf(f.figures, then.get(key)?.figures);
        if (change) f.change = change;
      });
    compare(now.byKey.rows, before.byKey.rows);
    compare(now.byKey.classes, before.byKey.classes);
    compare(now.byKey.subjects, before.byKey.subjects);
    compare(now.byKey.stages, before.byKey.stages);
    compare(new Map([['', now.school]]), new Map([['', before.school]]));
  }

  const used = sets.flatMap((s) => s.journals);
  return {
    scope: input.scope,
    pendingYear: sets.reduce((n, s) => n + (s.pending ?? 0), 0),
    exams: [...(input.exams ?? [])].sort(
      (a, b) => compareClassNames(a.className, b.className) || a.subject.localeCompare(b.subject),
    ),
    rows: now.rows,
    classes: now.classes,
    subjects: now.subjects,
    stages: now.stages,
    school: now.school,
    honours: honoursOf(now.rows),
    help: now.rows.flatMap((r) =>
      r.pupils.flatMap((p) =>
        p.mark === 2 || p.mark === 'na'
          ? [{ className: r.className, subject: r.subject, pupil: p.name, mark: p.mark }]
          : [],
      ),
    ),
    reminders: used
      .flatMap((j) => reminderOf(j) ?? [])
      .sort(
        (a, b) =>
          compareClassNames(a.className, b.className) ||
          a.subject.localeCompare(b.subject, 'ru') ||
          (a.period ?? 0) - (b.period ?? 0),
      ),
    skipped,
    compared,
  };
}

function rowsOf(sets: ReturnType<typeof selectMarks>['sets']): SubjectRow[] {
  return sets
    .map((s) => ({
      className: s.className,
      subject: s.subject,
      stage: stageOf(s.className),
      pupils: s.pupils,
      uncounted: s.uncounted,
      figures: indicators(countOf(s.pupils.map((p) => p.mark))),
    }))
    .sort((a, b) => compareClassNames(a.className, b.className) || a.subject.localeCompare(b.subject, 'ru'));
}

export function countOf(marks: readonly CountedMark[]): MarkCounts {
  const c = { ...NO_MARKS };
  for (const m of marks) {
    if (m === 'na') c.na++;
    else c[`n${m}`]++;
  }
  return c;
}

/** Sums of the rows' counts, grouped; rates recomputed from the sums. */
function totals(rows: SubjectRow[]) {
  const group = <K>(keyOf: (r: SubjectRow) => K) => {
    const sums = new Map<K, { first: SubjectRow; counts: MarkCounts }>();
    for (const r of rows) {
      const key = keyOf(r);
      const g = sums.get(key);
      if (g) g.counts = addCounts(g.counts, r.figures);
      else sums.set(key, { first: r, counts: countsOf(r.figures) });
    }
    return sums;
  };
  const classes: ClassTotal[] = [...group((r) => classKey(r.className)).values()].map(
    ({ first, counts }) => ({
      className: first.className,
      stage: first.stage,
      figures: indicators(counts),
    }),
  );
  const subjects = [...group((r) => nameKey(r.subject)).values()]
    .map(({ first, counts }) => ({ subject: first.subject, figures: indicators(counts) }))
    .sort((a, b) => a.subject.localeCompare(b.subject, 'ru'));
  const stageSums = group((r) => r.stage);
  const stages = STAGES.flatMap((stage) => {
    const g = stageSums.get(stage);
    return g ? [{ stage, figures: indicators(g.counts) }] : [];
  });
  const school: Figures = {
    figures: indicators(rows.reduce((sum, r) => addCounts(sum, r.figures), NO_MARKS)),
  };
  return {
    rows,
    classes,
    subjects,
    stages,
    school,
    byKey: {
      rows: new Map<string, Figures>(rows.map((r) => [subjectKey(r.className, r.subject), r])),
      classes: new Map<string, Figures>(classes.map((c) => [classKey(c.className), c])),
      subjects: new Map<string, Figures>(subjects.map((s) => [nameKey(s.subject), s])),
      stages: new Map<string, Figures>(stages.map((s) => [s.stage, s])),
    },
  };
}

function countsOf(i: Indicators): MarkCounts {
  return { n5: i.n5, n4: i.n4, n3: i.n3, n2: i.n2, na: i.na };
}

function changeOf(now: Indicators, before: Indicators | undefined): Change | undefined {
  if (!before || now.success === undefined || now.quality === undefined) return undefined;
  if (before.success === undefined || before.quality === undefined) return undefined;
  return { success: now.success - before.success, quality: now.quality - before.quality };
}

function honoursOf(rows: SubjectRow[]): Honours[] {
  const byClass = new Map<
    string,
    { className: string; pupils: Map<string, { name: string; marks: CountedMark[] }>; uncounted: Set<string> }
  >();
  for (const r of rows) {
    const key = classKey(r.className);
    const c = byClass.get(key) ?? { className: r.className, pupils: new Map(), uncounted: new Set<string>() };
    byClass.set(key, c);
    for (const p of r.pupils) {
      const k = nameKey(p.name);
      const entry = c.pupils.get(k) ?? { name: p.name, marks: [] };
      c.pupils.set(k, entry);
      entry.marks.push(p.mark);
    }
    // A mark that could not be computed may be anything: such a pupil is neither excellent nor good.
    for (const name of r.uncounted) c.uncounted.add(nameKey(name));
  }
  return [...byClass.values()].map(({ className, pupils, uncounted }) => {
    const all = [...pupils.values()];
    const eligible = all.filter((p) => !uncounted.has(nameKey(p.name)));
    return {
      className,
      pupils: all.length,
      excellent: eligible.filter((p) => p.marks.every((m) => m === 5)).map((p) => p.name),
      good: eligible
        .filter((p) => p.marks.every((m) => m === 4 || m === 5) && p.marks.includes(4))
        .map((p) => p.name),
    };
  });
}

function reminderOf(j: ClassResults): Reminder | undefined {
  const pupils = j.pupils.filter((p) => !p.exempt && p.hasData);
  const missing = j.works.flatMap((work, i) => {
    if (work.written === 0) return [];
    const count = pupils.filter((p) => p.scores[i].kind === 'empty').length;
    return count > 0 ? [{ work: { part: work.part, n: work.n }, count }] : [];
  });
  const notComputed = pupils.filter((p) => p.period?.kind === 'invalid').length;
  const missingTotal = missing.reduce((s, m) => s + m.count, 0);
  if (missingTotal === 0 && notComputed === 0) return undefined;
  const { sheetName, className, subject, teacher, periodKind, period } = j.journal;
  return {
    sheetName,
    className,
    subject,
    teacher,
    ...(periodKind ? { periodKind } : {}),
    ...(period !== undefined ? { period } : {}),
    missing,
    missingTotal,
    notComputed,
  };
}
