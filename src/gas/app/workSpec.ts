import { parseSpecJson, type WorkSpec } from '../../core/tasks';
import type { JournalOnSheet } from '../../core/tasks/gridLinks';
import type { Ctx } from '../context';
import { journalSnapshot } from '../endpoints/journalData';
import { findJournals, type FoundJournal } from '../journalReader';
import { UserError } from '../userError';

/** A specification from the sidebar (its JSON file), checked field by field in the user's language. */
export function specOf(ctx: Ctx, json: unknown): WorkSpec {
  const parsed = parseSpecJson(typeof json === 'string' ? json : '', ctx.lang);
  if (!parsed.ok) throw new UserError(parsed.errors.join('\n'));
  return parsed.spec;
}

/** A journal by its sheet's name, read (two reads) with its sheet id. */
export function journalOn(ctx: Ctx, sheetName: unknown): { found: FoundJournal; data: JournalOnSheet } {
  const name = typeof sheetName === 'string' ? sheetName : '';
  const [found] = findJournals(ctx.ss, new Set([name]));
  if (!found) throw new UserError(ctx.texts.server.journalNotFound(name));
  const snapshot = journalSnapshot(ctx, found.sheet, found.meta, undefined, false);
  return { found, data: { ...snapshot, sheetId: found.sheet.getSheetId() } };
}
