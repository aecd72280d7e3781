import fc from 'fast-check';
import { journalLayout } from '../../src/core/journal/layout';
import type { JournalStructure } from '../../src/core/journal/types';
import { FORMATIVE, HALF, QUARTER, form, parseRange, pupilNames } from './fixtures';

describe('the journal formula', () => {
  test('a quarter with 3 СОР and a СОЧ, 30 pupils: one KB_DETAIL call over the class', () => {
    const layout = journalLayout(form(QUARTER, pupilNames(30)));
    // A №, B pupil, C–L ФО 1–10, M–O СОР 1–3, P СОЧ, Q–U the detail block; pupils in rows 5–34.
    expect(layout.formula).toEqual({
      a1: 'Q5',
      text: '=KB_DETAIL(C5:L34,M5:O34,M$4:O$4,P5:P34,P$4,KB_RULES)',
    });
  });

  test('a half-year has no СОЧ arguments', () => {
    const layout = journalLayout(form(HALF, pupilNames(25)));
    // C–J ФО 1–8, K–L СОР 1–2, M–Q detail; rows 5–29.
    expect(layout.formula).toEqual({ a1: 'M5', text: '=KB_DETAIL(C5:J29,K5:L29,K$4:L$4,,,KB_RULES)' });
  });

  test('without СОР columns the СОР arguments are empty', () => {
    const s: JournalStructure = { ...QUARTER, foCount: 5, sorMaxes: [], sochMax: 30 };
    expect(journalLayout(form(s, pupilNames(2))).formula?.text).toBe(
      '=KB_DETAIL(C5:G6,,,H5:H6,H$4,KB_RULES)',
    );
  });

  test('a formative-only journal has no formula and no computed columns', () => {
    const layout = journalLayout(form(FORMATIVE, pupilNames(20)));
    expect(layout.formula).toBeUndefined();
    expect(layout.positions.detail).toBeUndefined();
    expect(layout.columnRoles.map((c) => c.role)).not.toContain('detail');
    expect(layout.columns).toBe(2 + FORMATIVE.foCount);
    expect(layout.formatRules).toEqual([]);
  });
});

