import { RULES_NAME } from '../../core/journal/detailFormula';
import {
  EXAM_JOURNAL_KEY,
  examJournalLayout,
  examJournalProblems,
  type ExamJournalForm,
} from '../../core/journal/examJournal';
import { printUrl } from '../../core/printUrl';
import type { Ctx } from '../context';
import { applyLayout } from '../layoutWriter';
import { withDocumentLock } from '../lock';
import { insertNamedSheet } from '../newSheet';
import { ensureSettingsSheet } from '../settingsSheet';
import { UserError } from '../userError';

/**
 * Creates the annual journal of an exam subject on a new sheet: the grid in one write, then its
 * three formulas in one more and its record (metadata). Its formulas read KB_RULES, so the settings sheet is
 * made first when the spreadsheet has none.
 */
export function createExamJournalSheet(
  ctx: Ctx,
  form: ExamJournalForm,
): { sheetName: string; printUrl: string } {
  const problems = examJournalProblems(form);
  if (problems.length > 0) throw new UserError(ctx.texts.server.badLayout(problems.join(', ')));
  if (!ctx.ss.getRangeByName(RULES_NAME))
    withDocumentLock(ctx.services, ctx.texts.server.busy, () => ensureSettingsSheet(ctx));
  const layout = examJournalLayout(form, ctx.lang);
  const sheet = insertNamedSheet(ctx.ss, layout.sheetName);
  applyLayout(ctx.services, sheet, layout);
  sheet.getRange(layout.formulaRow.a1).setFormulas(layout.formulaRow.formulas);
  sheet.addDeveloperMetadata(EXAM_JOURNAL_KEY, JSON.stringify(layout.meta));
  sheet.activate();
  return { sheetName: sheet.getName(), printUrl: printUrl(ctx.ss.getId(), sheet.getSheetId(), 'portrait') };
}
