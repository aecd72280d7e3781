import { parseCell } from '../../src/core/cells';
import { ABSENT_CODES, EXEMPT_CODES, codesPattern } from '../../src/core/journal/codes';
import { LANGS } from '../../src/core/i18n';
import { TEXTS, type Texts } from '../../src/core/texts';

/** Every text of a table as path → string, functions called with sample arguments. */
function leaves(t: Texts): Map<string, string> {
  const out = new Map<string, string>();
  const sample = (fn: (...a: unknown[]) => unknown) => {
    // Numbers work for every parameter: counts, rows, and strings shown as they are.
    const args = Array.from({ length: fn.length }, (_, i) => (i === 0 && fn.length === 1 ? 2 : i + 3));
    return String(fn(...args));
  };
  const walk = (x: unknown, path: string) => {
    if (typeof x === 'string') out.set(path, x);
    else if (Array.isArray(x)) out.set(path, x.join(' | '));
    else if (typeof x === 'function') {
      if (path.endsWith('journal.describe')) {
        out.set(
          path,
          String(
            (x as Texts['journal']['describe'])({
              periodKind: 'quarter',
              foCount: 10,
              sorMaxes: [20],
              sochMax: 25,
              marks: true,
            }),
          ),
        );
      } else if (path.endsWith('journal.period') || path.endsWith('journal.periodShort')) {
        out.set(path, String((x as (k: string, n: number) => string)('half', 2)));
      } else if (path.endsWith('fieldErrors.wrongType')) {
        out.set(path, String((x as (e: string, g: string) => string)('number', '"x"')));
      } else if (path.endsWith('check.where')) {
        out.set(path, String((x as (p: string, r: number) => string)('', 7)));
      } else if (path.endsWith('check.missingSoch')) {
        out.set(path, String((x as (a: boolean) => string)(true)));
      } else out.set(path, sample(x as (...a: unknown[]) => unknown));
    } else if (x && typeof x === 'object')
      for (const [k, v] of Object.entries(x)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(t, '');
  return out;
}

describe('the add-on texts', () => {
  test('every language has every text, none empty', () => {
    const keys = [...leaves(TEXTS.ru).keys()].sort();
    for (const lang of LANGS) {
      const l = leaves(TEXTS[lang]);
      expect([...l.keys()].sort()).toEqual(keys);
      for (const [path, text] of l) expect([path, text.trim().length > 0]).toEqual([path, true]);
    }
  });

  test('Kazakh and English are translated, not copied from Russian', () => {
    // The same in every language by design: symbols, the format of the title, the header words lists' shape.
    const same = new Set([
      'runs.title', // the add-on's name
      'journal.number',
      'journal.max',
      'journal.title',
      'journal.subtitle',
      'typeNames.null',
      'typeNames.object',
      // The issue names it «Модерация…» in Kazakh and in Russian: the same word in both.
      'menu.moderation',
    ]);
    const ru = leaves(TEXTS.ru);
    for (const lang of ['kk', 'en'] as const) {
      for (const [path, text] of leaves(TEXTS[lang])) {
        if (same.has(path)) continue;
        expect([path, text]).not.toEqual([path, ru.get(path)]);
      }
    }
  });

  test('Kazakh uses the Kazakh names of the assessment parts and Kazakh letters', () => {
    const kk = [...leaves(TEXTS.kk).values()].join('\n');
    for (const word of ['ҚБ', 'БЖБ', 'ТЖБ', 'тоқсан', 'жартыжылдық', 'оқушы', 'сынып'])
      expect(kk).toContain(word);
    expect(kk).not.toMatch(/СОР|СОЧ|ученик|четверть|оценк/);
    const en = [...leaves(TEXTS.en).values()].join('\n');
    expect(en).not.toMatch(/[а-яёәғқңөұүһі]/i);
  });

  test('the journal headers of the spec', () => {
    expect(TEXTS.ru.journal.detail).toEqual(['ФО %', 'СОР %', 'СОЧ %', 'Итог %', 'Оценка']);
    expect(TEXTS.kk.journal.detail).toEqual(['ҚБ %', 'БЖБ %', 'ТЖБ %', 'Қорытынды %', 'Баға']);
    expect(TEXTS.en.journal.detail).toEqual(['FA %', 'SAU %', 'SAT %', 'Total %', 'Mark']);
    expect([TEXTS.ru.journal.pupil, TEXTS.kk.journal.pupil, TEXTS.en.journal.pupil]).toEqual([
      'ФИО ученика',
      'Оқушының аты-жөні',
      'Pupil',
    ]);
    expect([
      TEXTS.ru.journal.period('quarter', 1),
      TEXTS.kk.journal.period('quarter', 1),
      TEXTS.en.journal.period('quarter', 1),
    ]).toEqual(['1 четверть', '1-тоқсан', 'Quarter 1']);
    expect([
      TEXTS.ru.journal.period('half', 1),
      TEXTS.kk.journal.period('half', 1),
      TEXTS.en.journal.period('half', 1),
    ]).toEqual(['1 полугодие', '1-жартыжылдық', 'Half-year 1']);
  });

  test('Russian is the fallback', () => {
    expect(TEXTS.of(undefined)).toBe(TEXTS.ru);
    expect(TEXTS.of('de' as never)).toBe(TEXTS.ru);
  });
});

describe('the codes the journal accepts', () => {
  test('are exactly what the rules read as absent or exempt', () => {
    for (const code of ABSENT_CODES) expect([code, parseCell(code).kind]).toEqual([code, 'absent']);
    for (const code of EXEMPT_CODES) expect([code, parseCell(code).kind]).toEqual([code, 'exempt']);
  });

  test('the codes the journals explain are among them', () => {
    const all = [...ABSENT_CODES, ...EXEMPT_CODES];
    for (const code of ['н', 'б', 'осв', 'ж', 'бос', 'abs', 'ex']) expect(all).toContain(code);
  });

  test('the validation pattern matches each code and nothing else', () => {
    const re = new RegExp(codesPattern());
    for (const code of [...ABSENT_CODES, ...EXEMPT_CODES]) expect(re.test(code)).toBe(true);
    for (const other of ['н/а', 'на', 'нн', 'abc', '5', '', 'осв ', 'x-']) expect(re.test(other)).toBe(false);
  });
});
