import type { Lang } from '../i18n';
import { cellA1, columnLetter, rangeA1 } from '../journal/a1';
import { cleanText } from '../journal/names';
import { cleanSheetName } from '../journal/sheetName';
import type { FormatRule } from '../journal/types';
import { ReportGrid } from '../reports/grid';
import type { ReportLayout } from '../reports/types';
import { TEXTS } from '../texts';
import { decimal, quarterCell, ruleText, workLabel } from './format';
import { MODERATION_TEXTS } from './texts';
import type { Moderation, ModerationRow } from './types';

/** Where things are on a moderation sheet (the reader relies on it). */
export const SHEET_ROWS = { title: 1, info: 2, header: 3, first: 4 } as const;
export const SHEET_COLUMNS = {
  number: 1,
  pupil: 2,
  cell: 3,
  max: 4,
  level: 5,
  teacher: 6,
  moderators: 7,
  difference: 8,
  quarterTeacher: 9,
  quarterModerators: 10,
  agreed: 11,
} as const;
const COLUMNS = 11;
const C = SHEET_COLUMNS;
const WIDTHS = [36, 220, 80, 52, 60, 80, 100, 84, 110, 110, 100];
const COLOURS = { head: '#f1f3f4', input: '#fef7e0', score: '#f4c7c3', mark: '#fce8b2', agreed: '#c9daf8' };

export interface ModerationSheetLayout extends ReportLayout {
  sheetName: string;
  frozenColumns: number;
  /** Where the commission types: the moderators' and the agreed scores. */
  inputRanges: string[];
  validations: { a1: string; formula: string; helpText: string }[];
  formatRules: FormatRule[];
  /** Warning-only protections of everything but the inputs. */
  protections: { a1: string; description: string }[];
}

/**
 * The moderation sheet: one row per sampled work. The commission fills in the moderators' and the
 * agreed scores; the difference and the period mark with the moderators' score are the core's, and
 * are refreshed with `moderationComputed` after the sheet is read back.
 */
