import { cleanText } from './names';

// Latin letters that look like Cyrillic ones: "7A" typed on an English layout is the class "7А".
const LOOKALIKE: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};

/** The class a name means: «7а», «7 А», «7-А» and «7A» (Latin) are all «7А». */
export function classKey(raw: unknown): string {
  return cleanText(raw)
    .toUpperCase()
    .replace(/[\s\-–—.]/g, '')
    .replace(/[ABCEHKMOPTX]/g, (ch) => LOOKALIKE[ch]);
}

/** Natural order of class names: 5А < 5Б < 10А (numbers compared as numbers). */
export function compareClassNames(a: string, b: string): number {
  const ta = classKey(a).match(/\d+|\D+/g) ?? [];
  const tb = classKey(b).match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i];
    const y = tb[i];
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1; // numbers before letters
    const c = x.localeCompare(y, 'ru');
    if (c !== 0) return c;
  }
  return ta.length - tb.length;
}
