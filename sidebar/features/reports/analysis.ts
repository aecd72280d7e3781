/**
 * The СОР/СОЧ analysis of one journal or of all journals of a period, built in the sidebar:
 * per journal, read it (readJournal), read the previous analysis sheet if any (readOwnSheet) to
 * keep the teacher's text, build the form with the core and write it (writeOwnSheet). Journal by
 * journal, so the progress bar is real and Cancel stops before the next journal.
 */
import type { Lang } from '../../../src/core/i18n/messages';
import type { PeriodKind } from '../../../src/core/journal/types';
import { analysisReport, classResults, findBlocks, keptTextOf } from '../../../src/core/reports';
import { textsOf } from '../../../src/core/texts';
import type { JournalSummary, StoredSpec } from '../../../src/shared/endpoints';
import { errorText, type CancelToken, type Progress, type ReportApi, type RunResult } from './api';
import { withObjectives } from './objectives';
import { withRun } from './runLock';

export interface AnalysisOptions {
  lang: Lang;
  school: string;
  /** Optional; replaces the purpose kept from the previous report. */
  purpose?: string;
  /** ISO date of the report, YYYY-MM-DD. */
  date: string;
  /** The library's work specifications: with them, the objective blocks come from the score grids. */
  specs?: readonly StoredSpec[];
}

/** Analysis sheets are named after the journal, in the report language. */
const PREFIX: Record<Lang, string> = { kk: 'Талдау', ru: 'Анализ', en: 'Analysis' };

/** The analysis of one journal: read, keep the teacher's text, build, write. Returns the sheet name. */
export async function analyseJournal(
  api: ReportApi,
  runId: string,
  sheetName: string,
  options: AnalysisOptions,
): Promise<{ sheetName: string; printUrl?: string }> {
  const data = await api.readJournal(sheetName, runId);
  const results = classResults(data);
  const scope = { kind: 'analysis', id: String(data.sheetId) };
  const previous = await api.readOwnSheet(scope);
  const keptByTeacher = previous ? keptTextOf(previous.values, findBlocks(previous.values, 8)) : {};
  const { readFingerprint, saveFingerprint } = api;
  const { kept, fingerprint } =
    options.specs && readFingerprint && saveFingerprint
      ? await withObjectives(
          { readOwnSheet: api.readOwnSheet, readFingerprint, saveFingerprint },
          scope,
          data,
          options.specs,
          keptByTeacher,
          options.lang,
        )
      : { kept: keptByTeacher, fingerprint: undefined };
  const { journal } = results;
  const period =
    journal.periodKind && journal.period
      ? textsOf(options.lang).journal.period(journal.periodKind, journal.period)
      : '';
  const layout = analysisReport(
    results,
    {
      school: options.school,
      period,
      subject: journal.subject,
      className: journal.className,
      teacher: journal.teacher,
      date: options.date,
      purpose: options.purpose,
    },
    options.lang,
    kept,
  );
  const written = await api.writeOwnSheet({
    ...scope,
    name: `${PREFIX[options.lang]} ${data.sheetName}`,
    layout, // its `blocks` ride along unused: the next run finds them by their headings
    runId,
  });
  // Only once the sheet holds the generated text: a failed write must not make it look ours.
  if (fingerprint !== undefined) await saveFingerprint?.({ ...scope, fingerprint });
  return written;
}

/** The journals of one period (batch mode): same kind and number. */
export function journalsOfPeriod(
  journals: readonly JournalSummary[],
  kind: PeriodKind,
  period: number,
): JournalSummary[] {
  return journals.filter((j) => j.periodKind === kind && j.period === period);
}

/** Analyses of several journals under one run lock; a journal that fails is reported, the others go on. */
export async function runAnalyses(
  api: ReportApi,
  sheetNames: readonly string[],
  options: AnalysisOptions,
  onProgress: (p: Progress) => void,
  cancel: CancelToken,
): Promise<RunResult> {
  const result: RunResult = { sheets: [], prints: {}, errors: [], cancelled: false };
  await withRun(api, 'analysis', async (runId) => {
    onProgress({ done: 0, total: sheetNames.length });
    for (const [i, sheetName] of sheetNames.entries()) {
      if (cancel.cancelled) {
        result.cancelled = true;
        return;
      }
      try {
        const written = await analyseJournal(api, runId, sheetName, options);
        result.sheets.push(written.sheetName);
        if (written.printUrl) result.prints[written.sheetName] = written.printUrl;
      } catch (e) {
        result.errors.push({ sheetName, message: errorText(e) });
      }
      onProgress({ done: i + 1, total: sheetNames.length });
    }
  });
  return result;
}
