import { columnLetter, columnNumber, quoteSheetName } from './a1';
import type { AxisChange } from './shift';
import { shiftIndex } from './shift';

/**
 * A small reader of the cell references inside a formula, enough for what HyperFormula does not do
 * for us: Sheets-style sheet quoting, filling a formula across a range with relative references
 * moving (Range.setFormula on many cells), and moving the references of data-validation and
 * conditional-format formulas when rows/columns are inserted or deleted.
 */

/** One end of a reference; an absent row (or col) means a whole-column (whole-row) reference. */
export interface RefPart {
  row?: number;
  col?: number;
  absRow: boolean;
  absCol: boolean;
}

export interface Reference {
  sheet?: string;
  start: RefPart;
  end?: RefPart;
}

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!`;
const CELL = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d+)`;
const REF = new RegExp(
  String.raw`(?:${SHEET})?(?:${CELL}(?::${CELL})?|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d+):(\$?)(\d+))`,
  'uy',
);
const IDENT_CHAR = /[\p{L}\p{N}_.$]/u;
const AFTER_REF_FORBIDDEN = /[\p{L}\p{N}_(!]/u;

/** Rewrites each reference with `fn` (undefined keeps it); text inside string literals is left alone. */
export function rewriteReferences(formula: string, fn: (ref: Reference) => string | undefined): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = stringEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (i === 0 || !IDENT_CHAR.test(formula[i - 1])) {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      if (m && !AFTER_REF_FORBIDDEN.test(formula[REF.lastIndex] ?? '')) {
        const replacement = fn(toReference(m));
        out += replacement ?? m[0];
        i = REF.lastIndex;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

function stringEnd(formula: string, start: number): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === '"') {
      if (formula[i + 1] === '"') i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}

function toReference(m: RegExpExecArray): Reference {
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const cell = (o: number): RefPart => ({
    absCol: m[o] === '$',
    col: columnNumber(m[o + 1]),
    absRow: m[o + 2] === '$',
    row: Number(m[o + 3]),
  });
  if (m[4] !== undefined) return { sheet, start: cell(3), end: m[8] !== undefined ? cell(7) : undefined };
  if (m[12] !== undefined) {
    return {
      sheet,
      start: { absCol: m[11] === '$', col: columnNumber(m[12]), absRow: false },
      end: { absCol: m[13] === '$', col: columnNumber(m[14]), absRow: false },
    };
  }
  return {
    sheet,
    start: { absRow: m[15] === '$', row: Number(m[16]), absCol: false },
    end: { absRow: m[17] === '$', row: Number(m[18]), absCol: false },
  };
}

export function formatReference(ref: Reference): string {
  const part = (p: RefPart) =>
    (p.col !== undefined ? `${p.absCol ? '$' : ''}${columnLetter(p.col)}` : '') +
    (p.row !== undefined ? `${p.absRow ? '$' : ''}${p.row}` : '');
  const prefix = ref.sheet !== undefined ? `${quoteSheetName(ref.sheet)}!` : '';
  return prefix + part(ref.start) + (ref.end ? `:${part(ref.end)}` : '');
}

/** Every sheet prefix quoted ('Лист1'!A1): HyperFormula cannot read unquoted non-Latin names. */
export function quoteAllSheetNames(formula: string): string {
  if (!formula.includes('!')) return formula;
  return rewriteReferences(formula, (ref) =>
    ref.sheet === undefined
      ? undefined
      : `'${ref.sheet.replace(/'/g, "''")}'!${formatReference({ ...ref, sheet: undefined })}`,
  );
}

/** Sheet prefixes quoted only where Sheets quotes them, as getFormulas prints them. */
export function sheetsStyleQuoting(formula: string): string {
  if (!formula.includes("'")) return formula;
  return rewriteReferences(formula, (ref) => (ref.sheet === undefined ? undefined : formatReference(ref)));
}

/**
 * The formula as it reads in a cell `dRow` rows down and `dCol` columns right: relative parts move,
 * absolute ones stay. A reference moved off the sheet becomes #REF!, as in Sheets.
 */
export function offsetFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return rewriteReferences(formula, (ref) => {
    const move = (p: RefPart): RefPart | null => {
      const row = p.row === undefined || p.absRow ? p.row : p.row + dRow;
      const col = p.col === undefined || p.absCol ? p.col : p.col + dCol;
      if ((row !== undefined && row < 1) || (col !== undefined && col < 1)) return null;
      return { ...p, row, col };
    };
    const start = move(ref.start);
    const end = ref.end && move(ref.end);
    if (!start || end === null) return '#REF!';
    return formatReference({ ...ref, start, end });
  });
}

/**
 * The formula after rows/columns of sheet `changedSheet` were inserted or deleted; references
 * without a prefix point at `ownSheet`. A reference whose every cell was deleted becomes #REF!.
 */
export function adjustFormula(
  formula: string,
  ownSheet: string,
  changedSheet: string,
  change: AxisChange,
): string {
  return rewriteReferences(formula, (ref) => {
    if ((ref.sheet ?? ownSheet) !== changedSheet) return undefined;
    const key = change.axis === 'row' ? 'row' : 'col';
    const first = ref.start[key];
    if (first === undefined) return undefined;
    const last = ref.end?.[key] ?? first;
    // The ends move independently; a deleted end shrinks towards the surviving part.
    let newFirst = shiftIndex(first, change);
    let newLast = shiftIndex(last, change);
    if (newFirst === null && newLast === null) return '#REF!';
    if (newFirst === null) newFirst = change.at;
    if (newLast === null) newLast = change.at - 1;
    const start = { ...ref.start, [key]: newFirst };
    const end = ref.end && { ...ref.end, [key]: newLast };
    return formatReference({ ...ref, start, end });
  });
}

/** The formula after a sheet was renamed: references to `from` now name `to`. */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  if (!formula.includes('!')) return formula;
  return rewriteReferences(formula, (ref) =>
    ref.sheet === from ? formatReference({ ...ref, sheet: to }) : undefined,
  );
}
