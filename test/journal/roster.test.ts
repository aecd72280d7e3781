import fc from 'fast-check';
import { classKey, compareClassNames } from '../../src/core/journal/classNames';
import { parseRoster } from '../../src/core/journal/roster';

describe('parseRoster', () => {
  test('classes in order of first appearance, pupils in sheet order, header and blank rows skipped', () => {
    const grid = [
      ['Класс', 'ФИО ученика'],
      ['7А', 'Абенов Нурлан'],
      ['7Б', 'Ким Виктория'],
      ['', ''],
      ['7А', '  Ахметова\u00a0Айгерим '],
      ['10Б', 'Омаров Арман'],
      ['7б', 'Петрова Мария'],
    ];
    expect(parseRoster(grid, 'ru')).toEqual({
      classes: [
        { className: '7А', pupils: ['Абенов Нурлан', 'Ахметова Айгерим'] },
        { className: '7Б', pupils: ['Ким Виктория', 'Петрова Мария'] },
        { className: '10Б', pupils: ['Омаров Арман'] },
      ],
      errors: [],
      warnings: [],
    });
  });

  test.each([
    [['Сынып', 'Оқушының аты-жөні']],
    [['Class', 'Pupil']],
    [['Grade:', 'Student name']],
    [['', 'ФИО']],
    [['сынып', '']],
  ])('a header row %j is recognised in any language', (header) => {
    const r = parseRoster([header, ['5А', 'Сериков Алихан']], 'kk');
    expect(r.classes).toEqual([{ className: '5А', pupils: ['Сериков Алихан'] }]);
    expect(r.errors).toEqual([]);
  });

  test('a first row that is data is kept', () => {
    expect(parseRoster([['5А', 'Сериков Алихан']], 'ru').classes).toEqual([
      { className: '5А', pupils: ['Сериков Алихан'] },
    ]);
  });

  test('a pupil without a class is an error with its row; a class heading row is skipped', () => {
    const r = parseRoster(
      [
        ['Класс', 'Ученик'],
        ['8В', ''],
        ['8В', 'Ким Виктория'],
        ['', 'Омаров Арман'],
      ],
      'ru',
    );
    expect(r.classes).toEqual([{ className: '8В', pupils: ['Ким Виктория'] }]);
    expect(r.errors).toEqual(['строка 4: у ученика «Омаров Арман» не указан класс']);
    expect(parseRoster([[null, 'Omarov Arman']], 'en').errors).toEqual([
      'row 1: pupil "Omarov Arman" has no class',
    ]);
  });

  test('the same name twice in a class is kept and reported; in another class it is fine', () => {
    const r = parseRoster(
      [
        ['9А', 'Иванов Пётр'],
        ['9Б', 'Иванов Пётр'],
        ['9А', 'иванов  петр'],
      ],
      'kk',
    );
    expect(r.classes.map((c) => c.pupils.length)).toEqual([2, 1]);
    expect(r.warnings).toEqual(['9А: «иванов петр» екі рет жазылған (1- және 3-жолдар)']);
  });

  test('Latin look-alike letters, spaces and dashes do not split a class', () => {
    const r = parseRoster(
      [
        ['7А', 'Абенов Нурлан'],
        ['7A', 'Ахметова Айгерим'], // Latin A
        ['7 - а', 'Ким Виктория'],
      ],
      'ru',
    );
    expect(r.classes).toEqual([
      { className: '7А', pupils: ['Абенов Нурлан', 'Ахметова Айгерим', 'Ким Виктория'] },
    ]);
  });

  test('numbers from the sheet are read as text; an empty sheet is an error', () => {
    expect(parseRoster([[7, 'Ким Виктория']], 'ru').classes).toEqual([
      { className: '7', pupils: ['Ким Виктория'] },
    ]);
    expect(parseRoster([], 'en').errors).toEqual(['no pupils found (column A — class, B — pupil)']);
    expect(parseRoster([['Класс', 'ФИО']], 'ru').errors).toHaveLength(1);
  });

  test('every pupil with a class comes out exactly once, in its class, in sheet order', () => {
    const classes = ['5А', '5Б', '10А', '11В', ''];
    const pupil = fc
      .tuple(
        fc.constantFrom('Ким', 'Омаров', 'Ахметова', 'Ли', ''),
        fc.constantFrom('', ' ', '\u00a0', '  '),
        fc.constantFrom('Арман', 'Дана', ''),
      )
      .map(([a, space, b]) => `${space}${a}${space}${b}`);
    const clean = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...classes), pupil), { maxLength: 60 }), (rows) => {
        const r = parseRoster(rows, 'ru');
        const expected = new Map<string, string[]>();
        let orphans = 0;
        for (const [c, p] of rows) {
          if (clean(p) === '') continue;
          if (c === '') orphans++;
          else expected.set(c, [...(expected.get(c) ?? []), clean(p)]);
        }
        expect(new Map(r.classes.map((c) => [c.className, c.pupils]))).toEqual(expected);
        expect(r.classes.map((c) => c.className)).toEqual([...expected.keys()]);
        expect(r.errors).toHaveLength(orphans + (expected.size === 0 && orphans === 0 ? 1 : 0));
      }),
    );
  });
});

describe('class names', () => {
  test('natural order: 5А < 5Б < 10А < 10Б < 11А', () => {
    expect(['10Б', '5Б', '11А', '10А', '5А'].sort(compareClassNames)).toEqual([
      '5А',
      '5Б',
      '10А',
      '10Б',
      '11А',
    ]);
  });

  test('the same class however it is typed', () => {
    expect(classKey(' 7-а ')).toBe(classKey('7А'));
    expect(classKey('7A')).toBe(classKey('7А'));
    expect(classKey('7Б')).not.toBe(classKey('7В'));
  });

  test('the order is a total order consistent with classKey', () => {
    const name = fc
      .tuple(fc.integer({ min: 0, max: 12 }), fc.constantFrom('А', 'Б', 'В', 'Г', 'а', 'A', ''))
      .map(([n, l]) => `${n}${l}`);
    fc.assert(
      fc.property(name, name, name, (a, b, c) => {
        expect(Math.sign(compareClassNames(a, b))).toBe(-Math.sign(compareClassNames(b, a)) || 0);
        expect(compareClassNames(a, b) === 0).toBe(classKey(a) === classKey(b));
        if (compareClassNames(a, b) <= 0 && compareClassNames(b, c) <= 0)
          expect(compareClassNames(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
