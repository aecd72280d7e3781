/**
 * classResults(snapshot) → ClassResults: one journal sheet read as data for the reports.
 *
 * In: a JournalSnapshot (journal/snapshot.ts), as the gas layer reads it for Check journals.
 * Out: the journal's pupils in sheet order with, for every work that has a usable max (each СОР
 * with a max, the СОЧ if its max is set), the pupil's score cell classified, and the pupil's
 * period result recomputed with computePeriod and snapshot.rules, `held` applied over the class as
 * the journal's one formula does (cached formula values are never read). Rows with neither a name nor any data are skipped; a row with a name only is a pupil with
 * no data (`hasData` false, period result empty).
 */
import { parseCell, type Cell } from '../cells';
import type { PeriodKind, JournalMeta } from '../journal/types';
import { cleanText } from '../journal/names';
import { foundColumns, type JournalSnapshot } from '../journal/snapshot';
import { periodInputsOf } from '../journal/periodInputs';
import { computePeriod, type PeriodResult } from '../period';
import type { Ruleset } from '../ruleset';

/** One pupil's cell in a work column. `invalid`: text, a negative score or one above the max. */
export type WorkScore =
  | { kind: 'score'; score: number }
  | { kind: 'absent' }
  | { kind: 'exempt' }
  | { kind: 'empty' }
  | { kind: 'invalid' };

/** A СОР or СОЧ with a usable max. `written`: non-exempt pupils with a valid score (0 = not held yet). */
export interface Work {
  part: 'sor' | 'soch';
  /** СОР number (1…); 1 for the СОЧ. */
  n: number;
  column: number;
  max: number;
  written: number;
}

export interface PupilResult {
  row: number;
  /** As typed, spaces tidied; '' when the name cell is empty. */
  name: string;
  /** Any «осв»/«бос» in the row: left out of every count (rules §3). */
  exempt: boolean;
  /** Anything in the ФО, СОР or СОЧ cells. */
  hasData: boolean;
  /** One per entry of ClassResults.works, same order. */
  scores: WorkScore[];
  /** Absent when the journal gives no marks (formative only). */
  period?: PeriodResult;
}

/** Who the journal is for; from the journal's metadata (empty strings when it was not found). */
export interface JournalInfo {
  sheetName: string;
  className: string;
  subject: string;
  teacher: string;
  periodKind?: PeriodKind;
  period?: number;
}

export interface ClassResults {
  journal: JournalInfo;
  meta?: JournalMeta;
  rules: Ruleset;
  /** false for formative-only journals: no period marks. */
  marks: boolean;
  /** СОРs in index order, then the СОЧ. */
  works: Work[];
  pupils: PupilResult[];
}

export function classResults(snapshot: JournalSnapshot): ClassResults {
  const { rows, rules, meta } = snapshot;
  const cols = foundColumns(snapshot.columns);
  const cell = (row: number, column: number): unknown => snapshot.values[row - 1]?.[column - 1];
  const marks = meta?.structure.marks ?? cols.detail.size > 0;

  const maxOf = (column: number): number | undefined => {
    const c = parseCell(cell(rows.maxRow, column));
    return c.kind === 'number' && c.value > 0 ? c.value : undefined;
  };
  const works: Work[] = [];
  for (const tag of cols.sor) {
    const max = maxOf(tag.column);
    if (max !== undefined) works.push({ part: 'sor', n: tag.index, column: tag.column, max, written: 0 });
  }
  if (cols.soch !== undefined) {
    const max = maxOf(cols.soch);
    if (max !== undefined) works.push({ part: 'soch', n: 1, column: cols.soch, max, written: 0 });
  }

  const dataColumns = [...cols.fo, ...cols.sor].map((t) => t.column).concat(cols.soch ?? []);
  const inputs = marks ? periodInputsOf(snapshot, cols) : [];
  const pupils: PupilResult[] = [];
  for (let row = rows.firstPupilRow; row <= snapshot.values.length; row++) {
    const name = cols.pupil === undefined ? '' : cleanText(cell(row, cols.pupil));
    const cells = dataColumns.map((c) => parseCell(cell(row, c)));
    const hasData = cells.some((c) => c.kind !== 'empty');
    if (name === '' && !hasData) continue;
    const exempt = cells.some((c) => c.kind === 'exempt');
    const scores = works.map((w) => workScore(parseCell(cell(row, w.column)), w.max));
    if (!exempt) scores.forEach((s, i) => s.kind === 'score' && works[i].written++);
    const period = marks ? computePeriod(inputs[row - rows.firstPupilRow], rules) : undefined;
    pupils.push({ row, name, exempt, hasData, scores, ...(period ? { period } : {}) });
  }

  return {
    journal: {
      sheetName: snapshot.sheetName,
      className: meta?.className ?? '',
      subject: meta?.subject ?? '',
      teacher: meta?.teacher ?? '',
      ...(meta ? { periodKind: meta.structure.periodKind, period: meta.period } : {}),
    },
    ...(meta ? { meta } : {}),
    rules,
    marks,
    works,
    pupils,
  };
}

function workScore(c: Cell, max: number): WorkScore {
  switch (c.kind) {
    case 'number':
      return c.value >= 0 && c.value <= max ? { kind: 'score', score: c.value } : { kind: 'invalid' };
    case 'absent':
    case 'exempt':
    case 'empty':
      return { kind: c.kind };
    default:
      return { kind: 'invalid' };
  }
}
