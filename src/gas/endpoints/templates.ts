import { parseTemplateJson, templateToJson, TEMPLATE_LIMITS } from '../../core/journal/templateJson';
import { builtinTemplates, isBuiltinName, structureOfJournal } from '../../core/journal/templates';
import type { Template } from '../../core/journal/types';
import type { Ctx } from '../context';
import { foundColumns } from '../../core/journal/snapshot';
import { findJournals, readColumnTags } from '../journalReader';
import { withDocumentLock } from '../lock';
import { loadSavedTemplates, storeSavedTemplates } from '../templateStore';
import { UserError } from '../userError';

/** The gallery in the user's language, then the school's own templates. */
export function allTemplates(ctx: Ctx): Template[] {
  return [...builtinTemplates(ctx.lang), ...loadSavedTemplates(ctx.services)];
}

export function findTemplate(ctx: Ctx, name: string): Template {
  const key = String(name ?? '')
    .trim()
    .toLowerCase();
  const found = allTemplates(ctx).find((t) => t.name.trim().toLowerCase() === key);
  if (!found) throw new UserError(ctx.texts.server.templateNotFound(String(name)));
  return found;
}

/** Saves a journal's structure (never its pupils or scores), with the maxima now in its max row. */
export function saveTemplate(ctx: Ctx, request: { sheetName: string; name: string }): Template {
  const name = checkedName(ctx, request.name);
  const journal = findJournals(ctx.ss).find((j) => j.sheet.getName() === request.sheetName);
  if (!journal) throw new UserError(ctx.texts.server.journalNotFound(String(request.sheetName)));
  const columns = foundColumns(readColumnTags(journal.sheet));
  const lastColumn = Math.max(0, ...columns.sor.map((t) => t.column), columns.soch ?? 0);
  const row =
    lastColumn > 0 ? journal.sheet.getRange(journal.meta.rows.maxRow, 1, 1, lastColumn).getValues()[0] : [];
  const structure = structureOfJournal(journal.meta, {
    sorMaxes: columns.sor.map((t) => row[t.column - 1]),
    ...(columns.soch ? { sochMax: row[columns.soch - 1] } : {}),
  });
  return store(ctx, { name, structure });
}

export function deleteTemplate(ctx: Ctx, name: string): Template[] {
  if (isBuiltinName(String(name))) throw new UserError(ctx.texts.server.builtinReadOnly(String(name)));
  return withDocumentLock(ctx.services, ctx.texts.server.busy, () => {
    const saved = loadSavedTemplates(ctx.services);
    const kept = saved.filter((t) => t.name !== name);
    if (kept.length === saved.length) throw new UserError(ctx.texts.server.templateNotFound(String(name)));
    storeSavedTemplates(ctx.services, kept);
    return kept;
  });
}

export function exportTemplate(ctx: Ctx, name: string): string {
  return templateToJson(findTemplate(ctx, name));
}

export function importTemplate(ctx: Ctx, json: string): Template {
  const parsed = parseTemplateJson(String(json ?? ''), ctx.lang);
  if (!parsed.ok) throw new UserError(parsed.errors.join('\n'));
  checkedName(ctx, parsed.template.name);
  return store(ctx, { name: parsed.template.name.trim(), structure: parsed.template.structure });
}

function checkedName(ctx: Ctx, raw: string): string {
  const name = String(raw ?? '').trim();
  if (!name) throw new UserError(ctx.texts.server.templateNameRequired);
  if (name.length > TEMPLATE_LIMITS.name)
    throw new UserError(ctx.texts.server.templateNameTooLong(TEMPLATE_LIMITS.name));
  if (isBuiltinName(name)) throw new UserError(ctx.texts.server.builtinReadOnly(name));
  return name;
}

/** Adds or replaces the saved template of that name. */
function store(ctx: Ctx, template: Template): Template {
  return withDocumentLock(ctx.services, ctx.texts.server.busy, () => {
    const others = loadSavedTemplates(ctx.services).filter((t) => t.name !== template.name);
    storeSavedTemplates(ctx.services, [...others, template]);
    return template;
  });
}
