import { usesDecimalComma } from './values';

/**
 * A formula as a user types and reads it in a comma-decimal locale (ru_RU, kk_KZ) ↔ the stored
 * form Apps Script reads and writes (setFormula/getFormulas always use the English syntax). In the
 * locale's syntax `;` separates arguments and `,` is the decimal mark; inside an array literal `\`
 * separates columns and `;` rows. Text in double quotes and sheet names in single quotes are never
 * touched. https://support.google.com/docs/answer/58515 (locale and formula separators).
 */
export function formulaFromLocale(formula: string, locale: string): string {
  if (!usesDecimalComma(locale)) return formula;
  return translate(formula, (ch, inArray) =>
    ch === ',' ? '.' : ch === ';' ? (inArray ? ';' : ',') : ch === '\\' && inArray ? ',' : ch,
  );
}

/** The stored (English-syntax) formula as a user in that locale sees it in the formula bar. */
export function formulaToLocale(formula: string, locale: string): string {
  if (!usesDecimalComma(locale)) return formula;
  return translate(formula, (ch, inArray, prev, next) =>
    ch === '.' && /\d/.test(prev) && /\d/.test(next) ? ',' : ch === ',' ? (inArray ? '\\' : ';') : ch,
  );
}

function translate(
  formula: string,
  map: (ch: string, inArray: boolean, prev: string, next: string) => string,
): string {
  let out = '';
  let quote: '"' | "'" | undefined;
  let depth = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (quote) {
      out += ch;
      if (ch === quote) quote = undefined; // a doubled quote closes and reopens: the same text
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    out +=
      quote || ch === '{' || ch === '}' ? ch : map(ch, depth > 0, formula[i - 1] ?? '', formula[i + 1] ?? '');
  }
  return out;
}
