import { checkJournal, summarise } from '../../core/journal/checks';
import type { CheckReport } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { findJournals } from '../journalReader';
import { journalSnapshot } from './journalData';
import { currentRuleset } from '../settingsSheet';

/**
 * Check journals: every journal is read in a constant number of calls (its metadata, one
 * getValues of the used range, the anchor formula) and checked by the core.
 */
export function checkJournals(ctx: Ctx): CheckReport {
  const rules = currentRuleset(ctx);
  const journals = findJournals(ctx.ss);
  const problems = journals.flatMap(({ sheet, meta }) =>
    checkJournal(journalSnapshot(ctx, sheet, meta, rules), {
      minFoMarks: ctx.settings.minFoMarks,
      lang: ctx.lang,
    }),
  );
  return { journals: journals.length, problems, summary: summarise(problems) };
}
