import type { Rounding } from '../ruleset';
import { LANGS, MESSAGES } from '../i18n';
import { INVALID_PREFIX } from '../outcome';
import type { Texts } from '../texts';
import { cellA1, columnLetter, rangeA1 } from './a1';
import { lastColumnOf, lastPupilRowOf, ROWS, spanLast } from './positions';
import { foValidation, maxValidation, scoreValidation } from './validation';
import type { FormatRule, JournalLayout, JournalPositions } from './types';

type Formatting = Pick<
  JournalLayout,
  'bold' | 'backgrounds' | 'numberFormats' | 'columnWidths' | 'validations' | 'formatRules' | 'protections'
>;

const COLOURS = {
  head: '#f1f3f4',
  fo: '#e8f0fe',
  sor: '#e6f4ea',
  soch: '#fef7e0',
  detail: '#f3e8fd',
  computed: '#fafafa',
  mark5: '#b7e1cd',
  mark4: '#c9daf8',
  mark3: '#fce8b2',
  mark2: '#f4c7c3',
  na: '#e0e0e0',
  exempt: '#f3f3f3',
  invalid: '#fce8e6',
  invalidText: '#c5221f',
  quietText: '#80868b',
  provisional: '#f8f9fa',
};

const WIDTHS = { number: 36, pupil: 240, fo: 44, score: 56, detail: 64 };

/** Looks, validation and protections of a journal; `t` is the journal's language, `ui` the add-on's. */
export function journalFormatting(
  p: JournalPositions,
  rules: { foMax: number; rounding: Rounding },
  t: Texts,
  ui: Texts,
): Formatting {
  const { foMax } = rules;
  const lastRow = lastPupilRowOf(p);
  const lastCol = lastColumnOf(p);
  const first = p.firstPupilRow;
  const headAndMax = (from: number, to: number) => rangeA1(ROWS.header, from, ROWS.max, to);
  const body = (from: number, to: number) => rangeA1(first, from, lastRow, to);
  const maxCell = (column: number) => `${columnLetter(column)}$${p.maxRow}`;

  const backgrounds: Formatting['backgrounds'] = [
    { a1: headAndMax(p.numberColumn, p.pupilColumn), color: COLOURS.head },
    { a1: headAndMax(p.fo.first, spanLast(p.fo)), color: COLOURS.fo },
  ];
  const validations: Formatting['validations'] = [
    {
      a1: body(p.fo.first, spanLast(p.fo)),
      formula: foValidation(cellA1(first, p.fo.first), foMax),
      helpText: t.validation.fo(String(foMax)),
    },
  ];
  const columnWidths: Formatting['columnWidths'] = [
    { column: p.numberColumn, width: WIDTHS.number },
    { column: p.pupilColumn, width: WIDTHS.pupil },
  ];
  for (let c = p.fo.first; c <= spanLast(p.fo); c++) columnWidths.push({ column: c, width: WIDTHS.fo });

  // СОР and СОЧ: scores checked against their own column's max cell.
  const summative: { from: number; to: number; color: string }[] = [];
  if (p.sor.count > 0) summative.push({ from: p.sor.first, to: spanLast(p.sor), color: COLOURS.sor });
  if (p.soch !== undefined) summative.push({ from: p.soch, to: p.soch, color: COLOURS.soch });
  for (const block of summative) {
    backgrounds.push({ a1: headAndMax(block.from, block.to), color: block.color });
    validations.push({
      a1: body(block.from, block.to),
      formula: scoreValidation(cellA1(first, block.from), maxCell(block.from)),
      helpText: t.validation.score,
    });
    validations.push({
      a1: rangeA1(p.maxRow, block.from, p.maxRow, block.to),
      formula: maxValidation(cellA1(p.maxRow, block.from)),
      helpText: t.validation.max,
    });
    for (let c = block.from; c <= block.to; c++) columnWidths.push({ column: c, width: WIDTHS.score });
  }

  const numberFormats: Formatting['numberFormats'] = [
    { a1: body(p.numberColumn, p.numberColumn), format: '0' },
  ];
  const protections: Formatting['protections'] = [
    { a1: rangeA1(ROWS.title, 1, ROWS.header, lastCol), description: ui.protection.header },
    { a1: rangeA1(p.maxRow, 1, p.maxRow, lastCol), description: ui.protection.maxRow },
  ];
  const formatRules: FormatRule[] = [];
  if (p.detail) {
    const d = p.detail;
    const mark = spanLast(d);
    backgrounds.push({ a1: headAndMax(d.first, mark), color: COLOURS.detail });
    backgrounds.push({ a1: body(d.first, mark), color: COLOURS.computed });
    numberFormats.push({ a1: body(d.first, mark - 2), format: '0.0' });
    // P is shown as the mark reads it, so no cell says «84,5» beside a «4»: a whole percent when
    // the ruleset rounds P (Sheets shows 84.47 as 84 and 84.5 as 85, half up as the rules do);
    // with `rounding | none` every decimal it is compared with.
    numberFormats.push({
      a1: body(mark - 1, mark - 1),
      format: rules.rounding === 'none' ? '0.0########' : '0',
    });
    for (let c = d.first; c <= mark; c++) columnWidths.push({ column: c, width: WIDTHS.detail });
    protections.push({ a1: body(d.first, mark), description: ui.protection.detail });
    // Until the class has written the СОЧ, the marks are running ones from the works written so
    // far (`held | class`): shown grey, before the mark colours (the first matching rule wins).
    if (p.soch !== undefined) {
      const soch = columnLetter(p.soch);
      formatRules.push({
        ranges: [body(mark, mark)],
        when: 'formula',
        value: `=AND(ISNUMBER(${cellA1(first, mark)}),COUNT($${soch}$${first}:$${soch}$${lastRow})=0)`,
        background: COLOURS.provisional,
        fontColor: COLOURS.quietText,
      });
    }
    formatRules.push(...markRules(body(mark, mark)));
  }

  return {
    bold: [
      cellA1(ROWS.title, 1),
      rangeA1(ROWS.header, 1, ROWS.header, lastCol),
      cellA1(p.maxRow, p.pupilColumn),
    ],
    backgrounds,
    numberFormats,
    columnWidths,
    validations,
    formatRules,
    protections,
  };
}

/** Mark colours 5/4/3/2, and the outcomes in every language (KB_ texts follow the spreadsheet's). */
function markRules(range: string): FormatRule[] {
  const ranges = [range];
  const rules: FormatRule[] = [
    {
      ranges,
      when: 'textStartsWith',
      value: INVALID_PREFIX,
      background: COLOURS.invalid,
      fontColor: COLOURS.invalidText,
    },
    { ranges, when: 'numberEqualTo', value: 5, background: COLOURS.mark5 },
    { ranges, when: 'numberEqualTo', value: 4, background: COLOURS.mark4 },
    { ranges, when: 'numberEqualTo', value: 3, background: COLOURS.mark3 },
    { ranges, when: 'numberEqualTo', value: 2, background: COLOURS.mark2 },
  ];
  for (const na of new Set(LANGS.map((l) => MESSAGES[l].na))) {
    rules.push({ ranges, when: 'textEqualTo', value: na, background: COLOURS.na });
  }
  for (const exempt of new Set(LANGS.map((l) => MESSAGES[l].exempt))) {
    rules.push({
      ranges,
      when: 'textEqualTo',
      value: exempt,
      background: COLOURS.exempt,
      fontColor: COLOURS.quietText,
    });
  }
  return rules;
}
