/**
 * Which marks a monitoring scope counts, per class × subject (decided here, once):
 *
 * - quarter n: the quarter journals of period n.
 * - half n: the half-year journals of period n (1-hour subjects) AND the quarter journals of
 *   quarter 2n, the quarter that closes the half-year. Quarter subjects have no half-year mark in
 *   Kazakhstan's rules, and a school's «итоги полугодия» report the marks that exist at that date;
 *   a mean of two quarters would be a mark nobody set.
 * - year: the annual mark of each pupil (computeAnnual, rules §4) over the subject's period marks:
 *   quarters 1–4, or half-years 1–2 when the class × subject has no quarter journal. Pupils are
 *   matched across periods by normalised name (nameKey); a period whose journal is missing, or
 *   that lacks the pupil, leaves the annual mark pending (not counted).
 *
 * Journals without marks (formative only) are ignored. Journals without the journal record (no
 * class, subject or period known), second copies of the same class × subject × period, and (for a
 * half-year) a quarter journal of a class × subject that also has a half-year journal are skipped
 * and named in `skipped`. A pupil counts with a mark 2–5 or н/а; exempt, empty and
 * not-computable (invalid) rows do not count (rules §5).
 */
import { computeAnnual } from '../annual';
import { classKey } from '../journal/classNames';
import type { PeriodKind } from '../journal/types';
import { nameKey } from '../journal/names';
import type { PeriodResult } from '../period';
import type { Mark } from '../scale';
import type { ClassResults } from './classResults';

import type { Scope } from './scopeId';

export type { Scope };

/** A counted mark: 2–5 or н/а. */
export type CountedMark = Mark | 'na';

export interface CountedPupil {
  name: string;
  mark: CountedMark;
}

/** One class × subject in a scope: the pupils whose mark counts, and the journals it came from. */
export interface SubjectMarks {
  className: string;
  subject: string;
  /** Each pupil once, however many rows the journal gives them (Check journals reports the copy). */
  pupils: CountedPupil[];
  /** Pupils whose mark could not be computed (an invalid row): never excellent or good. */
  uncounted: string[];
  /** The year: pupils with some period marks whose annual mark waits for the other periods. */
  pending?: number;
  journals: ClassResults[];
}

export interface Selection {
  sets: SubjectMarks[];
  skipped: string[];
}

/** The period before, within the same school year; none for quarter 1, half-year 1 and the year. */
export function previousScope(scope: Scope): Scope | undefined {
  if (scope.kind === 'year' || scope.n <= 1) return undefined;
  return { kind: scope.kind, n: scope.n - 1 };
}

export function subjectKey(className: string, subject: string): string {
  return `${classKey(className)}|${nameKey(subject)}`;
}

type Dated = ClassResults & { journal: { periodKind: PeriodKind; period: number } };

export function selectMarks(journals: readonly ClassResults[], scope: Scope): Selection {
  const skipped: string[] = [];
  const dated: Dated[] = [];
  const seen = new Set<string>();
  for (const j of journals) {
    if (!j.marks) continue;
    const { periodKind, period } = j.journal;
    if (periodKind === undefined || period === undefined || j.journal.className === '') {
      skipped.push(j.journal.sheetName);
      continue;
    }
    const key = `${subjectKey(j.journal.className, j.journal.subject)}|${periodKind}|${period}`;
    if (seen.has(key)) skipped.push(j.journal.sheetName);
    else {
      seen.add(key);
      dated.push(j as Dated);
    }
  }
  return { sets: scope.kind === 'year' ? annualSets(dated) : periodSets(dated, scope, skipped), skipped };
}

