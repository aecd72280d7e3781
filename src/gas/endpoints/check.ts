import { checkJournal, summarise } from '../../core/journal/checks';
import type { CheckReport } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { findJournals } from '../journalReader';
import { journalSnapshot } from './journalData';
import { currentRuleset } from '../settingsSheet';

/**
 * Check journals over some journals (a batch from the sidebar) or all of them (`only` omitted):
 * each read in three backend calls (the used range, its values, the anchor formula) and checked
 * by the core.
 */
export function checkJournals(ctx: Ctx, only?: readonly string[]): CheckReport {
  const rules = currentRuleset(ctx);
  const journals = findJournals(ctx.ss, only && new Set(only));
  const problems = journals.flatMap(({ sheet, meta }) =>
    checkJournal(journalSnapshot(ctx, sheet, meta, rules), {
      minFoMarks: ctx.settings.minFoMarks,
      lang: ctx.lang,
    }),
  );
  return { journals: journals.length, problems, summary: summarise(problems) };
}
