import { FilledJournal, FORMATIVE } from '../journal/fixtures';
import { classResults } from '../../src/core/reports/classResults';
import { monitoringData, type Figures } from '../../src/core/reports/monitoringData';
import { monitoringReport } from '../../src/core/reports/monitoring';
import { parseRange } from '../journal/fixtures';
import { journalOf, readBack, resultsOf, rowOf, type Pupil } from './fixtures';

/** Marks as the fixture's percentages: every component at 90 % gives «5», 70 % «4», 50 % «3», 30 % «2». */
const AT = { 5: 90, 4: 70, 3: 50, 2: 30 } as const;
const pupils = (prefix: string, marks: (2 | 3 | 4 | 5 | 'na' | 'exempt' | 'empty')[]): Pupil[] =>
  marks.map((m, i) => [`${prefix} ${i + 1}`, typeof m === 'number' ? AT[m] : m]);

function school() {
  const q2 = [
    resultsOf({
      className: '7А',
      subject: 'Математика',
      period: 2,
      pupils: pupils('Ученик', [5, 4, 3, 2, 'na', 'exempt', 'empty']),
    }),
    // Pupil 3 has no СОР 2 score: still «4» (70 % pooled), and a reminder.
    classResults(
      journalOf({ className: '7А', subject: 'Физика', period: 2, pupils: pupils('Ученик', [5, 5, 4, 3, 4]) })
        .set(3, 'sor', 2, '')
        .snapshot(),
    ),
    // Pupil 4's ФО mark 11 is off the scale: the mark cannot be computed.
    classResults(
      journalOf({
        className: '10 б',
        subject: 'Математика',
        period: 2,
        pupils: pupils('Оқушы', [5, 5, 4, 4]),
      })
        .set(4, 'fo', 1, 11)
        .snapshot(),
    ),
    resultsOf({ className: '3В', subject: 'математика', period: 2, pupils: pupils('Ребёнок', [3, 2]) }),
  ];
  const copy = resultsOf({ className: '7A', subject: 'Математика', period: 2, pupils: pupils('Копия', [5]) });
  copy.journal.sheetName = 'Копия 7А';
  const noMeta = classResults({
    ...journalOf({ className: '8А', subject: 'Химия', period: 2, pupils: pupils('X', [5]) }).snapshot(),
    meta: undefined,
    sheetName: 'Старый лист',
  });
  const formative = classResults(FilledJournal.of(FORMATIVE, ['Y']).set(1, 'fo', 1, 8).snapshot());
  const q1 = [
    resultsOf({
      className: '7А',
      subject: 'Математика',
      period: 1,
      pupils: pupils('Ученик', [5, 5, 3, 3, 2]),
    }),
    resultsOf({ className: '10Б', subject: 'Математика', period: 1, pupils: pupils('Оқушы', [4, 4, 4]) }),
  ];
  return { q2, q1, extra: [copy, noMeta, formative] };
}

const brief = (f: Figures) => {
  const x = f.figures;
  return {
    n: x.n,
    counts: [x.n5, x.n4, x.n3, x.n2, x.na],
    success: x.success,
    quality: x.quality,
    change: f.change,
  };
};

