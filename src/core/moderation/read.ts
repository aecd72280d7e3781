import { parseCell, showRaw } from '../cells';
import type { Lang } from '../i18n';
import { cellA1 } from '../journal/a1';
import { cleanText } from '../journal/names';
import { decimal } from './format';
import { enterScores } from './rows';
import { SHEET_COLUMNS as C, SHEET_ROWS } from './sheet';
import { MODERATION_TEXTS } from './texts';
import type { Moderation, ModerationRow } from './types';

/** A cell of the moderation sheet the commission must correct. */
export interface SheetProblem {
  a1: string;
  row: number;
  column: number;
  message: string;
}

/**
 * What the commission typed on the moderation sheet (getValues from A1). Rows are matched to the
 * moderation by their journal cell, so sorting the sheet does no harm. A score is a number 0…max
 * (a decimal comma is fine); empty is not entered yet; anything else is a problem with its cell
 * and counts as not entered.
 */
export function readModerationRows(
  values: readonly (readonly unknown[])[],
  m: Moderation,
  lang: Lang,
): { rows: ModerationRow[]; problems: SheetProblem[] } {
  const t = MODERATION_TEXTS.of(lang).problems;
  const problems: SheetProblem[] = [];
  const say = (row: number, column: number, message: string) =>
    problems.push({ a1: cellA1(row, column), row, column, message });
  const byCell = new Map(m.rows.map((r) => [r.a1, r]));
  const read = new Map<string, ModerationRow>();

  for (let row = SHEET_ROWS.first; row <= values.length; row++) {
    const at = (column: number): unknown => values[row - 1]?.[column - 1];
    const key = cleanText(at(C.cell)).toUpperCase();
    if (key === '' && [C.moderators, C.agreed].every((c) => cleanText(at(c)) === '')) continue;
    const found = byCell.get(key);
    if (!found || read.has(key)) {
      say(row, C.cell, t.unknownRow(showRaw(at(C.cell))));
      continue;
    }
    const score = (column: number): number | undefined => {
      const raw = at(column);
      const c = parseCell(raw);
      if (c.kind === 'empty') return undefined;
      if (c.kind !== 'number') say(row, column, t.notANumber(showRaw(raw)));
      else if (c.value < 0 || c.value > found.max) {
        say(row, column, t.outOfRange(decimal(c.value, lang), decimal(found.max, lang)));
      } else return c.value;
      return undefined;
    };
    read.set(
      key,
      enterScores(found, { moderators: score(C.moderators), agreed: score(C.agreed) }, m.work, m.rules),
    );
  }

  const rows = m.rows.map((r) => {
    const entered = read.get(r.a1);
    if (entered) return entered;
    say(SHEET_ROWS.header, C.pupil, t.rowMissing(r.pupil, r.a1));
    return enterScores(r, {}, m.work, m.rules);
  });
  return { rows, problems };
}
