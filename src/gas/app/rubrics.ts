/**
 * «Rubrics for parents» on the server (task-level scoring, item 4): the work's score grid read
 * back against the specification (a grid made from another specification is refused rather than
 * read wrongly), and rubricReport's pages — the whole class, or one pupil — written as the
 * add-on's own sheet `rubrics:<grid id>` (`…p<row>` for one pupil, so a single pupil's page never
 * replaces the class's).
 */
import type { Lang } from '../../core/i18n';
import { cleanText } from '../../core/journal/names';
import { gridPositions, gridScope, readGrid, rubricReport, workLabel } from '../../core/tasks';
import type { RubricsOutcome } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { readOwnSheet, writeOwnLayout } from '../endpoints/reports';
import { UserError } from '../userError';
import { journalOn, specOf } from './workSpec';

export const RUBRICS_KIND = 'rubrics';

/** Rubric sheets are named after the journal and the work, in the rubric's language. */
const PREFIX: Record<Lang, string> = { kk: 'Рубрика', ru: 'Рубрика', en: 'Rubric' };
const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

export function writeRubrics(
  ctx: Ctx,
  request: { json: unknown; sheetName: unknown; lang: unknown; pupil?: unknown },
): RubricsOutcome {
  const spec = specOf(ctx, request?.json);
  const lang = LANGS.includes(request?.lang as Lang) ? (request.lang as Lang) : ctx.lang;
  const { data } = journalOn(ctx, request?.sheetName);
  const scope = gridScope(data.sheetId, spec.work);
  const grid = readOwnSheet(ctx, scope);
  if (!grid) throw new UserError(ctx.texts.server.noGrid);
  const positions = gridPositions(spec, grid.values);
  if (!positions) throw new UserError(ctx.texts.server.otherSpec(grid.sheetName));
  const read = readGrid(spec, positions, grid.values);
  // Rows below the last pupil (none, or cleared by the teacher) are not pupils.
  const pupils = read.pupils.filter((p) => p.name !== '');
  const wanted =
    typeof request.pupil === 'string' && request.pupil !== '' ? cleanText(request.pupil) : undefined;
  const chosen = pupils.filter((p) => wanted === undefined || p.name === wanted);
  const meta = data.meta;
  const layout = rubricReport(
    spec,
    chosen,
    { className: meta?.className ?? '', subject: meta?.subject, teacher: meta?.teacher },
    lang,
    // One chosen pupil gets a page even without results (it says why).
    { includeNotWritten: wanted !== undefined },
  );
  if (layout.pages.length === 0) throw new UserError(ctx.texts.server.noPupils);
  const one = wanted !== undefined ? chosen[0] : undefined;
  const own = { kind: RUBRICS_KIND, id: one ? `${scope.id}.p${one.row}` : scope.id };
  const name = `${PREFIX[lang]} ${data.sheetName} · ${workLabel(spec.work, lang)}${one ? ` · ${one.name}` : ''}`;
  const written = writeOwnLayout(ctx, own, name.slice(0, 95), layout);
  return { ...written, pages: layout.pages.length, problems: read.problems };
}
