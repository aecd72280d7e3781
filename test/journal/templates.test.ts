import fc from 'fast-check';
import { renderFieldProblem } from '../../src/core/journal/fieldProblems';
import { validateStructure } from '../../src/core/journal/structure';
import { parseTemplateJson, templateToJson } from '../../src/core/journal/templateJson';
import { builtinTemplates, isBuiltinName, structureOfJournal } from '../../src/core/journal/templates';
import type { JournalMeta, JournalStructure, Template } from '../../src/core/journal/types';
import { TEXTS } from '../../src/core/texts';
import { QUARTER } from './fixtures';

const file = (structure: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'kb-sheets/template', version: 1, name: 'Алгебра 8 класс', structure, ...extra });
const errorsOf = (text: string, lang: 'kk' | 'ru' | 'en' = 'ru') => {
  const r = parseTemplateJson(text, lang);
  return r.ok ? [] : r.errors;
};

describe('the built-in gallery', () => {
  test.each(['kk', 'ru', 'en'] as const)('three valid templates in %s, headers in that language', (lang) => {
    const gallery = builtinTemplates(lang);
    expect(gallery).toHaveLength(3);
    for (const t of gallery) {
      expect(validateStructure(t.structure)).toEqual([]);
      expect(t.builtin).toBe(true);
      expect(t.structure.headerLang).toBe(lang);
      expect(isBuiltinName(t.name)).toBe(true);
    }
    const [quarter, half, formative] = gallery.map((t) => t.structure);
    expect(quarter).toMatchObject({
      periodKind: 'quarter',
      sorMaxes: [20, 20, 20],
      sochMax: 25,
      marks: true,
    });
    expect(half).toMatchObject({ periodKind: 'half', sochMax: null, marks: true });
    expect(half.sorMaxes).toHaveLength(2);
    expect(formative).toMatchObject({ marks: false, sorMaxes: [], sochMax: null });
  });

  test('names and descriptions are localised', () => {
    expect(builtinTemplates('ru').map((t) => t.name)).toEqual([
      'Четверть: 3 СОР + СОЧ',
      'Полугодие: 2 СОР без СОЧ',
      'Только ФО, без оценок',
    ]);
    expect(builtinTemplates('kk')[0].name).toBe('Тоқсан: 3 БЖБ + ТЖБ');
    expect(builtinTemplates('en')[1].name).toBe('Half-year: 2 SAU, no SAT');
    expect(builtinTemplates('ru')[0].description).toContain('10 ФО · 3 СОР (20, 20, 20) · СОЧ 25');
    expect(builtinTemplates('kk')[1].description).toContain('ТЖБ жоқ');
  });

  test('a saved template may not take a built-in name in any language or case', () => {
    expect(isBuiltinName('  тоқсан: 3 бжб + тжб ')).toBe(true);
    expect(isBuiltinName('Четверть: 2 СОР')).toBe(false);
  });
});

