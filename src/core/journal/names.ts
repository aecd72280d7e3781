/** A name as typed, tidied: every kind of space (no-break ones from pasted lists too) becomes one space. */
export function cleanText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  return String(raw)
    .replace(/[\s\u00a0\u202f\u2007\u200b]+/g, ' ')
    .trim();
}

/** Two names are the same pupil when they differ only in case, spacing or ё/е. */
export function nameKey(raw: unknown): string {
  return cleanText(raw).normalize('NFC').toLowerCase().replace(/ё/g, 'е');
}