describe('quarter 2 of a small school', () => {
  const s = school();
  const d = monitoringData({ journals: [...s.q2, ...s.extra, ...s.q1], scope: { kind: 'quarter', n: 2 } });

  test('class × subject rows, sorted by class then subject', () => {
    expect(d.rows.map((r) => `${r.className} ${r.subject}`)).toEqual([
      '3В математика',
      '7А Математика',
      '7А Физика',
      '10 б Математика',
    ]);
    // 7А Математика: 5, 4, 3, 2, н/а; exempt and empty left out → N 5; pass 3/5; quality 2/5;
    // СОУ (100 + 64 + 36 + 16 + 7)/5 = 44.6; mean (5+4+3+2)/4 = 3.5. Quarter 1: 5, 5, 3, 3, 2 → pass 80, quality 40.
    expect(brief(d.rows[1])).toEqual({
      n: 5,
      counts: [1, 1, 1, 1, 1],
      success: 60,
      quality: 40,
      change: { success: -20, quality: 0 },
    });
    expect(d.rows[1].figures.sou).toBeCloseTo(44.6, 9);
    expect(d.rows[1].figures.mean).toBe(3.5);
    // 7А Физика: 5, 5, 4, 3, 4 → pass 100, quality 80; no quarter 1 journal: no change.
    expect(brief(d.rows[2])).toEqual({
      n: 5,
      counts: [2, 2, 1, 0, 0],
      success: 100,
      quality: 80,
      change: undefined,
    });
    // 10 б: 5, 5, 4 (the 4th not computed) → quality 100; quarter 1 (as «10Б»): 4, 4, 4 → quality 100.
    expect(brief(d.rows[3])).toEqual({
      n: 3,
      counts: [2, 1, 0, 0, 0],
      success: 100,
      quality: 100,
      change: { success: 0, quality: 0 },
    });
    expect(brief(d.rows[0])).toEqual({
      n: 2,
      counts: [0, 0, 1, 1, 0],
      success: 50,
      quality: 0,
      change: undefined,
    });
  });

  test('totals are sums of counts with the rates recomputed', () => {
    // 7А: Математика + Физика = 5:3 4:3 3:2 2:1 н/а:1 → N 10, pass 8/10, quality 6/10.
    // Before: only Математика (pass 80, quality 40).
    expect(d.classes.map((c) => c.className)).toEqual(['3В', '7А', '10 б']);
    expect(brief(d.classes[1])).toEqual({
      n: 10,
      counts: [3, 3, 2, 1, 1],
      success: 80,
      quality: 60,
      change: { success: 0, quality: 20 },
    });
    expect(d.classes[1].figures.sou).toBeCloseTo(58.7, 9); // (300 + 192 + 72 + 16 + 7)/10
    // Математика (3В «математика» too): 5:3 4:2 3:2 2:2 н/а:1 → pass 7/10, quality 5/10;
    // before: 7А 5,5,3,3,2 + 10Б 4,4,4 → pass 7/8 = 87.5, quality 5/8 = 62.5.
    expect(d.subjects.map((x) => x.subject)).toEqual(['математика', 'Физика']);
    expect(brief(d.subjects[0])).toEqual({
      n: 10,
      counts: [3, 2, 2, 2, 1],
      success: 70,
      quality: 50,
      change: { success: -17.5, quality: -12.5 },
    });
    expect(d.stages.map((x) => [x.stage, x.figures.n])).toEqual([
      ['primary', 2],
      ['basic', 10],
      ['upper', 3],
    ]);
    // School: 5:5 4:4 3:3 2:2 н/а:1 → N 15, pass 12/15 = 80, quality 9/15 = 60, СОУ 903/15 = 60.2; before 87.5 / 62.5.
    // (The mean of the four rows' rates would be 77.5 and 55: totals are never averaged.)
    expect(brief(d.school)).toEqual({
      n: 15,
      counts: [5, 4, 3, 2, 1],
      success: 80,
      quality: 60,
      change: { success: -7.5, quality: -2.5 },
    });
    expect(d.school.figures.sou).toBeCloseTo(60.2, 9);
    expect(d.compared).toBe(true);
  });

  test('excellent and good pupils per class, matched across subjects', () => {
    // 7А: pupil 1 has 5 and 5; pupil 2 has 4 and 5; pupil 3 has 3; pupil 5 has н/а.
    expect(d.honours).toEqual([
      { className: '3В', pupils: 2, excellent: [], good: [] },
      { className: '7А', pupils: 5, excellent: ['Ученик 1'], good: ['Ученик 2'] },
      { className: '10 б', pupils: 3, excellent: ['Оқушы 1', 'Оқушы 2'], good: ['Оқушы 3'] },
    ]);
  });

  test('a pupil whose mark could not be computed is neither excellent nor good; a pupil twice in a journal counts once', () => {
    const algebra = journalOf({
      className: '8А',
      subject: 'Алгебра',
      period: 2,
      pupils: [
        ['Ким Олег', 90],
        ['Ли Анна', 90],
        ['Ли Анна', 90],
      ],
    });
    const history = journalOf({
      className: '8А',
      subject: 'История',
      period: 2,
      pupils: [
        ['Ким Олег', 90],
        ['Ли Анна', 70],
      ],
    });
    // Ким Олег: a score above the max in History, so his History mark is unknown (a «!» row).
    const sor = history.columns.find((c) => c.role === 'sor')!;
    history.setCell(history.row(1), sor.column, 999);
    const m = monitoringData({
      journals: [classResults(algebra.snapshot()), classResults(history.snapshot())],
      scope: { kind: 'quarter', n: 2 },
    });
    expect(m.honours).toEqual([{ className: '8А', pupils: 2, excellent: [], good: ['Ли Анна'] }]);
    expect(m.rows.map((r) => [r.subject, r.figures.n])).toEqual([
      ['Алгебра', 2],
      ['История', 1],
    ]);
  });

  test('the year before every quarter is marked says why its tables are short', () => {
    const quarter = (period: number) =>
      resultsOf({
        className: '6Б',
        subject: 'Физика',
        period,
        pupils: [
          ['Ким Олег', 90],
          ['Ли Анна', 70],
        ],
      });
    const midYear = monitoringReport({ journals: [quarter(1), quarter(2)], scope: { kind: 'year' } }, 'ru');
    expect(midYear.data.pendingYear).toBe(2);
    expect(midYear.data.school.figures.n).toBe(0);
    expect(String(readBack(midYear.layout)[2][0])).toMatch(
      /^Годовая оценка выводится из оценок всех четвертей .*у 2 учеников/,
    );
    const whole = monitoringReport({ journals: [1, 2, 3, 4].map(quarter), scope: { kind: 'year' } }, 'kk');
    expect(whole.data.pendingYear).toBe(0);
    expect(whole.data.school.figures.n).toBe(2);
    expect(readBack(whole.layout)[2][0]).toBe('');
  });

  test('who needs help and who needs reminding', () => {
    expect(d.help).toEqual([
      { className: '3В', subject: 'математика', pupil: 'Ребёнок 2', mark: 2 },
      { className: '7А', subject: 'Математика', pupil: 'Ученик 4', mark: 2 },
      { className: '7А', subject: 'Математика', pupil: 'Ученик 5', mark: 'na' },
    ]);
    expect(
      d.reminders.map((r) => [r.className, r.subject, r.period, r.missing, r.missingTotal, r.notComputed]),
    ).toEqual([
      ['7А', 'Физика', 2, [{ work: { part: 'sor', n: 2 }, count: 1 }], 1, 0],
      ['10 б', 'Математика', 2, [], 0, 1],
    ]);
  });

  test('journals without a record and second copies are skipped and named; formative ones ignored', () => {
    expect(d.skipped).toEqual(['Копия 7А', 'Старый лист']);
  });

  test('previous journals passed apart give the same change; without them no change', () => {
    const apart = monitoringData({ journals: s.q2, previous: s.q1, scope: { kind: 'quarter', n: 2 } });
    expect(apart.school.change).toEqual(d.school.change);
    const alone = monitoringData({ journals: s.q2, scope: { kind: 'quarter', n: 2 } });
    expect(alone.compared).toBe(false);
    expect(alone.rows.every((r) => r.change === undefined)).toBe(true);
    // Quarter 1 has nothing before it within the year.
    expect(monitoringData({ journals: [...s.q1, ...s.q2], scope: { kind: 'quarter', n: 1 } }).compared).toBe(
      false,
    );
  });
});

