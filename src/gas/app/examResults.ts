import {
  EXAM_JOURNAL_KEY,
  examResults,
  type ExamJournalMeta,
  type ExamResults,
} from '../../core/journal/examJournal';
import type { Ruleset } from '../../core/ruleset';
import type { Ctx } from '../context';

/**
 * The results of every exam journal of the spreadsheet, for the year's monitoring: one finder call
 * for their records, then one read per exam journal (a school has one per exam class and subject).
 * A sheet whose record cannot be read is left out rather than guessed at.
 */
export function readExamResults(ctx: Ctx, rules: Ruleset): ExamResults[] {
  const results: ExamResults[] = [];
  for (const md of ctx.ss.createDeveloperMetadataFinder().withKey(EXAM_JOURNAL_KEY).find()) {
    const sheet = md.getLocation().getSheet();
    const meta = parseMeta(md.getValue());
    if (!sheet || !meta) continue;
    const values = sheet.getRange(1, 1, meta.lastPupilRow, meta.columns.final).getValues();
    results.push(examResults(values, meta, rules));
  }
  return results;
}

function parseMeta(value: string | null): ExamJournalMeta | undefined {
  try {
    const meta = JSON.parse(value ?? '') as ExamJournalMeta;
    const c = meta?.columns;
    const whole = (x: unknown) => Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 1000;
    return meta?.v === 1 &&
      typeof meta.className === 'string' &&
      typeof meta.subject === 'string' &&
      typeof meta.exam === 'string' &&
      whole(meta.firstPupilRow) &&
      whole(meta.lastPupilRow) &&
      c &&
      [c.pupil, c.firstPeriod, c.annual, c.score, c.examMark, c.final].every(whole)
      ? meta
      : undefined;
  } catch {
    return undefined;
  }
}
