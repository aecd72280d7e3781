/**
 * Links a journal's СОР/СОЧ column to a score grid (task-level scoring, item 2): writes the
 * sidebar's lookup formulas ONLY into journal cells that are empty, under the document lock, and
 * reports every cell it left because it holds a score (or anything else). Nothing is overwritten.
 * The server cannot import src/core/tasks, so it accepts exactly the shape of its
 * journalScoreFormula: a lookup of the row's own pupil in one of the add-on's own grid sheets.
 */
import { columnLetter, columnNumber } from '../../core/journal/a1';
import { GRID_KIND } from '../../core/tasks/gridSheet';
import type { LinkScoreRequest, LinkScoreResult } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { findJournals, readColumnTags } from '../journalReader';
import { withDocumentLock } from '../lock';
import { findOwnSheet, validScope } from '../ownSheets';
import type { CellValue } from '../services';
import { UserError } from '../userError';

/** The kind of the grid sheets' tag (ownSheets.ts). */

// =IF($B7="","",INDEX('grid'!$J$6:$J$30,MATCH($B7,'grid'!$B$6:$B$30,0)))
const LINK =
  /^=IF\((\$[A-Z]{1,3}[1-9]\d*)="","",INDEX\('((?:[^']|'')+)'!\$([A-Z]{1,3})\$(\d+):\$\3\$(\d+),MATCH\(\1,'\2'!\$([A-Z]{1,3})\$\4:\$\6\$\5,0\)\)\)$/;

const shown = (v: CellValue | undefined) =>
  typeof v === 'number' ? v : v instanceof Date ? v.toISOString() : String(v ?? '');

export function linkScoreCells(ctx: Ctx, request: LinkScoreRequest): LinkScoreResult {
  const bad = (a1: unknown) => new UserError(ctx.texts.server.badCell(String(a1 ?? '')));
  const scope = { kind: request?.grid?.kind, id: request?.grid?.id };
  if (!validScope(scope) || scope.kind !== GRID_KIND || !Array.isArray(request.cells))
    throw new UserError(ctx.texts.server.badScope);
  return withDocumentLock(ctx.services, ctx.texts.server.busy, () => {
    const journal = findJournals(ctx.ss).find((j) => j.sheet.getName() === request.sheetName);
    if (!journal) throw new UserError(ctx.texts.server.journalNotFound(String(request.sheetName)));
    const grid = findOwnSheet(ctx.ss, scope);
    if (!grid) throw new UserError(ctx.texts.server.sheetNotFound(scope.id));
    const { sheet, meta } = journal;
    const tags = readColumnTags(sheet);
    const scoreColumns = tags.filter((t) => t.role === 'sor' || t.role === 'soch').map((t) => t.column);
    const pupilColumn = tags.find((t) => t.role === 'pupil')?.column;
    const result: LinkScoreResult = { linked: [], already: [], kept: [] };
    if (request.cells.length === 0) return result;
    if (pupilColumn === undefined) throw bad(request.cells[0]?.a1);

    // A malformed cell is the sidebar's bug: the request is refused whole, nothing written.
    const seen = new Set<string>();
    const cells = request.cells.map((c) => {
      const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(String(c?.a1));
      const row = m ? Number(m[2]) : 0;
      const column = m ? columnNumber(m[1]) : undefined;
      const f = typeof c?.formula === 'string' ? LINK.exec(c.formula) : null;
      const ok =
        m &&
        f &&
        !seen.has(c.a1) &&
        column !== undefined &&
        scoreColumns.includes(column) &&
        row >= meta.rows.firstPupilRow &&
        f[1] === `$${columnLetter(pupilColumn)}${row}` &&
        f[2].replace(/''/g, "'") === grid.getName();
      if (!ok) throw bad(c?.a1);
      seen.add(c.a1);
      return { a1: c.a1, row, column: column!, formula: c.formula };
    });

    const top = Math.min(...cells.map((c) => c.row));
    const span = sheet.getRange(
      top,
      1,
      Math.max(...cells.map((c) => c.row)) - top + 1,
      Math.max(pupilColumn, ...cells.map((c) => c.column)),
    );
    const values = span.getValues();
    const formulas = span.getFormulas();
    const write: typeof cells = [];
    for (const c of cells) {
      const value = values[c.row - top][c.column - 1];
      const formula = formulas[c.row - top][c.column - 1];
      if (formula === c.formula) result.already.push(c.a1);
      else if (formula === '' && (value === '' || value === null)) write.push(c);
      else
        result.kept.push({
          a1: c.a1,
          pupil: String(values[c.row - top][pupilColumn - 1] ?? ''),
          found: formula || shown(value),
        });
    }
    // Adjacent rows of one column in one setFormulas.
    write.sort((x, y) => x.column - y.column || x.row - y.row);
    for (let i = 0; i < write.length;) {
      let j = i + 1;
      while (j < write.length && write[j].column === write[i].column && write[j].row === write[i].row + j - i)
        j++;
      const run = write.slice(i, j);
      sheet.getRange(run[0].row, run[0].column, run.length, 1).setFormulas(run.map((x) => [x.formula]));
      result.linked.push(...run.map((x) => x.a1));
      i = j;
    }
    ctx.services.SpreadsheetApp.flush();
    return result;
  });
}