describe('validateStructure', () => {
  const problems = (patch: Record<string, unknown>) =>
    validateStructure({ ...QUARTER, ...patch }).map((p) => `${p.path} ${p.code}`);

  test.each([
    [{ foCount: 0 }, ['structure.foCount foCount']],
    [{ foCount: 61 }, ['structure.foCount foCount']],
    [{ foCount: 2.5 }, ['structure.foCount foCount']],
    [{ foCount: '10' }, ['structure.foCount wrongType']],
    [{ sorMaxes: [20, 20, 20, 20, 20, 20, 20] }, ['structure.sorMaxes tooManySor']],
    [{ sorMaxes: [20, -5] }, ['structure.sorMaxes[1] notPositive']],
    [{ sorMaxes: [0] }, ['structure.sorMaxes[0] notPositive']],
    [{ sorMaxes: [150] }, ['structure.sorMaxes[0] tooLarge']],
    [{ sorMaxes: ['20'] }, ['structure.sorMaxes[0] wrongType']],
    [{ sorMaxes: 20 }, ['structure.sorMaxes wrongType']],
    [{ sochMax: 0 }, ['structure.sochMax notPositive']],
    [{ sochMax: 'x' }, ['structure.sochMax wrongType']],
    [{ periodKind: 'half' }, ['structure.sochMax halfWithSoch']],
    [{ periodKind: 'year' }, ['structure.periodKind oneOf']],
    [{ sorMaxes: [] }, ['structure.sorMaxes marksWithoutSor']],
    [{ marks: 'yes' }, ['structure.marks wrongType']],
    [{ headerLang: 'de' }, ['structure.headerLang oneOf']],
    [{ colour: 'red' }, ['structure.colour unknownKey']],
  ])('%j → %j', (patch, expected) => {
    expect(problems(patch)).toEqual(expected);
  });

  test('a formative-only journal may have no СОР; a half-year without СОЧ is fine', () => {
    expect(problems({ marks: false, sorMaxes: [], sochMax: null })).toEqual([]);
    expect(problems({ periodKind: 'half', sochMax: null })).toEqual([]);
  });

  test('missing fields and non-objects', () => {
    expect(validateStructure({}).map((p) => p.path)).toEqual([
      'structure.periodKind',
      'structure.foCount',
      'structure.sorMaxes',
      'structure.sochMax',
      'structure.marks',
      'structure.headerLang',
    ]);
    expect(validateStructure([1]).map((p) => p.code)).toEqual(['wrongType']);
  });
});

