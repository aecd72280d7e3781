/**
 * The СОР/СОЧ analysis (rules §6), built and written on the server: per journal, read it, keep
 * the teacher's text of the previous analysis sheet, fill the objective blocks from the score
 * grids, write the form. The sidebar sends batches of journals (one execution each); a menu item
 * runs a whole period in one execution.
 */
import type { Lang } from '../../core/i18n';
import { analysisReport, classResults, findBlocks, keptTextOf } from '../../core/reports';
import { TEXTS } from '../../core/texts';
import type { Ctx } from '../context';
import { journalSnapshot } from '../endpoints/journalData';
import { readOwnSheet, writeOwnLayout } from '../endpoints/reports';
import { saveFingerprint } from '../endpoints/fingerprints';
import { findJournals } from '../journalReader';
import { withDocumentLock } from '../lock';
import { currentRuleset } from '../settingsSheet';
import { UserError } from '../userError';
import type { AnalysesWritten } from '../../shared/endpoints';
import { errorText } from './batches';
import { withObjectives } from './objectives';

export interface AnalysisOptions {
  /** Optional; replaces the purpose kept from the previous report. */
  purpose?: string;
  /** The report's date, YYYY-MM-DD (the user's day, which the server's time zone may not be). */
  date: string;
}

/** Analysis sheets are named after the journal, in the report language. */
const PREFIX: Record<Lang, string> = { kk: 'Талдау', ru: 'Анализ', en: 'Analysis' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the sidebar sent, checked: a short purpose and an ISO date. */
export function analysisOptionsOf(ctx: Ctx, x: unknown): AnalysisOptions {
  const o = (x ?? {}) as Record<string, unknown>;
  if (typeof o.date !== 'string' || !DATE.test(o.date))
    throw new UserError(ctx.texts.server.badLayout('date'));
  if (o.purpose !== undefined && (typeof o.purpose !== 'string' || o.purpose.length > 2000))
    throw new UserError(ctx.texts.server.badLayout('purpose'));
  const purpose = typeof o.purpose === 'string' && o.purpose.trim() ? o.purpose.trim() : undefined;
  return { date: o.date, ...(purpose ? { purpose } : {}) };
}

/** The analyses of these journals; a journal that fails is reported, the others go on. */
export function writeAnalyses(
  ctx: Ctx,
  sheetNames: readonly string[],
  options: AnalysisOptions,
): AnalysesWritten {
  const rules = currentRuleset(ctx);
  const found = findJournals(ctx.ss, new Set(sheetNames));
  const out: AnalysesWritten = { sheets: [], errors: [] };
  for (const name of sheetNames) {
    try {
      const journal = found.find((j) => j.sheetName === name);
      if (!journal) throw new UserError(ctx.texts.server.journalNotFound(name));
      out.sheets.push(
        analyseJournal(
          ctx,
          journal.sheet.getSheetId(),
          journalSnapshot(ctx, journal.sheet, journal.meta, rules, false),
          options,
        ),
      );
    } catch (e) {
      out.errors.push({ sheetName: name, message: errorText(e) });
    }
  }
  return out;
}

function analyseJournal(
  ctx: Ctx,
  sheetId: number,
  snapshot: ReturnType<typeof journalSnapshot>,
  options: AnalysisOptions,
): { sheetName: string; printUrl: string } {
  const { lang } = ctx;
  const results = classResults(snapshot);
  const scope = { kind: 'analysis', id: String(sheetId) };
  const previous = readOwnSheet(ctx, scope);
  const keptByTeacher = previous ? keptTextOf(previous.values, findBlocks(previous.values, 8)) : {};
  const { kept, fingerprint } = withObjectives(ctx, scope, snapshot, sheetId, keptByTeacher, lang);
  const { journal } = results;
  const period =
    journal.periodKind && journal.period
      ? TEXTS.of(lang).journal.period(journal.periodKind, journal.period)
      : '';
  const layout = analysisReport(
    results,
    {
      school: ctx.settings.schoolName,
      period,
      subject: journal.subject,
      className: journal.className,
      teacher: journal.teacher,
      date: options.date,
      purpose: options.purpose,
    },
    lang,
    kept,
  );
  const written = writeOwnLayout(ctx, scope, `${PREFIX[lang]} ${snapshot.sheetName}`, layout, {
    previous: previous?.sheet ?? null,
  });
  // Only once the sheet holds the generated text: a failed write must not make it look ours.
  if (fingerprint !== undefined)
    withDocumentLock(ctx.services, ctx.texts.server.busy, () => saveFingerprint(ctx, scope, fingerprint));
  return written;
}

/** The journals of one period (a batch of analyses): same kind and number, in the file's order. */
export function journalsOfPeriod(ctx: Ctx, kind: 'quarter' | 'half', period: number): string[] {
  return findJournals(ctx.ss)
    .filter(
      (j) =>
        j.meta.structure.periodKind === kind && j.meta.period === period && j.meta.structure.marks !== false,
    )
    .map((j) => j.sheetName);
}
