import { TEXTS } from '../texts';
import type { JournalForm } from './types';

export const SHEET_NAME_MAX = 100;

// Sheets itself accepts most characters, but these break the file when downloaded as .xlsx.
const FORBIDDEN = /[[\]\\/?*:]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** A sheet name Sheets and Excel both accept: no : \ / ? * [ ], no control characters, at most 100 characters. */
export function cleanSheetName(s: string): string {
  const cleaned = s
    .replace(CONTROL, ' ')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '') // Excel forbids an apostrophe at either end
    .trim();
  return truncate(cleaned, SHEET_NAME_MAX);
}

/** «7А Математика 2ч» / «7А Математика 2т» / «7А Mathematics Q2»: the period suffix is never cut off. */
export function journalSheetName(
  form: Pick<JournalForm, 'className' | 'subject' | 'period' | 'structure'>,
): string {
  const t = TEXTS.of(form.structure.headerLang);
  const suffix = t.journal.periodShort(form.structure.periodKind, form.period);
  const head = cleanSheetName(`${form.className} ${form.subject}`);
  return cleanSheetName(`${truncate(head, SHEET_NAME_MAX - suffix.length - 1)} ${suffix}`);
}

/**
 * `wanted`, or `wanted (2)`, `wanted (3)` … : the first name `isTaken` refuses. The server asks
 * Sheets about each candidate (getSheetByName) instead of listing every sheet: the first is
 * almost always free.
 */
export function uniqueSheetName(wanted: string, isTaken: (name: string) => boolean): string {
  const base = cleanSheetName(wanted) || 'KB';
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${truncate(base, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!isTaken(name)) return name;
  }
}

/** A name test over a list of names, as Sheets compares them (case-blind). */
export function takenIn(existing: readonly string[]): (name: string) => boolean {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  return (name) => taken.has(name.toLowerCase());
}

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}
