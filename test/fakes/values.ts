import { formulaFromLocale } from './formulaSyntax';
/**
 * Cell contents as Sheets stores them, and how text typed (or passed to setValues) becomes one.
 */

/** What a cell holds before evaluation: a plain value, a formula, or nothing (null). */
export type Content = { formula: string } | number | string | boolean | null;

/** Locales whose decimal mark is a comma (ru_RU, kk_KZ …): "7,5" is a number there. */
export function usesDecimalComma(locale: string): boolean {
  return /^(ru|kk|uk|be|ky|uz|tg|az|hy|ka|de|fr|es|it|pt|pl|tr|nl|cs|sk|sv|fi|nb|da|ro|bg|hr|sr|sl|lt|lv|et)/i.test(
    locale,
  );
}

const NUMBER_DOT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const NUMBER_COMMA = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;
const PERCENT = /^([+-]?(\d+([.,]\d*)?|[.,]\d+))\s*%$/;

/** A number typed as text in the locale (both '.' and ',' in a comma locale), else undefined. */
export function parseNumberInput(text: string, locale: string): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (NUMBER_DOT.test(t)) return Number(t);
  if (usesDecimalComma(locale) && NUMBER_COMMA.test(t)) return Number(t.replace(',', '.'));
  return undefined;
}

const BOOLEANS: Record<string, boolean> = { TRUE: true, FALSE: false, ИСТИНА: true, ЛОЖЬ: false };

/** The value typed text becomes, as a Sheets cell reads input, plus a number format it implies. */
export function parseInput(text: string, locale: string): { content: Content; numberFormat?: string } {
  if (text === '') return { content: null };
  if (text.startsWith("'")) return { content: text.slice(1) };
  if (text.startsWith('=') && text.length > 1)
    return { content: { formula: formulaFromLocale(text, locale) } };
  const n = parseNumberInput(text, locale);
  if (n !== undefined) return { content: n };
  const pct = PERCENT.exec(text.trim());
  if (pct && (usesDecimalComma(locale) || !pct[1].includes(','))) {
    return { content: Number(pct[1].replace(',', '.')) / 100, numberFormat: '0%' };
  }
  const bool = BOOLEANS[text.trim().toUpperCase()];
  if (bool !== undefined) return { content: bool };
  return { content: text };
}

// Sheets day 0 is 1899-12-30, like HyperFormula's default null date.
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export function isDate(x: unknown): x is Date {
  // Works across vm realms (the bundle's Date is not this realm's Date).
  return Object.prototype.toString.call(x) === '[object Date]';
}

/** A Date's wall-clock time as a spreadsheet serial number. */
export function dateToSerial(d: Date): number {
  const utc = Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds(),
  );
  return (utc - EPOCH) / DAY;
}

export function serialToDate(serial: number): Date {
  const u = new Date(EPOCH + Math.round(serial * DAY));
  return new Date(
    u.getUTCFullYear(),
    u.getUTCMonth(),
    u.getUTCDate(),
    u.getUTCHours(),
    u.getUTCMinutes(),
    u.getUTCSeconds(),
    u.getUTCMilliseconds(),
  );
}

/** A number format that shows dates: it has day/month/year parts and no digit placeholders. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, '');
  return /[dy]/i.test(bare) && !/[0#]/.test(bare);
}

/** Sheets' error codes by HyperFormula error type: a blocked spill and a cycle are #REF! in Sheets. */
const ERROR_TEXT: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!',
  NAME: '#NAME?',
  VALUE: '#VALUE!',
  NUM: '#NUM!',
  NA: '#N/A',
  CYCLE: '#REF!',
  REF: '#REF!',
  SPILL: '#REF!',
  LIC: '#ERROR!',
  ERROR: '#ERROR!',
};

export function errorText(type: string): string {
  return ERROR_TEXT[type] ?? '#ERROR!';
}

/** The error codes a cell can show, so a string value can be told apart from an error. */
export const ERROR_CODES: ReadonlySet<string> = new Set(Object.values(ERROR_TEXT));
