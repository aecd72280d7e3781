/** What a teacher typed in a cell, classified once (contract: "Cell values"). */
export type Cell =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  | { kind: 'absent' }
  | { kind: 'exempt' }
  | { kind: 'na' }
  | { kind: 'invalid'; raw: string };

/** Absence codes: the pupil missed this work (excluded, never 0). */
export const ABSENT_CODES: readonly string[] = [
  'н',
  'нб',
  'н/б',
  'б',
  'отс',
  'ж',
  'жоқ',
  'abs',
  'absent',
  '-',
  '—',
];
/** Exemption codes: the pupil gets no mark and leaves every denominator. */
export const EXEMPT_CODES: readonly string[] = ['осв', 'освоб', 'бос', 'exempt', 'ex'];
const ABSENT = new Set(ABSENT_CODES);
const EXEMPT = new Set(EXEMPT_CODES);
const NOT_ATTESTED = new Set(['н/а', 'n/a', 'на']);
const NUMBER_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

export const EMPTY: Cell = { kind: 'empty' };

export function parseCell(raw: unknown): Cell {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', value: raw } : invalid(raw);
  if (typeof raw !== 'string') return invalid(raw);
  // Sheets users paste text with no-break spaces; treat every kind of space alike.
  const text = raw
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
  if (text === '') return EMPTY;
  if (NUMBER_TEXT.test(text)) return { kind: 'number', value: Number(text.replace(',', '.')) };
  if (ABSENT.has(text)) return { kind: 'absent' };
  if (EXEMPT.has(text)) return { kind: 'exempt' };
  if (NOT_ATTESTED.has(text)) return { kind: 'na' };
  return invalid(raw);
}

/** Shows a rejected value the way the teacher sees it, short enough for a message in a cell. */
export function showRaw(raw: unknown): string {
  let text: string;
  // Not `instanceof Date`: a date from another realm (the playground's vm, a test) must show the same.
  if (Object.prototype.toString.call(raw) === '[object Date]') {
    const d = raw as Date;
    text = isNaN(d.getTime()) ? 'Date' : d.toISOString().slice(0, 10);
  } else text = String(raw).trim();
  return text.length > 24 ? text.slice(0, 23) + '…' : text;
}

function invalid(raw: unknown): Cell {
  return { kind: 'invalid', raw: showRaw(raw) };
}
