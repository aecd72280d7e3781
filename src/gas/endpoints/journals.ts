import { journalLayout } from '../../core/journal/layout';
import { printUrl } from '../../core/printUrl';
import { journalSheetName } from '../../core/journal/sheetName';
import { renderFieldProblem } from '../../core/journal/fieldProblems';
import { validateStructure } from '../../core/journal/structure';
import type { JournalForm } from '../../core/journal/types';
import type { JournalSummary } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { findJournals } from '../journalReader';
import { writeJournal } from '../journalWriter';
import { withDocumentLock } from '../lock';
import { RULES_NAME } from '../../core/journal/detailFormula';
import { currentRuleset, ensureSettingsSheet } from '../settingsSheet';
import { UserError } from '../userError';

/** Checks what the sidebar sent (it validates too, but the server never trusts it). */
export function checkForm(ctx: Ctx, form: JournalForm): void {
  const t = ctx.texts;
  const problems: string[] = [];
  if (!String(form.className ?? '').trim()) problems.push(t.server.classRequired);
  if (!String(form.subject ?? '').trim()) problems.push(t.server.subjectRequired);
  const periods = form.structure?.periodKind === 'half' ? 2 : 4;
  if (!Number.isInteger(form.period) || form.period < 1 || form.period > periods)
    problems.push(t.server.periodRange(periods));
  problems.push(...validateStructure(form.structure).map((p) => renderFieldProblem(t, p)));
  if (!Array.isArray(form.pupils)) problems.push(t.server.pupilsList);
  if (problems.length > 0) throw new UserError(problems.join('\n'));
}

/** A journal created (with the link to print it), or skipped because its sheet exists. */
export interface CreatedJournal {
  sheetName: string;
  skipped: boolean;
  printUrl?: string;
}

/**
 * Creates one journal sheet. With `skipExisting` a journal whose sheet name is taken is skipped
 * (batch creation must never overwrite); otherwise the new sheet gets a free name.
 *
 * Only the settings sheet's creation takes the document lock: a journal is a new sheet of its own,
 * so the sidebar creates several at once (a name taken meanwhile gets the next «(n)», never an
 * overwrite). Two people creating the same class at the same moment may get «(2)»: never lost data.
 */
export function createJournalSheet(ctx: Ctx, form: JournalForm, skipExisting: boolean): CreatedJournal {
  checkForm(ctx, form);
  const wanted = journalSheetName(form);
  if (skipExisting && ctx.ss.getSheetByName(wanted)) return { sheetName: wanted, skipped: true };
  const rules = ctx.ss.getRangeByName(RULES_NAME)
    ? currentRuleset(ctx)
    : withDocumentLock(ctx.services, ctx.texts.server.busy, () => {
        ensureSettingsSheet(ctx);
        return currentRuleset(ctx);
      });
  const layout = journalLayout(form, ctx.lang, { foMax: rules.foMax, rounding: rules.rounding });
  const sheet = writeJournal(ctx.services, ctx.ss, layout);
  sheet.activate();
  return {
    sheetName: sheet.getName(),
    skipped: false,
    printUrl: printUrl(ctx.ss.getId(), sheet.getSheetId(), 'landscape'),
  };
}

export function journalSummaries(ctx: Ctx): JournalSummary[] {
  return findJournals(ctx.ss).map(({ sheet, meta }) => ({
    sheetName: sheet.getName(),
    className: meta.className,
    subject: meta.subject,
    teacher: meta.teacher,
    periodKind: meta.structure.periodKind,
    period: meta.period,
    marks: meta.structure.marks,
  }));
}
