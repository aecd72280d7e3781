/**
 * «Create score grid» on the server: the journal read, the grid planned by the core, written as
 * the add-on's own sheet (never over an existing grid: it holds the teacher's points), and the
 * journal's column of the work linked to the grid's totals in its EMPTY cells only.
 */
import { foundColumns } from '../../core/journal/snapshot';
import { GridRefused, gridPlan, linkCells } from '../../core/tasks/gridLinks';
import type { GridOutcome } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { linkScoreCells } from '../endpoints/specLinks';
import { writeOwnLayout } from '../endpoints/reports';
import { findOwnSheet } from '../ownSheets';
import { UserError } from '../userError';
import { journalOn, specOf } from './workSpec';

export function createScoreGrid(ctx: Ctx, request: { json: unknown; sheetName: unknown }): GridOutcome {
  const spec = specOf(ctx, request?.json);
  const { found, data } = journalOn(ctx, request?.sheetName);
  let plan: ReturnType<typeof gridPlan>;
  try {
    plan = gridPlan(spec, data, ctx.lang);
  } catch (e) {
    throw e instanceof GridRefused ? new UserError(e.message) : e;
  }
  const { sheetName: gridSheet } = writeOwnLayout(ctx, plan.scope, plan.name, plan.layout, {
    guard: () => {
      const existing = findOwnSheet(ctx.ss, plan.scope);
      if (existing) throw new UserError(ctx.texts.server.gridExists(existing.getName()));
    },
  });
  const pupil = foundColumns(data.columns).pupil;
  const cells = linkCells(spec, data, plan.layout, gridSheet);
  const link =
    pupil === undefined || cells.length === 0
      ? { linked: [], already: [], kept: [] }
      : linkScoreCells(ctx, found.sheet, pupil, cells);
  return { gridSheet, link };
}
