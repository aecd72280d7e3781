import { journalLayout } from '../../src/core/journal/layout';
import type { JournalStructure, PeriodKind } from '../../src/core/journal/types';
import { classResults, type ClassResults } from '../../src/core/reports/classResults';
import type { ReportLayout } from '../../src/core/reports/types';
import { FilledJournal, form, QUARTER } from '../journal/fixtures';

export const HALF_NO_SOCH: JournalStructure = {
  periodKind: 'half',
  foCount: 4,
  sorMaxes: [20, 20],
  sochMax: null,
  marks: true,
  headerLang: 'ru',
};

/**
 * A pupil row where every component is at `percent`: ФО marks percent/10 and every held work
 * written at percent of its max, so P = percent whatever the weights. 90 → «5», 70 → «4», 50 → «3»,
 * 30 → «2». Codes instead: 'na' (the СОЧ, or every СОР, missed: н/а), 'exempt', 'empty' (name only).
 */
export type Pupil = [name: string, at: number | 'na' | 'exempt' | 'empty'];

export interface JournalSpec {
  className: string;
  subject: string;
  period: number;
  kind?: PeriodKind;
  teacher?: string;
  pupils: Pupil[];
}

export function journalOf(spec: JournalSpec): FilledJournal {
  const structure = spec.kind === 'half' ? HALF_NO_SOCH : QUARTER;
  const names = spec.pupils.map(([name]) => name);
  const j = new FilledJournal(
    journalLayout(
      form(structure, names, {
        className: spec.className,
        subject: spec.subject,
        period: spec.period,
        teacher: spec.teacher ?? 'Учитель',
      }),
    ),
  );
  const works = j.columns.filter((c) => c.role === 'sor' || c.role === 'soch');
  const maxRow = j.layout.positions.maxRow;
  spec.pupils.forEach(([, at], i) => {
    const p = i + 1;
    if (at === 'empty') return;
    if (at === 'exempt') {
      // In a summative cell (in a ФО cell it is only an excused lesson, contract v2).
      j.setCell(j.row(p), works[0].column, 'осв');
      return;
    }
    const percent = at === 'na' ? 70 : at;
    j.set(p, 'fo', 1, percent / 10);
    for (const w of works)
      j.setCell(j.row(p), w.column, (Number(j.grid[maxRow - 1][w.column - 1]) * percent) / 100);
    // н/а: the СОЧ missed, or every СОР when the period has no СОЧ.
    if (at === 'na')
      for (const w of works.filter((c) => c.role === 'soch' || structure.sochMax === null))
        j.setCell(j.row(p), w.column, 'н');
  });
  return j;
}

export function resultsOf(spec: JournalSpec): ClassResults {
  return classResults(journalOf(spec).snapshot());
}

/** What getValues returns after the layout is written: the quote prefix is not part of the value. */
export function readBack(layout: Pick<ReportLayout, 'values'>): unknown[][] {
  return layout.values.map((row) =>
    row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
  );
}

/** The row (1-based) whose first cell is `label`, or -1. */
export function rowOf(layout: Pick<ReportLayout, 'values'>, label: string, from = 1): number {
  for (let r = from; r <= layout.values.length; r++) if (readBack(layout)[r - 1][0] === label) return r;
  return -1;
}

/**
 * 7А, 2nd quarter: ФО 1–10, СОР 1–3 out of 20 (СОР 3 not written yet), СОЧ out of 25.
 * KZ-2020: P = 0.25·ФО% + 0.25·СОР% + 0.5·СОЧ%, rounded half up; levels below 40 low, from 85 high.
 */
export function handClass(): FilledJournal {
  const names = [
    'Абенов Нурлан',
    'Ахметова Айгерим',
    'Байжанов Ерлан',
    'Иванов Пётр',
    'Ким Виктория',
    'Нурланова Дана',
    'x',
  ];
  const j = new FilledJournal(journalLayout(form(QUARTER, names)));
  const row = (p: number, fo: unknown[], sor1: unknown, sor2: unknown, soch: unknown) => {
    fo.forEach((m, i) => j.set(p, 'fo', i + 1, m));
    j.set(p, 'sor', 1, sor1).set(p, 'sor', 2, sor2).set(p, 'soch', 1, soch);
  };
  row(1, [8, 9, 7], 18, 13, 21);
  row(2, [6, 6], '7,9', 'н', 9);
  row(3, [10], 17, 20, 25);
  row(4, [], 'осв', '', '');
  row(5, [5], 7, '', 16.2);
  // Pupil 6 has a name only; pupil 7's row is emptied: neither name nor data.
  j.set(7, 'pupil', 1, '');
  return j;
}