describe('the grid', () => {
  const layout = journalLayout(form(QUARTER, ['Абенов Нурлан', 'Ахметова Айгерим', 'Ким Виктория']));
  const row = (n: number) => layout.values[n - 1];

  test('title, headers, max row and pupils in Russian', () => {
    expect(row(1)[0]).toBe('7А · Математика');
    expect(row(1)[2]).toBe('2 четверть · Сейткали А. Б.');
    expect(row(2)[2]).toContain('осв');
    expect(row(3)).toEqual([
      '№',
      'ФИО ученика',
      'ФО 1',
      'ФО 2',
      'ФО 3',
      'ФО 4',
      'ФО 5',
      'ФО 6',
      'ФО 7',
      'ФО 8',
      'ФО 9',
      'ФО 10',
      'СОР 1',
      'СОР 2',
      'СОР 3',
      'СОЧ',
      'ФО %',
      'СОР %',
      'СОЧ %',
      'Итог %',
      'Оценка',
    ]);
    expect(row(4).slice(1, 16)).toEqual(['макс.', ...Array(10).fill(''), 20, 20, 20, 25]);
    expect(row(5).slice(0, 3)).toEqual([1, 'Абенов Нурлан', '']);
    expect(row(7).slice(0, 2)).toEqual([3, 'Ким Виктория']);
    expect(layout.values).toHaveLength(7);
    expect(layout.rows).toBe(7);
    expect(layout.columns).toBe(21);
  });

  test('Kazakh and English headers', () => {
    const kk = journalLayout(form({ ...QUARTER, headerLang: 'kk' }, ['Абенов Нурлан']));
    expect(kk.values[2].slice(0, 3)).toEqual(['№', 'Оқушының аты-жөні', 'ҚБ 1']);
    expect(kk.values[2].slice(12)).toEqual([
      'БЖБ 1',
      'БЖБ 2',
      'БЖБ 3',
      'ТЖБ',
      'ҚБ %',
      'БЖБ %',
      'ТЖБ %',
      'Қорытынды %',
      'Баға',
    ]);
    expect(kk.values[0][2]).toBe('2-тоқсан · Сейткали А. Б.');
    expect(kk.sheetName).toBe('7А Математика 2т');
    const en = journalLayout(
      form({ ...HALF, headerLang: 'en' }, ['Kim Victoria'], { subject: 'Art', period: 1 }),
    );
    expect(en.values[2].slice(0, 3)).toEqual(['№', 'Pupil', 'FA 1']);
    expect(en.values[2].slice(10)).toEqual(['SAU 1', 'SAU 2', 'FA %', 'SAU %', 'SAT %', 'Total %', 'Mark']);
    expect(en.values[0][2]).toBe('Half-year 1 · Сейткали А. Б.');
    expect(en.sheetName).toBe('7А Art H1');
  });

  test('user text is quoted so Sheets keeps it as text', () => {
    const l = journalLayout(
      form(QUARTER, ['=HYPERLINK("http://x","y")', '+7 701 000 00 00', 'Иванов Пётр'], {
        className: '10Б',
        teacher: '',
      }),
    );
    expect(l.values[4][1]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(l.values[5][1]).toBe(`'+7 701 000 00 00`);
    expect(l.values[6][1]).toBe('Иванов Пётр');
    expect(l.values[0][2]).toBe('2 четверть'); // no teacher: no trailing separator
  });

  test('names are tidied and blank ones dropped', () => {
    const l = journalLayout(form(QUARTER, ['  Ким\u00a0 Виктория ', '', '   ', 'Омаров Арман']));
    expect(l.positions.pupilCount).toBe(2);
    expect(l.values.slice(4).map((r) => r[1])).toEqual(['Ким Виктория', 'Омаров Арман']);
  });

  test('without a pupil list, 30 numbered blank rows', () => {
    const l = journalLayout(form(QUARTER, []));
    expect(l.positions.pupilCount).toBe(30);
    expect(l.values[33].slice(0, 2)).toEqual([30, '']);
    expect(l.formula?.text).toBe('=KB_DETAIL(C5:L34,M5:O34,M$4:O$4,P5:P34,P$4,KB_RULES)');
  });

  test('meta records the form without pupils', () => {
    const l = journalLayout(form(QUARTER, pupilNames(3), { template: 'Четверть: 3 СОР + СОЧ' }));
    expect(l.meta).toEqual({
      v: 1,
      className: '7А',
      subject: 'Математика',
      teacher: 'Сейткали А. Б.',
      period: 2,
      structure: QUARTER,
      template: 'Четверть: 3 СОР + СОЧ',
    });
  });

  test('frozen through the max row and the pupil column; the title merge stays inside the frozen columns', () => {
    const l = journalLayout(form(QUARTER, pupilNames(3)));
    expect([l.frozenRows, l.frozenColumns]).toEqual([4, 2]);
    expect(l.merges).toEqual(['A1:B1']);
  });

  test('component percents show one decimal, P as the mark reads it; the mark column is coloured', () => {
    const l = journalLayout(form(QUARTER, pupilNames(30)));
    expect(l.numberFormats).toContainEqual({ a1: 'Q5:S34', format: '0.0' });
    // A whole percent, rounded half up by Sheets' display as by the rules: never «84,5» beside a «4».
    expect(l.numberFormats).toContainEqual({ a1: 'T5:T34', format: '0' });
    const none = journalLayout(form(QUARTER, pupilNames(30)), 'ru', { rounding: 'none' });
    expect(none.numberFormats).toContainEqual({ a1: 'T5:T34', format: '0.0########' });
    const rules = l.formatRules.filter((r) => r.ranges.includes('U5:U34'));
    expect(
      rules
        .filter((r) => r.when === 'numberEqualTo')
        .map((r) => r.value)
        .sort(),
    ).toEqual([2, 3, 4, 5]);
    expect(rules).toContainEqual(expect.objectContaining({ when: 'textStartsWith', value: '! ' }));
    expect(rules.filter((r) => r.when === 'textEqualTo').map((r) => r.value)).toEqual(
      expect.arrayContaining(['н/а', 'n/a', 'осв', 'бос', 'exempt']),
    );
  });

  test('warning-only protections: header rows, max row, detail block (descriptions in the add-on language)', () => {
    const l = journalLayout(form(QUARTER, pupilNames(30)), 'kk');
    expect(l.protections.map((p) => p.a1)).toEqual(['A1:U3', 'A4:U4', 'Q5:U34']);
    expect(l.protections[2].description).toContain('KB_DETAIL');
    expect(l.protections[0].description).toBe('KB Sheets: журнал тақырыптары');
  });
});

describe('data validation', () => {
  const l = journalLayout(form(QUARTER, pupilNames(30)), 'ru', { foMax: 12 });

  test('one rule per block, written for its top-left cell', () => {
    expect(l.validations.map((v) => v.a1)).toEqual(['C5:L34', 'M5:O34', 'M4:O4', 'P5:P34', 'P4']);
    const [fo, sor, sorMax, soch] = l.validations;
    expect(fo.formula).toMatch(
      /^=OR\(C5="",AND\(ISNUMBER\(C5\),C5>=1,C5<=12\),REGEXMATCH\(LOWER\(TRIM\(C5\)\),"\^\(н\|/,
    );
    expect(sor.formula).toContain('ISNUMBER(M$4),M5>=0,M5<=M$4');
    expect(sorMax.formula).toBe('=OR(M4="",AND(ISNUMBER(M4),M4>0))');
    expect(soch.formula).toContain('P5<=P$4');
    expect(fo.helpText).toContain('1 до 12');
  });
});

describe('layout properties', () => {
  const structure = fc.record({
    periodKind: fc.constantFrom('quarter' as const, 'half' as const),
    foCount: fc.integer({ min: 1, max: 60 }),
    sorMaxes: fc.array(fc.integer({ min: 1, max: 100 }), { maxLength: 6 }),
    sochMax: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
    marks: fc.boolean(),
    headerLang: fc.constantFrom('kk' as const, 'ru' as const, 'en' as const),
  });
  const pupils = fc.array(fc.string({ maxLength: 30 }), { maxLength: 45 });

  test('every column has exactly one role, and every range lies within the sheet', () => {
    fc.assert(
      fc.property(structure, pupils, (s, names) => {
        const l = journalLayout(form(s, names));
        const cols = l.columnRoles.map((c) => c.column).sort((a, b) => a - b);
        expect(cols).toEqual(Array.from({ length: l.columns }, (_, i) => i + 1));
        expect(new Set(l.columnRoles.map((c) => `${c.role}:${c.index}`)).size).toBe(l.columnRoles.length);
        expect(l.values).toHaveLength(l.rows);
        for (const r of l.values) expect(r).toHaveLength(l.columns);
        const ranges = [
          ...l.merges,
          ...l.bold,
          ...l.backgrounds.map((b) => b.a1),
          ...l.numberFormats.map((f) => f.a1),
          ...l.validations.map((v) => v.a1),
          ...l.protections.map((p) => p.a1),
          ...l.formatRules.flatMap((r) => r.ranges),
          ...(l.formula ? [l.formula.a1] : []),
        ];
        for (const a1 of ranges) {
          const r = parseRange(a1);
          expect(r.row).toBeGreaterThanOrEqual(1);
          expect(r.lastRow).toBeLessThanOrEqual(l.rows);
          expect(r.lastColumn).toBeLessThanOrEqual(l.columns);
          expect(r.row <= r.lastRow && r.column <= r.lastColumn).toBe(true);
        }
        expect(Boolean(l.formula)).toBe(s.marks);
        expect(l.sheetName.length).toBeLessThanOrEqual(100);
        expect(l.sheetName).not.toMatch(/[[\]\\/?*:]/);
      }),
      { numRuns: 200 },
    );
  });

  test('no cell of the grid is a formula: user text starting with = + - @ is quoted', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
        (className, names) => {
          const l = journalLayout(
            form(QUARTER, names, { className, subject: className, teacher: className }),
          );
          for (const row of l.values)
            for (const v of row) if (typeof v === 'string') expect(v.trimStart()).not.toMatch(/^[=+\-@]/);
        },
      ),
    );
  });
});
