import fc from 'fast-check';
import { sheetText } from '../../src/core/sheetText';

describe('sheetText', () => {
  test.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+7 701 123 45 67', "'+7 701 123 45 67"],
    ['-5', "'-5"],
    ['@user', "'@user"],
    ["'quoted", "''quoted"],
    ['#N/A', "'#N/A"],
    ['  =1', "'  =1"],
    ['42', "'42"],
    ['7,5', "'7,5"],
    ['50%', "'50%"],
    ['1e5', "'1e5"],
    ['12.03.2026', "'12.03.2026"],
    ['5 мая', "'5 мая"],
    ['May 5', "'May 5"],
    ['12:30', "'12:30"],
    ['₸500', "'₸500"],
    ['TRUE', "'TRUE"],
    ['ложь', "'ложь"],
    ['7А', "'7А"],
  ])('%j is quoted', (input, output) => {
    expect(sheetText(input)).toBe(output);
  });

  test.each([
    'Иванов Пётр',
    'Ахметова Айгерим',
    'Математика',
    'Сейткали А. Б.',
    '',
    '   ',
    'Kim Victoria',
    '2 четверть',
    'Алгебра 8 класс',
  ])('%j is left as it is', (input) => {
    expect(sheetText(input)).toBe(input);
  });

  test('the result is the input, or the input behind one quote prefix', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = sheetText(s);
        expect(out === s || out === `'${s}`).toBe(true);
      }),
    );
  });

  test('nothing Sheets could read as a formula, number or error is left unquoted', () => {
    const risky = fc.oneof(
      fc.tuple(fc.constantFrom('=', '+', '-', '@', '#', "'", ' ='), fc.string()).map(([a, b]) => a + b),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.integer().map((n) => `${n}%`),
      fc
        .tuple(
          fc.integer({ min: 1, max: 28 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1990, max: 2040 }),
        )
        .map(([d, m, y]) => `${d}.${m}.${y}`),
    );
    fc.assert(
      fc.property(risky, (s) => {
        expect(sheetText(s).startsWith("'")).toBe(true);
      }),
    );
  });

  test('an unquoted result never starts a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const out = sheetText(s);
        if (!out.startsWith("'")) expect(out.trimStart()).not.toMatch(/^[=+\-@#]/);
      }),
    );
  });
});