describe('parseTemplateJson', () => {
  test('a bad СОР max, in each language, says what and where', () => {
    const text = file({ ...QUARTER, sorMaxes: [20, -5] });
    expect(errorsOf(text, 'ru')).toEqual(['structure.sorMaxes[1]: -5 — нужен балл больше 0']);
    expect(errorsOf(text, 'kk')).toEqual(['structure.sorMaxes[1]: -5 — 0-ден үлкен балл керек']);
    expect(errorsOf(text, 'en')).toEqual(['structure.sorMaxes[1]: -5 — a score above 0 is needed']);
  });

  test('not JSON: the line and column of the mistake', () => {
    const text = '{\n  "format": "kb-sheets/template",\n  "version": 1,,\n  "name": "x"\n}';
    expect(errorsOf(text)).toEqual([
      'это не JSON: ошибка в строке 3, позиция 16, около «"version": 1,, "name":»',
    ]);
    expect(errorsOf('{"format": "kb-sheets/template"', 'en')[0]).toMatch(
      /^not JSON: error at line 1, column 32/,
    );
    expect(errorsOf('', 'kk')[0]).toMatch(/^бұл JSON емес: 1-жол, 1-позицияда/);
  });

  test('another file: only the format is reported', () => {
    expect(errorsOf(JSON.stringify({ format: 'other', structure: 5 }))).toEqual([
      'format: "other" — это не шаблон KB Sheets (нужно "kb-sheets/template")',
    ]);
    expect(errorsOf('[1, 2]')).toEqual([
      'это не шаблон KB Sheets: нужен объект { "format": "kb-sheets/template", … }',
    ]);
    expect(errorsOf(JSON.stringify({ name: 'x' }))).toHaveLength(1);
  });

  test('a newer version is refused', () => {
    expect(errorsOf(file(QUARTER, { version: 2 }))).toEqual([
      'version: 2 — эта версия шаблона не поддерживается (поддерживается 1)',
    ]);
  });

  test('every problem of a file is listed', () => {
    const text = JSON.stringify({
      format: 'kb-sheets/template',
      version: 1,
      name: '   ',
      extra: true,
      structure: { ...QUARTER, foCount: 0, headerLang: 'de', periodKind: 'half' },
    });
    expect(errorsOf(text, 'en')).toEqual([
      'extra: unknown field',
      'name: must not be empty',
      'structure.foCount: 0 — expected a whole number from 1 to 60',
      'structure.headerLang: "de" — allowed: kk, ru, en',
      'structure.sochMax: half-year subjects (1 hour a week) have no SAT: use null',
    ]);
  });

  test('names: required, at most 60 characters; a missing structure', () => {
    expect(errorsOf(JSON.stringify({ format: 'kb-sheets/template', version: 1 }))).toEqual([
      'name: поле отсутствует',
      'structure: поле отсутствует',
    ]);
    expect(errorsOf(file(QUARTER, { name: 'я'.repeat(61) }))).toEqual([
      'name: 61 символов — можно не больше 60',
    ]);
    expect(errorsOf(file(QUARTER, { name: 7 }))).toEqual(['name: ожидается текст, а здесь 7']);
  });

  test('a valid file, with a byte-order mark and spaces in the name', () => {
    const r = parseTemplateJson(
      '\ufeff' + file(QUARTER, { name: '  Алгебра 8  ', description: 'Для 8-х классов' }),
      'ru',
    );
    expect(r).toEqual({
      ok: true,
      template: { name: 'Алгебра 8', description: 'Для 8-х классов', structure: QUARTER },
    });
  });

  test('export format', () => {
    const json = templateToJson({ name: 'Физика', structure: QUARTER, builtin: true });
    expect(JSON.parse(json)).toEqual({
      format: 'kb-sheets/template',
      version: 1,
      name: 'Физика',
      structure: QUARTER,
    });
    expect(json).toContain('\n  "format": "kb-sheets/template",\n');
  });

  const structureArb: fc.Arbitrary<JournalStructure> = fc
    .record({
      periodKind: fc.constantFrom('quarter' as const, 'half' as const),
      foCount: fc.integer({ min: 1, max: 60 }),
      sorMaxes: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }),
      sochMax: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
      marks: fc.boolean(),
      headerLang: fc.constantFrom('kk' as const, 'ru' as const, 'en' as const),
    })
    .map((s) => (s.periodKind === 'half' ? { ...s, sochMax: null } : s));
  const nameArb = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() === s && s !== '');

  test('export then import gives the template back', () => {
    fc.assert(
      fc.property(
        structureArb,
        nameArb,
        fc.option(nameArb, { nil: undefined }),
        (structure, name, description) => {
          const t: Template = { name, structure, ...(description ? { description } : {}) };
          expect(parseTemplateJson(templateToJson(t), 'ru')).toEqual({ ok: true, template: t });
        },
      ),
    );
  });

  test('every error message is rendered in the requested language', () => {
    // Any wrong value of any field gives a non-empty message in every language.
    fc.assert(
      fc.property(
        fc.constantFrom('periodKind', 'foCount', 'sorMaxes', 'sochMax', 'marks', 'headerLang'),
        fc.anything(),
        (key, value) => {
          for (const lang of ['kk', 'ru', 'en'] as const) {
            for (const p of validateStructure({ ...QUARTER, [key]: value })) {
              const text = renderFieldProblem(TEXTS[lang], p);
              expect(text.startsWith(`${p.path}: `)).toBe(true);
              expect(text.length).toBeGreaterThan(p.path.length + 3);
            }
          }
        },
      ),
    );
  });
});

describe('structureOfJournal', () => {
  const meta: JournalMeta = {
    v: 1,
    className: '7А',
    subject: 'Физика',
    teacher: '',
    period: 1,
    structure: QUARTER,
  };

  test('the structure the journal was created with', () => {
    const s = structureOfJournal(meta);
    expect(s).toEqual(QUARTER);
    s.sorMaxes.push(1);
    expect(meta.structure.sorMaxes).toEqual([20, 20, 20]); // a copy
  });

  test('with the maxima the teacher has entered since; empty or bad cells keep the created ones', () => {
    expect(structureOfJournal(meta, { sorMaxes: [15, '', '18,5'], sochMax: 30 })).toEqual({
      ...QUARTER,
      sorMaxes: [15, 20, 18.5],
      sochMax: 30,
    });
    expect(structureOfJournal(meta, { sorMaxes: ['abc', -2, 0], sochMax: '' }).sorMaxes).toEqual([
      20, 20, 20,
    ]);
  });
});