function periodSets(
  journals: Dated[],
  scope: { kind: 'quarter' | 'half'; n: number },
  skipped: string[],
): SubjectMarks[] {
  const wanted = (j: Dated) =>
    scope.kind === 'quarter'
      ? j.journal.periodKind === 'quarter' && j.journal.period === scope.n
      : (j.journal.periodKind === 'half' && j.journal.period === scope.n) ||
        (j.journal.periodKind === 'quarter' && j.journal.period === 2 * scope.n);
  const sets = new Map<string, SubjectMarks>();
  const halfFirst = (j: Dated) => (j.journal.periodKind === 'half' ? 0 : 1);
  for (const j of journals.filter(wanted).sort((a, b) => halfFirst(a) - halfFirst(b))) {
    const key = subjectKey(j.journal.className, j.journal.subject);
    // A half-year and a quarter journal of one class × subject: the half-year mark is the one.
    if (sets.has(key)) {
      skipped.push(j.journal.sheetName);
      continue;
    }
    const pupils: CountedPupil[] = [];
    const uncounted: string[] = [];
    const seen = new Set<string>();
    for (const p of j.pupils) {
      if (p.name !== '' && seen.has(nameKey(p.name))) continue;
      seen.add(nameKey(p.name));
      const mark = p.exempt || !p.period ? undefined : countedMark(p.period);
      if (mark !== undefined) pupils.push({ name: p.name, mark });
      else if (p.period?.kind === 'invalid') uncounted.push(p.name);
    }
    sets.set(key, {
      className: j.journal.className,
      subject: j.journal.subject,
      pupils,
      uncounted,
      journals: [j],
    });
  }
  return [...sets.values()];
}

function annualSets(journals: Dated[]): SubjectMarks[] {
  const groups = new Map<string, Dated[]>();
  for (const j of journals) {
    const key = subjectKey(j.journal.className, j.journal.subject);
    groups.set(key, [...(groups.get(key) ?? []), j]);
  }
  return [...groups.values()].map((group) => {
    const kind: PeriodKind = group.some((j) => j.journal.periodKind === 'quarter') ? 'quarter' : 'half';
    const periods = kind === 'quarter' ? 4 : 2;
    const used = group
      .filter((j) => j.journal.periodKind === kind)
      .sort((a, b) => a.journal.period - b.journal.period);
    // Each pupil's period cells, by normalised name, in the order pupils first appear.
    const cells = new Map<string, { name: string; periods: unknown[] }>();
    for (const j of used) {
      if (j.journal.period < 1 || j.journal.period > periods) continue;
      for (const p of j.pupils) {
        if (p.name === '') continue;
        const key = nameKey(p.name);
        const entry = cells.get(key) ?? { name: p.name, periods: Array<unknown>(periods).fill('') };
        if (!cells.has(key)) cells.set(key, entry);
        entry.periods[j.journal.period - 1] = p.exempt ? 'осв' : periodCell(p.period);
      }
    }
    const pupils: CountedPupil[] = [];
    const uncounted: string[] = [];
    let pending = 0;
    for (const { name, periods: row } of cells.values()) {
      const annual = computeAnnual(row);
      if (annual.kind === 'mark') pupils.push({ name, mark: annual.mark });
      else if (annual.kind === 'na') pupils.push({ name, mark: 'na' });
      else if (annual.kind === 'invalid') uncounted.push(name);
      else if (annual.kind === 'empty' && row.some((c) => c !== '')) pending++;
    }
    return {
      className: used[0].journal.className,
      subject: used[0].journal.subject,
      pupils,
      uncounted,
      pending,
      journals: used,
    };
  });
}

function countedMark(r: PeriodResult): CountedMark | undefined {
  if (r.kind === 'mark') return r.mark;
  return r.kind === 'na' ? 'na' : undefined;
}

/** A period result as a period-mark cell for computeAnnual; '!' (not a mark) makes the annual invalid. */
function periodCell(r: PeriodResult | undefined): unknown {
  if (!r || r.kind === 'empty') return '';
  if (r.kind === 'mark') return r.mark;
  if (r.kind === 'na') return 'н/а';
  return r.kind === 'exempt' ? 'осв' : '!';
}