test('half-year n counts the half-year journals n and the quarter journals 2n', () => {
  const journals = [
    resultsOf({
      className: '7А',
      subject: 'Музыка',
      period: 1,
      kind: 'half',
      pupils: pupils('Ученик', [5, 4, 'na']),
    }),
    resultsOf({ className: '7А', subject: 'Математика', period: 2, pupils: pupils('Ученик', [5, 3]) }),
    resultsOf({ className: '7А', subject: 'Математика', period: 1, pupils: pupils('Ученик', [2, 2]) }),
    resultsOf({ className: '7А', subject: 'Музыка', period: 2, kind: 'half', pupils: pupils('Ученик', [2]) }),
  ];
  const half = monitoringData({ journals, scope: { kind: 'half', n: 1 } });
  expect(half.rows.map((r) => [r.subject, r.figures.n5, r.figures.n4, r.figures.n3, r.figures.na])).toEqual([
    ['Математика', 1, 0, 1, 0],
    ['Музыка', 1, 1, 0, 1],
  ]);
  const quarter = monitoringData({ journals, scope: { kind: 'quarter', n: 2 } });
  expect(quarter.rows.map((r) => r.subject)).toEqual(['Математика']);
  // A class × subject with both a quarter-2 and a half-year-1 journal counts the half-year one.
  const both = [
    resultsOf({ className: '7А', subject: 'музыка', period: 2, pupils: pupils('Ученик', [2]) }),
    ...journals,
  ];
  const d = monitoringData({ journals: both, scope: { kind: 'half', n: 1 } });
  expect(d.rows.find((r) => r.subject === 'Музыка')!.figures.n).toBe(3);
  expect(d.skipped).toEqual(['7А музыка 2ч']);
});

