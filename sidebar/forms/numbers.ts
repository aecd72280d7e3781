import { nameKey } from '../../src/core/journal/names';
import { invalid, type Invalid } from './invalid';

/** A number typed by a teacher: spaces ignored, "7,5" and "7.5" alike. NaN when it is not one. */
export function parseNumber(text: string): number {
  const s = text.trim().replace(/\s+/g, '').replace(',', '.');
  if (s === '' || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return NaN;
  return Number(s);
}

/** The value, or why it is not a number in min…max (whole when `whole`). */
export function readNumber(
  text: string,
  min: number,
  max: number,
  whole = false,
): { value: number; error?: undefined } | { value?: undefined; error: Invalid } {
  if (text.trim() === '') return { error: invalid('required') };
  const value = parseNumber(text);
  if (Number.isNaN(value)) return { error: invalid('number') };
  if (whole && !Number.isInteger(value)) return { error: invalid('wholeRange', String(min), String(max)) };
  if (value < min || value > max) {
    return {
      error: whole
        ? invalid('wholeRange', String(min), String(max))
        : invalid('range', String(min), String(max)),
    };
  }
  return { value };
}

/** A positive number (a max score). */
export function readPositive(
  text: string,
): { value: number; error?: undefined } | { value?: undefined; error: Invalid } {
  if (text.trim() === '') return { error: invalid('required') };
  const value = parseNumber(text);
  if (Number.isNaN(value)) return { error: invalid('number') };
  if (!(value > 0) || value > 1000) return { error: invalid('positive') };
  return { value };
}

/** Pupils pasted one per line: trimmed, blank lines dropped. */
export function parsePupils(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(LIST_NUMBER, '').trim())
    .filter((line) => line !== '');
}

/**
 * A list's own numbering pasted with the names («1. Абдуллаев Тимур», «2⇥Бекова Айгерім», «3) …»):
 * no name starts with a digit, so a leading number and its separator are the list's, not the name's.
 */
const LIST_NUMBER = /^\s*\d{1,3}\s*[.):\t-]?\s+|^\s*\d{1,3}[.)]/;

/** Names that are the same pupil (nameKey, as Check journals judges), each once, as first written. */
export function duplicateNames(pupils: readonly string[]): string[] {
  const first = new Map<string, string>();
  const twice = new Set<string>();
  for (const p of pupils) {
    const k = nameKey(p);
    const seen = first.get(k);
    if (seen === undefined) first.set(k, p);
    else twice.add(seen);
  }
  return [...twice];
}
