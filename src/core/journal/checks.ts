import type { CheckCode, CheckProblem } from './checkTypes';
import { LANGS, type Lang } from '../i18n';
import { cellA1 } from './a1';
import { checkComputed } from './checkComputed';
import { checkScores } from './checkScores';
import type { JournalSnapshot } from './snapshot';

export type { JournalSnapshot } from './snapshot';

export interface CheckOptions {
  /** Fewer ФО marks than this is reported (0: never). */
  minFoMarks: number;
  lang: Lang;
}

/**
 * Everything Check journals reports about one journal, top to bottom and left to right, each
 * problem at its cell with a message in the add-on's language. See checkScores and
 * checkComputed for what each code means.
 */
export function checkJournal(snapshot: JournalSnapshot, options: CheckOptions): CheckProblem[] {
  const lang: Lang = LANGS.includes(options.lang) ? options.lang : 'ru';
  const findings = [...checkScores(snapshot, options.minFoMarks, lang), ...checkComputed(snapshot, lang)];
  findings.sort((a, b) => a.row - b.row || a.column - b.column);
  return findings.map((f) => ({
    sheetName: snapshot.sheetName,
    a1: cellA1(f.row, f.column),
    code: f.code,
    message: f.message,
  }));
}

/** Problems per code; codes with none are left out. */
export function summarise(problems: readonly CheckProblem[]): Partial<Record<CheckCode, number>> {
  const summary: Partial<Record<CheckCode, number>> = {};
  for (const p of problems) summary[p.code] = (summary[p.code] ?? 0) + 1;
  return summary;
}
