import { checkJournal, summarise } from '../../core/journal/checks';
import { ROWS } from '../../core/journal/positions';
import { anchorOf } from '../../core/journal/snapshot';
import type { CheckReport } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { findJournals, readColumnTags } from '../journalReader';
import { currentRuleset } from '../settingsSheet';

/**
 * Check journals: every journal is read in a constant number of calls (its metadata, one
 * getValues of the used range, the anchor formula) and checked by the core.
 */
export function checkJournals(ctx: Ctx): CheckReport {
  const rules = currentRuleset(ctx);
  const journals = findJournals(ctx.ss);
  const problems = journals.flatMap(({ sheet, meta }) => {
    const columns = readColumnTags(sheet);
    const rows = meta.rows ?? { headerRow: ROWS.header, maxRow: ROWS.max, firstPupilRow: ROWS.firstPupil };
    const anchor = anchorOf(rows, columns);
    return checkJournal(
      {
        sheetName: sheet.getName(),
        meta,
        rows,
        columns,
        values: sheet.getDataRange().getValues(),
        anchorFormula: anchor ? sheet.getRange(anchor.row, anchor.column).getFormulas()[0][0] : '',
        rules,
      },
      { minFoMarks: ctx.settings.minFoMarks, lang: ctx.lang },
    );
  });
  return { journals: journals.length, problems, summary: summarise(problems) };
}