test('the year: annual marks from the period marks, pupils matched by name', () => {
  const q = (period: number, marks: Pupil[]) =>
    resultsOf({ className: '5А', subject: 'Математика', period, pupils: marks });
  const at = (m: 2 | 3 | 4 | 5) => AT[m];
  const journals = [
    q(1, [
      ['Абенов Нурлан', at(5)],
      ['Ахметова Айгерим', at(3)],
      ['Байжанов Ерлан', at(4)],
      ['Ким Виктория', at(4)],
      ['Омаров Арман', at(4)],
    ]),
    q(2, [
      ['Абенов Нурлан', at(4)],
      ['Ахметова Айгерим', at(3)],
      ['Байжанов Ерлан', at(4)],
      ['Ким Виктория', at(4)],
      ['Омаров Арман', 'exempt'],
    ]),
    q(3, [
      ['Абенов Нурлан', at(4)],
      ['ахметова  айгерим', at(4)],
      ['Байжанов Ерлан', at(4)],
      ['Ким Виктория', at(4)],
      ['Омаров Арман', at(4)],
    ]),
    q(4, [
      ['Абенов Нурлан', at(5)],
      ['Ахметова Айгерим', at(3)],
      ['Байжанов Ерлан', 'na'],
      ['Омаров Арман', at(5)],
    ]),
    resultsOf({
      className: '5А',
      subject: 'Музыка',
      period: 1,
      kind: 'half',
      pupils: [
        ['Абенов Нурлан', at(5)],
        ['Ахметова Айгерим', at(4)],
      ],
    }),
    resultsOf({
      className: '5А',
      subject: 'Музыка',
      period: 2,
      kind: 'half',
      pupils: [
        ['Абенов Нурлан', at(4)],
        ['Ахметова Айгерим', at(4)],
      ],
    }),
  ];
  const d = monitoringData({ journals, scope: { kind: 'year' } });
  // Математика: Абенов (5+4+4+5)/4 = 4.5 → 5; Ахметова (3+3+4+3)/4 = 3.25 → 3 (matched in quarter 3 despite case
  // and spaces); Байжанов н/а in quarter 4 → н/а; Ким missing from quarter 4 → pending, not counted;
  // Омаров exempt in quarter 2 → (4+4+5)/3 = 4.33 → 4.
  const math = d.rows.find((r) => r.subject === 'Математика')!;
  expect(math.pupils).toEqual([
    { name: 'Абенов Нурлан', mark: 5 },
    { name: 'Ахметова Айгерим', mark: 3 },
    { name: 'Байжанов Ерлан', mark: 'na' },
    { name: 'Омаров Арман', mark: 4 },
  ]);
  // Музыка (half-years): Абенов (5+4)/2 = 4.5 → 5; Ахметова 4.
  const music = d.rows.find((r) => r.subject === 'Музыка')!;
  expect(music.pupils.map((p) => p.mark)).toEqual([5, 4]);
  expect(d.honours).toEqual([
    { className: '5А', pupils: 4, excellent: ['Абенов Нурлан'], good: ['Омаров Арман'] },
  ]);
  expect(d.compared).toBe(false);
});

