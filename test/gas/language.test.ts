import { languageOf } from '../../src/gas/language';
import { kb, thrown } from './fixtures';

// Contract, "Language": the ruleset's lang, else the spreadsheet locale, else Russian.

const exemptRow = [[[8]], [[12]], [[20]], 'осв', 25] as const;

describe('languageOf', () => {
  it.each([
    ['kk', 'ru_RU', 'kk'],
    ['en', 'kk_KZ', 'en'],
    [undefined, 'kk_KZ', 'kk'],
    [undefined, 'en_US', 'en'],
    [undefined, 'ru_RU', 'ru'],
    [undefined, 'de_DE', 'ru'],
    [undefined, undefined, 'ru'],
  ] as const)('rules %s, locale %s → %s', (rulesLang, locale, lang) => {
    expect(languageOf(rulesLang, () => locale)).toBe(lang);
  });

  it('a locale source that throws means Russian', () => {
    expect(
      languageOf(undefined, () => {
        throw new Error('SpreadsheetApp is not available');
      }),
    ).toBe('ru');
  });

  it('the locale is not read when the rules name a language', () => {
    const locale = jest.fn(() => 'kk_KZ');
    expect(languageOf('en', locale)).toBe('en');
    expect(locale).not.toHaveBeenCalled();
  });
});

describe('text outputs follow the language', () => {
  it.each([
    ['kk_KZ', 'бос'],
    ['kk', 'бос'],
    ['en_GB', 'exempt'],
    ['ru_RU', 'осв'],
    ['fr_FR', 'осв'],
    [undefined, 'осв'],
  ])('locale %s → %s', (locale, word) => {
    expect(kb(() => locale).KB_QUARTER(...exemptRow)).toEqual([[word]]);
  });

  it('the lang rules key wins over the locale', () => {
    const f = kb(() => 'kk_KZ');
    expect(f.KB_QUARTER(...exemptRow, [['lang', 'en']])).toEqual([['exempt']]);
    expect(f.KB_QUARTER(...exemptRow, [['lang', 'ru']])).toEqual([['осв']]);
    expect(f.KB_QUARTER(...exemptRow)).toEqual([['бос']]);
  });

  it('a lang key with a preset base', () => {
    const f = kb(() => 'ru_RU');
    expect(
      f.KB_QUARTER(...exemptRow, [
        ['base', 'KZ-2016'],
        ['lang', 'kk'],
      ]),
    ).toEqual([['бос']]);
  });

  it('every text-returning function follows the locale', () => {
    const f = kb(() => 'kk_KZ');
    expect(f.KB_LEVEL(17, 20)).toEqual([['жоғары']]);
    expect(f.KB_MARK('осв')).toEqual([['бос']]);
    expect(f.KB_ANNUAL([['осв', 'осв']])).toEqual([['бос']]);
    expect(f.KB_NEED([[3]], [[3]], [[40]], 25, 5)).toEqual([['мүмкін емес']]);
    expect(String(f.KB_EXPLAIN([[8]], [[15]], [[20]])[0][0])).toMatch(/^ҚБ 8\/10/);
  });

  it('a locale source that throws never breaks the function', () => {
    const f = kb(() => {
      throw new Error('Exception: You do not have permission to call getActiveSpreadsheet');
    });
    expect(f.KB_QUARTER(...exemptRow)).toEqual([['осв']]);
    expect(f.KB_QUARTER([[9, 8, 9, 8, 9]], [[33]], [[40]], 21, 25)).toEqual([[4]]);
    expect(f.KB_LEVEL(17, 20)).toEqual([['высокий']]);
    expect(f.KB_ANNUAL([[4, 'н/а']])).toEqual([['н/а']]);
    // Even a call-level error still reports itself, in Russian.
    expect(thrown(() => f.KB_QUARTER(8, 12, 15, 20, 25, 'KZ-2017'))).toMatch(
      /^KB_QUARTER: неизвестный набор правил/,
    );
  });
});

describe('call-level errors in the language', () => {
  it('the spreadsheet locale when the rules cannot be read', () => {
    expect(thrown(() => kb(() => 'en_US').KB_QUARTER(8, 12, 15, 20, 25, 'KZ-2017'))).toBe(
      'KB_QUARTER: unknown ruleset "KZ-2017" (known: KZ-2020, KZ-2016, KZ-2020-MEKTEP)',
    );
    expect(thrown(() => kb(() => 'kk_KZ').KB_MARK(50, [['w_homework', 5]]))).toMatch(
      /^KB_MARK: белгісіз ереже кілті «w_homework»/,
    );
  });

  it('the rules language when the rules are fine and the shapes are not', () => {
    const f = kb(() => 'ru_RU');
    expect(thrown(() => f.KB_QUARTER([[8], [8], [8]], [[12], [12]], [[15]], '', '', [['lang', 'en']]))).toBe(
      'KB_QUARTER: sor and fo differ in rows (2 and 3); each pupil needs a row of their own',
    );
    expect(thrown(() => f.KB_LEVEL([[1, 2, 3]], [[10, 20]], [['lang', 'kk']]))).toMatch(/^KB_LEVEL: max: /);
    // A wrong-height target range is the target's fault, not the pupils'.
    expect(
      thrown(() => f.KB_NEED([[8], [8]], [[12], [12]], [[15]], 25, [[5], [4], [3]], [['lang', 'en']])),
    ).toBe('KB_NEED: target has 3 rows; expected 1 or 2');
  });
});
