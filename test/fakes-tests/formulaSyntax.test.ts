import { formulaFromLocale, formulaToLocale } from '../fakes/formulaSyntax';
import { parseInput } from '../fakes/values';

// Sheets in a comma-decimal locale: formulas typed with `;` between arguments and `,` as the
// decimal mark; Apps Script stores and returns them in the English syntax.

describe('formula syntax of the spreadsheet locale', () => {
  it('ru_RU: `;` separates arguments, `,` is the decimal mark, text and sheet names untouched', () => {
    expect(formulaFromLocale('=KB_MARK(84,5; "a;b,c")', 'ru_RU')).toBe('=KB_MARK(84.5, "a;b,c")');
    expect(formulaFromLocale("=KB_QUARTER(B3:F6;G3:H6;G2:H2;;;'Лист; 1'!A1)", 'kk_KZ')).toBe(
      "=KB_QUARTER(B3:F6,G3:H6,G2:H2,,,'Лист; 1'!A1)",
    );
    expect(formulaFromLocale('=SUM({1\\2;3\\4})', 'ru_RU')).toBe('=SUM({1,2;3,4})');
  });

  it('en_US formulas are the stored syntax', () => {
    expect(formulaFromLocale('=KB_MARK(84.5, "x")', 'en_US')).toBe('=KB_MARK(84.5, "x")');
    expect(formulaToLocale('=KB_MARK(84.5, "x")', 'en_GB')).toBe('=KB_MARK(84.5, "x")');
  });

  it('shown back in the locale’s syntax, and the round trip is the identity', () => {
    const stored = '=KB_DETAIL(C5:L34,M5:N34,M$4:N$4,,,KB_RULES)+KB_MARK(84.5)+SUM({1,2;3,4})';
    const shown = formulaToLocale(stored, 'ru_RU');
    expect(shown).toBe('=KB_DETAIL(C5:L34;M5:N34;M$4:N$4;;;KB_RULES)+KB_MARK(84,5)+SUM({1\\2;3\\4})');
    expect(formulaFromLocale(shown, 'ru_RU')).toBe(stored);
  });

  it('a typed formula is stored in the English syntax', () => {
    expect(parseInput('=KB_MARK(84,5)', 'ru_RU')).toEqual({ content: { formula: '=KB_MARK(84.5)' } });
  });
});
