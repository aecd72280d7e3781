import {
  LANGS,
  langOfLocale,
  MESSAGES,
  problem,
  renderProblem,
  type Callable,
  type Column,
  type Lang,
  type Messages,
} from '../../src/core/i18n';

// Kazakh, Russian and English are first class: every message in every language, none blank.

const col: Column = { part: 'sor', n: 2 };
const fo: Column = { part: 'fo', n: 3 };
const period: Column = { part: 'period', n: 4 };

/** Sample arguments for every message; the type makes a new message fail here until it is added. */
const SAMPLES: { [K in Callable]: Parameters<Messages[K]> } = {
  notANumber: [col, 'abc'],
  foOutOfScale: [fo, 11.5, 10],
  scoreAboveMax: [col, 20.5, 20],
  scoreNegative: [col, -1],
  badMax: [{ part: 'soch', n: 1 }, '0'],
  scoreWithoutMax: [col],
  noFoMarks: [],
  noSorHeld: [],
  sochMaxMissing: [],
  notAMark: [period, '6'],
  notAPercent: ['101'],
  naSoch: [],
  naSor: [],
  naPeriod: [],
  unknownRuleset: ['KZ-2017', 'KZ-2020, KZ-2016'],
  unknownRuleKey: ['w_homework', 'base, w_fo'],
  duplicateRuleKey: ['t5'],
  ruleNumber: ['t3', 'abc', '0', '100'],
  ruleChoice: ['rounding', 'bankers', 'total | components | none'],
  weightsSum: ['w_fo + w_sor + w_soch', 105.5],
  thresholdsOrder: [40, 40, 85.5],
  rulesShape: ['3'],
  rowsMismatch: ['sor_max', '2', '30'],
  columnsMismatch: ['sor_max', '3', 'sor', '4'],
  singleColumn: ['soch', '2'],
  missingArg: ['target'],
  badTarget: ['6'],
  invalidMarkCell: ['7', '2', 'x'],
  maxMissing: [col],
  mektepMissedSor: ['72', '4'],
  mektepSochZero: [],
  pupilRowsMismatch: ['sor', '2', 'fo', '1'],
  unknownExam: ['KZ-ENT', 'KZ-KAZLANG'],
  examScale: [],
  finalRuleMissing: ['mean | exam | annual'],
};
const CODES = Object.keys(SAMPLES) as Callable[];

function render(lang: Lang, code: Callable): string {
  return renderProblem(MESSAGES[lang], problem(code, ...(SAMPLES[code] as [never, never])));
}

describe('message tables', () => {
  it('the three languages have the same messages', () => {
    const keys = (m: Messages) => Object.keys(m).sort();
    expect(keys(MESSAGES.kk)).toEqual(keys(MESSAGES.ru));
    expect(keys(MESSAGES.en)).toEqual(keys(MESSAGES.ru));
    expect(Object.keys(MESSAGES).sort()).toEqual([...LANGS].sort());
  });

  it('the samples cover every message of the table', () => {
    const functions = Object.entries(MESSAGES.ru)
      .filter(([k, v]) => typeof v === 'function' && k !== 'column' && k !== 'number')
      .map(([k]) => k);
    expect(CODES.sort()).toEqual(functions.sort());
  });

  describe.each(CODES)('%s', (code) => {
    it('is non-empty in every language, and says something different in each', () => {
      const texts = LANGS.map((l) => render(l, code));
      for (const t of texts) expect(t.trim()).not.toBe('');
      expect(new Set(texts).size).toBe(LANGS.length);
    });

    it('shows every argument it is given', () => {
      for (const lang of LANGS) {
        const text = render(lang, code);
        for (const arg of SAMPLES[code] as unknown[]) {
          const shown =
            typeof arg === 'string'
              ? arg
              : typeof arg === 'number'
                ? MESSAGES[lang].number(arg)
                : MESSAGES[lang].column(arg as Column);
          expect(text).toContain(shown);
        }
      }
    });
  });

  it('outcome words: exempt, levels, unreachable and part names differ by language', () => {
    for (const key of ['exempt', 'unreachable', 'explainMean'] as const) {
      expect(new Set(LANGS.map((l) => MESSAGES[l][key])).size).toBe(3);
    }
    for (const level of ['low', 'medium', 'high'] as const) {
      expect(new Set(LANGS.map((l) => MESSAGES[l].levels[level])).size).toBe(3);
    }
    for (const part of ['fo', 'sor', 'soch', 'period', 'annual', 'exam'] as const) {
      expect(new Set(LANGS.map((l) => MESSAGES[l].parts[part])).size).toBe(3);
    }
  });

  it('the contract words', () => {
    expect([MESSAGES.ru.exempt, MESSAGES.kk.exempt, MESSAGES.en.exempt]).toEqual(['осв', 'бос', 'exempt']);
    expect([MESSAGES.ru.na, MESSAGES.kk.na, MESSAGES.en.na]).toEqual(['н/а', 'н/а', 'n/a']);
    expect([MESSAGES.ru.unreachable, MESSAGES.kk.unreachable, MESSAGES.en.unreachable]).toEqual([
      'недостижимо',
      'мүмкін емес',
      'unreachable',
    ]);
    expect(MESSAGES.ru.levels).toEqual({ high: 'высокий', medium: 'средний', low: 'низкий' });
    expect(MESSAGES.kk.levels).toEqual({ high: 'жоғары', medium: 'орта', low: 'төмен' });
    expect(MESSAGES.en.levels).toEqual({ high: 'high', medium: 'medium', low: 'low' });
  });

  it('numbers are written the way the language writes them: a decimal comma in Kazakh and Russian', () => {
    expect(render('ru', 'scoreAboveMax')).toBe('СОР 2: 20,5 > макс 20');
    expect(render('kk', 'foOutOfScale')).toBe('ҚБ 3: 11,5 1–10 шкаласынан тыс');
    expect(render('en', 'scoreAboveMax')).toBe('SAU 2: 20.5 > max 20');
    expect([MESSAGES.ru.number(84.125), MESSAGES.en.number(84.125), MESSAGES.kk.number(-0.5)]).toEqual([
      '84,13',
      '84.13',
      '-0,5',
    ]);
  });

  it('columns are named the way the journal heads them', () => {
    expect(MESSAGES.ru.column({ part: 'sor', n: 2 })).toBe('СОР 2');
    expect(MESSAGES.ru.column({ part: 'soch', n: 1 })).toBe('СОЧ');
    expect(MESSAGES.kk.column({ part: 'fo', n: 3 })).toBe('ҚБ 3');
    expect(MESSAGES.kk.column({ part: 'soch', n: 1 })).toBe('ТЖБ');
    expect(MESSAGES.en.column({ part: 'sor', n: 1 })).toBe('SAU 1');
    expect(MESSAGES.ru.column({ part: 'exam', n: 1 })).toBe('экзамен');
    expect(MESSAGES.kk.column({ part: 'annual', n: 1 })).toBe('жыл');
  });
});

describe('langOfLocale', () => {
  it.each([
    ['kk_KZ', 'kk'],
    ['kk', 'kk'],
    ['ru_RU', 'ru'],
    ['ru_KZ', 'ru'],
    ['en_US', 'en'],
    ['en_GB', 'en'],
    ['EN_gb', 'en'],
    ['de_DE', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%j → %s', (locale, lang) => expect(langOfLocale(locale)).toBe(lang));
});
