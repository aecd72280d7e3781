/**
 * Links a journal's СОР/СОЧ column to its score grid (task-level scoring, item 2): writes the
 * lookup formulas ONLY into journal cells that are empty, under the document lock, and reports
 * every cell it left because it holds a score (or anything else). Nothing is overwritten. The
 * cells and formulas come from the core (linkCells), never from the sidebar.
 */
import { columnNumber } from '../../core/journal/a1';
import type { LinkScoreResult } from '../../shared/endpoints';
import type { Ctx } from '../context';
import { withDocumentLock } from '../lock';
import type { CellValue, Sheet } from '../services';

const shown = (v: CellValue | undefined) =>
  typeof v === 'number' ? v : v instanceof Date ? v.toISOString() : String(v ?? '');

export function linkScoreCells(
  ctx: Ctx,
  sheet: Sheet,
  pupilColumn: number,
  links: readonly { a1: string; formula: string }[],
): LinkScoreResult {
  const result: LinkScoreResult = { linked: [], already: [], kept: [] };
  if (links.length === 0) return result;
  const cells = links.map((c) => {
    const m = /^([A-Z]{1,3})(\d+)$/.exec(c.a1)!;
    return { a1: c.a1, row: Number(m[2]), column: columnNumber(m[1])!, formula: c.formula };
  });
  return withDocumentLock(ctx.services, ctx.texts.server.busy, () => {
    // Re-read under the lock: a score typed since the grid was planned is kept, never overwritten.
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
    return result;
  });
}
