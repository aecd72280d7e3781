import type { Lang } from '../i18n';
import type { Rounding } from '../ruleset';
import { formatNumber } from '../numbers';
import { sheetText } from '../sheetText';
import { TEXTS, type Texts } from '../texts';
import { rangeA1 } from './a1';
import type { ColumnTag } from './columnTag';
import { detailFormula, formulaPartsOf, anchorA1 } from './detailFormula';
import { journalFormatting } from './layoutFormat';
import { cleanText } from './names';
import { BLANK_PUPIL_ROWS, journalPositions, lastColumnOf, lastPupilRowOf, ROWS } from './positions';
import { journalSheetName } from './sheetName';
import { cleanStructure } from './structure';
import type { JournalForm, JournalLayout, JournalMeta, JournalPositions } from './types';

export interface LayoutOptions {
  /** The ruleset's fo_max, for the ФО validation and the codes line (default 10). */
  foMax?: number;
  /** The ruleset's rounding, for how P is shown (default total). */
  rounding?: Rounding;
}

/**
 * Everything the gas layer writes to create one class journal. The sheet's own texts are in the
 * journal's header language; `lang` (the add-on's language, default the same) is used for the
 * protection descriptions only.
 *
 * `values` are ready for one setValues: user text (title, pupil names) has already been through
 * sheetText, so it must not be quoted again.
 */
export function journalLayout(form: JournalForm, lang?: Lang, options: LayoutOptions = {}): JournalLayout {
  const s = form.structure;
  const t = TEXTS.of(s.headerLang).journal;
  const foMax = options.foMax ?? 10;
  const pupils = form.pupils.map(cleanText).filter((name) => name !== '');
  const p = journalPositions(s, pupils.length > 0 ? pupils.length : BLANK_PUPIL_ROWS);
  const lastRow = lastPupilRowOf(p);
  const columns = lastColumnOf(p);
  const subtitleColumn = p.fo.first; // the first scrolling column: text there may overflow to the right

  const values: (string | number)[][] = Array.from({ length: lastRow }, () =>
    Array<string | number>(columns).fill(''),
  );
  const set = (row: number, column: number, v: string | number) => {
    values[row - 1][column - 1] = v;
  };

  set(ROWS.title, 1, sheetText(t.title(cleanText(form.className), cleanText(form.subject))));
  const period = t.period(s.periodKind, form.period);
  set(ROWS.title, subtitleColumn, sheetText(t.subtitle(period, cleanText(form.teacher))));
  const provisional = p.soch !== undefined && p.detail ? ` · ${t.provisional}` : '';
  set(ROWS.codes, subtitleColumn, t.codes(formatNumber(foMax)) + provisional);

  for (const tag of columnTags(p)) set(ROWS.header, tag.column, headerOf(tag, t));
  set(ROWS.max, p.pupilColumn, t.max);
  s.sorMaxes.forEach((max, i) => set(ROWS.max, p.sor.first + i, max));
  if (p.soch !== undefined && s.sochMax !== null) set(ROWS.max, p.soch, s.sochMax);

  for (let i = 0; i < p.pupilCount; i++) {
    const row = p.firstPupilRow + i;
    set(row, p.numberColumn, i + 1);
    if (i < pupils.length) set(row, p.pupilColumn, sheetText(pupils[i]));
  }

  const anchor = anchorA1(p);
  return {
    sheetName: journalSheetName(form),
    positions: p,
    rows: lastRow,
    columns,
    values,
    ...(anchor ? { formula: { a1: anchor, text: detailFormula(formulaPartsOf(p)) } } : {}),
    merges: [rangeA1(ROWS.title, 1, ROWS.title, p.pupilColumn)],
    ...journalFormatting(
      p,
      { foMax, rounding: options.rounding ?? 'total' },
      TEXTS.of(s.headerLang),
      TEXTS.of(lang ?? s.headerLang),
    ),
    frozenRows: p.maxRow,
    frozenColumns: p.pupilColumn,
    columnRoles: columnTags(p),
    meta: metaOf(form),
  };
}

/** Every column of the journal with its role, left to right. */
export function columnTags(p: JournalPositions): ColumnTag[] {
  const tags: ColumnTag[] = [
    { column: p.numberColumn, role: 'number', index: 1 },
    { column: p.pupilColumn, role: 'pupil', index: 1 },
  ];
  for (let i = 0; i < p.fo.count; i++) tags.push({ column: p.fo.first + i, role: 'fo', index: i + 1 });
  for (let i = 0; i < p.sor.count; i++) tags.push({ column: p.sor.first + i, role: 'sor', index: i + 1 });
  if (p.soch !== undefined) tags.push({ column: p.soch, role: 'soch', index: 1 });
  if (p.detail)
    for (let i = 0; i < p.detail.count; i++)
      tags.push({ column: p.detail.first + i, role: 'detail', index: i + 1 });
  return tags;
}

export function headerOf(tag: Pick<ColumnTag, 'role' | 'index'>, t: Texts['journal']): string {
  switch (tag.role) {
    case 'number':
      return t.number;
    case 'pupil':
      return t.pupil;
    case 'fo':
      return t.fo(tag.index);
    case 'sor':
      return t.sor(tag.index);
    case 'soch':
      return t.soch;
    case 'detail':
      return t.detail[tag.index - 1];
  }
}

function metaOf(form: JournalForm): JournalMeta {
  return {
    v: 1,
    className: cleanText(form.className),
    subject: cleanText(form.subject),
    teacher: cleanText(form.teacher),
    period: form.period,
    structure: cleanStructure(form.structure),
    ...(form.template ? { template: form.template } : {}),
  };
}
