import { parseRoster } from '../../core/journal/roster';
import { journalSheetName } from '../../core/journal/sheetName';
import type { FromTemplateRequest, PlanItem, RosterClass } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { UserError } from '../userError';
import { createJournalSheet } from './journals';
import { findTemplate } from './templates';

/** A roster sheet (class | pupil) read in one call and grouped by class. */
export function readRoster(ctx: Ctx, sheetName: string): RosterClass[] {
  const sheet = ctx.ss.getSheetByName(String(sheetName));
  if (!sheet) throw new UserError(ctx.texts.server.sheetNotFound(String(sheetName)));
  const roster = parseRoster(sheet.getDataRange().getValues(), ctx.lang);
  if (roster.errors.length > 0) throw new UserError(roster.errors.join('\n'));
  return roster.classes;
}

/** What "Journals from a template" will do, class by class, before it does anything. */
export function planFromTemplate(
  ctx: Ctx,
  request: { template: string; rosterSheet: string; subject: string; period: number },
): PlanItem[] {
  const template = findTemplate(ctx, request.template);
  const existing = new Set(ctx.ss.getSheets().map((s) => s.getName()));
  return readRoster(ctx, request.rosterSheet).map((c) => {
    const sheetName = journalSheetName({
      className: c.className,
      subject: String(request.subject ?? ''),
      period: request.period,
      structure: template.structure,
    });
    return { className: c.className, pupils: c.pupils.length, sheetName, exists: existing.has(sheetName) };
  });
}

/** One class of the batch (the sidebar calls this class by class, showing progress). */
export function createFromTemplate(
  ctx: Ctx,
  request: FromTemplateRequest,
): { sheetName: string; skipped: boolean } {
  const template = findTemplate(ctx, request.template);
  return createJournalSheet(
    ctx,
    {
      className: request.className,
      subject: request.subject,
      teacher: request.teacher,
      period: request.period,
      pupils: request.pupils,
      structure: template.structure,
      template: template.name,
    },
    true,
  );
}
