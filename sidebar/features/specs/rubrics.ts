/**
 * «Rubrics for parents» (task-level scoring, item 4): read the work's score grid (the add-on's own
 * sheet `scoreGrid:<journal id>.<work>`), read it back with the core (readGrid) against the
 * specification in the form, and write rubricReport's pages — the whole class, or one pupil — as
 * the add-on's own sheet `rubrics:<grid id>` (`…p<row>` for one pupil, so a single pupil's page
 * never replaces the class's). The grid's points row must match the specification's descriptors:
 * a grid made from another specification is refused rather than read wrongly.
 */
import type { Lang } from '../../../src/core/i18n/messages';
import { cleanText } from '../../../src/core/journal/names';
import {
  gridPositions,
  gridScope,
  readGrid,
  rubricReport,
  workLabel,
  type GridRead,
  type WorkSpec,
} from '../../../src/core/tasks';
import { GridRefused, type GridApi } from './grid';

export const RUBRICS_KIND = 'rubrics';

export type RubricsApi = Pick<
  GridApi,
  'readJournal' | 'readOwnSheet' | 'beginRun' | 'writeOwnSheet' | 'endRun'
>;

export interface RubricsTexts {
  noGrid: string;
  otherSpec(sheetName: string): string;
  noPupils: string;
}

export interface RubricsOutcome {
  sheetName: string;
  printUrl?: string;
  pages: number;
  /** Cells the grid reader refused (those pupils get no page until fixed). */
  problems: GridRead['problems'];
}

/** The grid of a journal's work read back; undefined when there is no grid. */
export async function readScoreGrid(
  api: Pick<GridApi, 'readOwnSheet'>,
  spec: WorkSpec,
  sheetId: number,
  texts: Pick<RubricsTexts, 'otherSpec'>,
): Promise<{ scope: { kind: string; id: string }; read: GridRead } | undefined> {
  const scope = gridScope(sheetId, spec.work);
  const grid = await api.readOwnSheet(scope);
  if (!grid) return undefined;
  const positions = gridPositions(spec, grid.values);
  if (!positions) throw new GridRefused(texts.otherSpec(grid.sheetName));
  const read = readGrid(spec, positions, grid.values);
  // Rows below the last pupil (none, or cleared by the teacher) are not pupils.
  return { scope, read: { ...read, pupils: read.pupils.filter((p) => p.name !== '') } };
}

export async function writeRubrics(
  api: RubricsApi,
  spec: WorkSpec,
  journalSheet: string,
  lang: Lang,
  texts: RubricsTexts,
  pupil?: string,
): Promise<RubricsOutcome> {
  const data = await api.readJournal(journalSheet);
  const grid = await readScoreGrid(api, spec, data.sheetId, texts);
  if (!grid) throw new GridRefused(texts.noGrid);
  const wanted = pupil === undefined ? undefined : cleanText(pupil);
  const chosen = grid.read.pupils.filter((p) => wanted === undefined || p.name === wanted);
  const layout = rubricReport(
    spec,
    chosen,
    { className: data.meta?.className ?? '', subject: data.meta?.subject, teacher: data.meta?.teacher },
    lang,
    // One chosen pupil gets a page even without results (it says why).
    { includeNotWritten: wanted !== undefined },
  );
  if (layout.pages.length === 0) throw new GridRefused(texts.noPupils);
  const one = wanted !== undefined ? chosen[0] : undefined;
  const scope = { kind: RUBRICS_KIND, id: one ? `${grid.scope.id}.p${one.row}` : grid.scope.id };
  const label = workLabel(spec.work, lang);
  const name = `${RUBRIC_PREFIX[lang]} ${journalSheet} · ${label}${one ? ` · ${one.name}` : ''}`.slice(0, 95);
  const { runId } = await api.beginRun(RUBRICS_KIND);
  try {
    const written = await api.writeOwnSheet({ ...scope, name, layout, runId });
    return { ...written, pages: layout.pages.length, problems: grid.read.problems };
  } finally {
    await api.endRun(runId);
  }
}

/** Rubric sheets are named after the journal and the work, in the rubric's language. */
const RUBRIC_PREFIX: Record<Lang, string> = { kk: 'Рубрика', ru: 'Рубрика', en: 'Rubric' };
