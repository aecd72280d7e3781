/**
 * User text (pupil names, class, subject, school) made safe for Range.setValues. Sheets parses a
 * written string the way it parses typing: `=…` becomes a formula, `7,5` a number, `50%` a
 * percent, `5 мая` or `12:30` a date or time, `TRUE` a boolean, `#N/A` an error. A leading
 * apostrophe (Sheets' quote prefix) stores the rest as plain text and is not part of the value,
 * so a string that might be parsed gets one, and every other string is returned unchanged.
 *
 * Quoting is harmless, so the test is deliberately wide: any string with a digit and no word
 * longer than three letters (other than a month name) is quoted. «7А» is quoted, «Иванов Пётр» is not.
 */
export function sheetText(s: string): string {
  return needsQuote(s) ? `'${s}` : s;
}

/** Starts a formula (= + - @), is already quote-prefixed ('), or is an error literal (#). */
const SPECIAL_START = /^[=+\-@'#]/;
const BOOLEANS = new Set(['true', 'false', 'истина', 'ложь', 'ақиқат', 'жалған']);
// Month names and abbreviations (en, ru, kk) Sheets may read as part of a date, matched by prefix.
const MONTH_WORD =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек|қаң|ақп|нау|сәу|мам|мау|шіл|там|қыр|қаз|қар|жел)/iu;

function needsQuote(s: string): boolean {
  const t = s.trim();
  if (t === '') return false;
  if (SPECIAL_START.test(s) || SPECIAL_START.test(t)) return true;
  if (BOOLEANS.has(t.toLowerCase())) return true;
  if (!/\p{Nd}/u.test(t)) return false;
  const words = t.match(/\p{L}+/gu) ?? [];
  return words.every((w) => w.length <= 3 || MONTH_WORD.test(w));
}