describe('monitoringReport layout', () => {
  const s = school();
  const r = monitoringReport({ journals: [...s.q2, ...s.q1], scope: { kind: 'quarter', n: 2 } }, 'ru');
  const l = r.layout;
  const v = readBack(l);

  test('title and the class × subject table with labelled figures', () => {
    expect(v[0][0]).toBe('Мониторинг успеваемости и качества знаний · 2 четверть');
    const head = rowOf(l, 'По классам и предметам') + 1;
    expect(v[head - 1]).toEqual([
      'Класс',
      'Предмет',
      'N',
      '«5»',
      '«4»',
      '«3»',
      '«2»',
      'н/а',
      '% успеваемости (5, 4, 3)',
      '% качества (5, 4)',
      'СОУ, %',
      'Средний балл',
      'Δ успеваемости, п.п.',
      'Δ качества, п.п.',
    ]);
    expect(v[head + 1]).toEqual([
      '7А',
      'Математика',
      5,
      1,
      1,
      1,
      1,
      1,
      60,
      40,
      r.data.rows[1].figures.sou,
      3.5,
      -20,
      0,
    ]);
    expect(v[head + 2].slice(12)).toEqual(['', '']);
    expect(l.numberFormats).toEqual(
      expect.arrayContaining([
        { a1: `I${head + 1}:K${head + 4}`, format: '0.0' },
        { a1: `L${head + 1}:L${head + 4}`, format: '0.00' },
        { a1: `M${head + 1}:N${head + 4}`, format: '+0.0;-0.0;0.0' },
      ]),
    );
  });

  test('the school row closes the stages table', () => {
    const school = rowOf(l, 'Школа');
    expect(v[school - 1].slice(2, 10)).toEqual([15, 5, 4, 3, 2, 1, 80, 60]);
    expect(v[school - 2][0]).toBe('10–11 классы');
  });

  test('charts point at the class totals and the school marks, headers included', () => {
    const byClass = r.charts.find((c) => c.id === 'byClass')!;
    const cells = byClass.ranges.map((a1) => {
      const x = parseRange(a1);
      return Array.from({ length: x.lastRow - x.row + 1 }, (_, i) => v[x.row - 1 + i][x.column - 1]);
    });
    expect(cells).toEqual([
      ['Класс', '3В', '7А', '10 б'],
      ['% успеваемости (5, 4, 3)', 50, 80, 100],
      ['% качества (5, 4)', 0, 60, 100],
    ]);
    const marks = r.charts.find((c) => c.id === 'marks')!;
    const [labels, counts] = marks.ranges.map(parseRange);
    expect(v.slice(labels.row - 1, labels.lastRow).map((row) => row[0])).toEqual([
      'Оценка',
      '«5»',
      '«4»',
      '«3»',
      '«2»',
      'н/а',
    ]);
    expect(v.slice(counts.row - 1, counts.lastRow).map((row) => row[counts.column - 1])).toEqual([
      'Количество',
      5,
      4,
      3,
      2,
      1,
    ]);
    for (const c of r.charts) expect(c.anchor.column).toBeGreaterThan(l.columns);
  });

  test('help and reminders tables', () => {
    const help = rowOf(l, 'Кому нужна помощь: оценка «2» или н/а') + 1;
    expect(v.slice(help, help + 3).map((row) => [row[0], row[1], row[2], row[8]])).toEqual([
      ['3В', 'математика', 'Ребёнок 2', 2],
      ['7А', 'Математика', 'Ученик 4', 2],
      ['7А', 'Математика', 'Ученик 5', 'н/а'],
    ]);
    const rem = rowOf(l, 'Кому напомнить: нет балла за проведённую работу') + 1;
    expect(
      v.slice(rem, rem + 2).map((row) => [row[0], row[1], row[2], row[5], row[8], row[9], row[10]]),
    ).toEqual([
      ['7А', 'Физика', '2 четверть', 'Учитель', 1, 0, 'СОР 2: 1'],
      ['10 б', 'Математика', '2 четверть', 'Учитель', 0, 1, ''],
    ]);
  });

  test('without a previous period there are no change columns', () => {
    const alone = monitoringReport({ journals: s.q2, scope: { kind: 'half', n: 1 } }, 'kk');
    expect(alone.layout.columns).toBe(12);
    expect(readBack(alone.layout)[0][0]).toBe(
      'Үлгерім мен білім сапасының мониторингі · 1-жартыжылдық: жартыжылдық бағалар және 2-тоқсан бағалары',
    );
    for (const a1 of [
      ...alone.layout.merges,
      ...alone.layout.borders,
      ...alone.layout.numberFormats.map((f) => f.a1),
    ]) {
      expect(parseRange(a1).lastColumn).toBeLessThanOrEqual(12);
    }
  });

  test('names and classes are written as text', () => {
    const j = resultsOf({
      className: '9 В',
      subject: '=1+1',
      period: 2,
      pupils: [
        ['=HYPERLINK("x")', 30],
        ['+7 701', 90],
      ],
    });
    const x = monitoringReport({ journals: [j], scope: { kind: 'quarter', n: 2 } }, 'en').layout;
    const cells = x.values.flat().filter((c): c is string => typeof c === 'string');
    expect(cells).toEqual(expect.arrayContaining(["'9 В", "'=1+1", '\'=HYPERLINK("x")', "'+7 701"]));
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });
});

test('an empty school: tables say none, no charts', () => {
  const r = monitoringReport({ journals: [], scope: { kind: 'year' } }, 'en');
  expect(r.charts).toEqual([]);
  expect(r.data.school.figures.n).toBe(0);
  expect(readBack(r.layout).filter((row) => row[0] === 'None').length).toBe(6);
});