export function moderationSheetLayout(m: Moderation, lang: Lang): ModerationSheetLayout {
  const t = MODERATION_TEXTS.of(lang);
  const h = t.sheet.headers;
  const journal = TEXTS.of(lang).journal;
  const work = workLabel(m.work.ref, lang);
  const g = new ReportGrid(COLUMNS).widths(WIDTHS);

  const title = [t.moderation, work, m.className, m.subject, journal.period(m.periodKind, m.period)];
  g.text(SHEET_ROWS.title, 1, title.filter((s) => s !== '').join(' · ')).bold(SHEET_ROWS.title, 1);
  g.text(
    SHEET_ROWS.info,
    1,
    t.sheet.info(
      m.journal,
      decimal(m.work.max, lang),
      ruleText(m.rule, lang),
      decimal(m.tolerance, lang),
      m.id,
    ),
  );
  g.row(SHEET_ROWS.header, [
    h.number,
    h.pupil,
    h.cell,
    h.max,
    h.level,
    h.teacher,
    h.moderators,
    h.difference,
    h.quarterTeacher(m.periodKind),
    h.quarterModerators(m.periodKind),
    h.agreed,
  ]);
  g.bold(SHEET_ROWS.header, 1, SHEET_ROWS.header, COLUMNS).wrap(
    SHEET_ROWS.header,
    1,
    SHEET_ROWS.header,
    COLUMNS,
  );
  g.background(COLOURS.head, SHEET_ROWS.header, 1, SHEET_ROWS.header, COLUMNS);

  m.rows.forEach((r, i) => {
    const row = SHEET_ROWS.first + i;
    g.set(row, C.number, i + 1)
      .text(row, C.pupil, r.pupil)
      .text(row, C.cell, r.a1);
    g.row(row, [r.max, r.level, r.teacher, r.moderators], C.max);
    g.row(row, computedCells(r, lang), C.difference).set(row, C.agreed, r.agreed);
  });
  const last = SHEET_ROWS.first + m.rows.length - 1;
  const body = (column: number, lastColumn = column) => rangeA1(SHEET_ROWS.first, column, last, lastColumn);
  const hasRows = m.rows.length > 0;
  const inputs = hasRows ? [body(C.moderators), body(C.agreed)] : [];
  if (hasRows) {
    g.border(SHEET_ROWS.header, 1, last, COLUMNS);
    for (const column of [C.moderators, C.agreed])
      g.background(COLOURS.input, SHEET_ROWS.first, column, last, column);
  }
  const rule = (column: number, formula: string, background: string): FormatRule => ({
    ranges: [body(column)],
    when: 'formula',
    value: formula,
    background,
  });
  // Conditional-format and validation formulas are written for the top-left cell; Sheets shifts them.
  const own = (column: number) => `$${columnLetter(column)}${SHEET_ROWS.first}`;
  const [d, qt, qm, ag, te] = [C.difference, C.quarterTeacher, C.quarterModerators, C.agreed, C.teacher].map(
    own,
  );

  return {
    ...g.layout(SHEET_ROWS.header),
    sheetName: cleanSheetName(
      [t.moderation, m.className, m.subject, work, journal.periodShort(m.periodKind, m.period)].join(' '),
    ),
    // No frozen columns: the title and info lines overflow to the right, which a freeze would cut.
    frozenColumns: 0,
    inputRanges: inputs,
    validations: hasRows
      ? [C.moderators, C.agreed].map((column) => {
          const cell = cellA1(SHEET_ROWS.first, column);
          return {
            a1: body(column),
            formula: `=OR(${cell}="",AND(ISNUMBER(${cell}),${cell}>=0,${cell}<=${own(C.max)}))`,
            helpText: t.sheet.inputHelp,
          };
        })
      : [],
    formatRules: hasRows
      ? [
          rule(C.difference, `=AND(ISNUMBER(${d}),ABS(${d})>${m.tolerance})`, COLOURS.score),
          rule(C.quarterModerators, `=AND(${qm}<>"",${qm}<>${qt})`, COLOURS.mark),
          rule(C.agreed, `=AND(ISNUMBER(${ag}),${ag}<>${te})`, COLOURS.agreed),
        ]
      : [],
    protections: [
      { a1: rangeA1(SHEET_ROWS.title, 1, SHEET_ROWS.header, COLUMNS), description: t.sheet.protection },
      ...(hasRows
        ? [
            { a1: body(C.number, C.teacher), description: t.sheet.protection },
            { a1: body(C.difference, C.quarterModerators), description: t.sheet.protection },
          ]
        : []),
    ],
  };
}

/** Difference, period mark with the teacher's score, period mark with the moderators' score. */
function computedCells(r: ModerationRow, lang: Lang): (string | number)[] {
  return [r.difference ?? '', quarterCell(r.quarterTeacher, lang), quarterCell(r.quarterModerators, lang)];
}

/**
 * The computed columns after the sheet was read back (readModerationRows), for one setValues. Rows
 * follow the sheet as read, which the commission may have sorted; a row not in the sample is cleared.
 */
export function moderationComputed(
  values: readonly (readonly unknown[])[],
  rows: readonly ModerationRow[],
  lang: Lang,
): { a1: string; values: (string | number)[][] } {
  const byCell = new Map(rows.map((r) => [r.a1, r]));
  const out: (string | number)[][] = [];
  for (let row = SHEET_ROWS.first; row <= Math.max(values.length, SHEET_ROWS.first); row++) {
    const r = byCell.get(cleanText(values[row - 1]?.[C.cell - 1]).toUpperCase());
    out.push(r ? computedCells(r, lang) : ['', '', '']);
  }
  const last = SHEET_ROWS.first + out.length - 1;
  return { a1: rangeA1(SHEET_ROWS.first, C.difference, last, C.quarterModerators), values: out };
}
