import fc from 'fast-check';
import { classKey } from '../../src/core/journal/classNames';
import { journalLayout } from '../../src/core/journal/layout';
import { nameKey } from '../../src/core/journal/names';
import type { JournalStructure } from '../../src/core/journal/types';
import { LANGS } from '../../src/core/i18n';
import { addCounts, indicators, NO_MARKS, type Indicators, type MarkCounts } from '../../src/core/indicators';
import { parseCell } from '../../src/core/cells';
import { analysisReport } from '../../src/core/reports/analysis';
import { pupilCount, workStats } from '../../src/core/reports/analysisData';
import { classResults } from '../../src/core/reports/classResults';
import { BLOCK_IDS, findBlocks, keptTextOf, type KeptText } from '../../src/core/reports/keptText';
import { monitoringReport } from '../../src/core/reports/monitoring';
import type { MonitoringData } from '../../src/core/reports/monitoringData';
import { REPORT_TEXTS } from '../../src/core/reports/texts';
import type { ReportLayout } from '../../src/core/reports/types';
import { anyRules } from '../core/arbitraries';
import { FilledJournal, form, parseRange, pupilNames } from '../journal/fixtures';
import { readBack, resultsOf, type JournalSpec, type Pupil } from './fixtures';

const RUNS = { numRuns: 300 };

// ——— Random journals, cell by cell ———

/** A score cell: mostly a fraction of the column's max (halves), sometimes a code, a blank or a wrong value. */
const scoreCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 20 }).map((k) => ({ of: k / 20 })) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom('н', 'осв', 'abc', -1, 999, 'н/а', '7,5') },
);
const foCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom('', 'н', 'осв', 0) },
);
const journalArb = fc.record({
  sorMaxes: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 3 }),
  sochMax: fc.option(fc.integer({ min: 5, max: 30 }), { nil: null }),
  rows: fc.array(
    fc.record({
      named: fc.boolean(),
      fo: fc.array(foCell, { maxLength: 3 }),
      scores: fc.array(scoreCell, { minLength: 4, maxLength: 4 }),
    }),
    { maxLength: 12 },
  ),
});
type JournalArb = typeof journalArb extends fc.Arbitrary<infer T> ? T : never;

function build(g: JournalArb): FilledJournal {
  const structure: JournalStructure = {
    periodKind: 'quarter',
    foCount: 3,
    sorMaxes: g.sorMaxes,
    sochMax: g.sochMax,
    marks: true,
    headerLang: 'ru',
  };
  const names = pupilNames(g.rows.length).map((n, i) => (g.rows[i].named ? n : ''));
  const j = new FilledJournal(journalLayout(form(structure, names.length > 0 ? names : [])));
  const works = j.columns.filter((c) => c.role === 'sor' || c.role === 'soch');
  const maxes = [...g.sorMaxes, ...(g.sochMax === null ? [] : [g.sochMax])];
  g.rows.forEach((row, i) => {
    if (!row.named) j.set(i + 1, 'pupil', 1, '');
    row.fo.forEach((c, k) => j.set(i + 1, 'fo', k + 1, c));
    works.forEach((w, k) => {
      const c = row.scores[k];
      j.setCell(j.row(i + 1), w.column, typeof c === 'object' ? Math.round(c.of * maxes[k] * 2) / 2 : c);
    });
  });
  return j;
}

describe('СОР/СОЧ analysis', () => {
  test('levels partition the writers; quality ≤ pass rate; rates within 0–100', () => {
    fc.assert(
      fc.property(journalArb, anyRules, (g, rules) => {
        const j = build(g);
        const snapshot = j.snapshot(rules);
        const r = classResults(snapshot);
        for (const s of workStats(r)) {
          const { low, medium, high } = s.levels;
          expect(low + medium + high).toBe(s.wrote);
          expect([s.names.low.length, s.names.medium.length, s.names.high.length]).toEqual([
            low,
            medium,
            high,
          ]);
          // Writers recounted from the raw cells: a number within 0…max in a row with no exemption code.
          const column = s.work.column;
          const writers = snapshot.values.slice(snapshot.rows.firstPupilRow - 1).filter((row) => {
            const cells = [...j.columns.filter((c) => ['fo', 'sor', 'soch'].includes(c.role))].map((c) =>
              parseCell(row[c.column - 1]),
            );
            const c = parseCell(row[column - 1]);
            return (
              !cells.some((x) => x.kind === 'exempt') &&
              c.kind === 'number' &&
              c.value >= 0 &&
              c.value <= s.work.max
            );
          }).length;
          expect(s.wrote).toBe(writers);
          expect(s.wrote).toBeGreaterThan(0);
          expect(s.wrote).toBeLessThanOrEqual(pupilCount(r));
          expect(s.good).toBeLessThanOrEqual(s.passed);
          expect(s.quality).toBeLessThanOrEqual(s.success);
          // Passing is exactly not being low (t3 is both the pass line and the low/medium border).
          expect(s.success).toBeCloseTo(((medium + high) / s.wrote) * 100, 9);
          for (const x of [s.quality, s.success]) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(100);
          }
        }
      }),
      RUNS,
    );
  });
});

// ——— Random schools, pupil by pupil ———

const CLASSES = ['2А', '4 Б', '5-А', '7В', '7 в', '9Г', '10А', '11 Б', 'Лицей'];
const SUBJECTS = ['Математика', 'математика', 'Физика', 'Қазақ тілі', 'История'];
const pupilArb = fc.constantFrom<Pupil[1][]>(90, 70, 50, 30, 'na', 'exempt', 'empty');
const specArb: fc.Arbitrary<JournalSpec> = fc
  .record({
    className: fc.constantFrom(...CLASSES),
    subject: fc.constantFrom(...SUBJECTS),
    half: fc.boolean(),
    period: fc.integer({ min: 1, max: 4 }),
    pupils: fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), pupilArb), { maxLength: 7 }),
  })
  .map((s) => ({
    className: s.className,
    subject: s.subject,
    kind: s.half ? ('half' as const) : ('quarter' as const),
    period: s.half ? ((s.period - 1) % 2) + 1 : s.period,
    // Names from a small pool, so pupils meet again across subjects and periods.
    pupils: s.pupils.map(([k, at]) => [pupilNames(8)[k], at] as Pupil),
  }));
const scopeArb = fc.oneof(
  fc.integer({ min: 1, max: 4 }).map((n) => ({ kind: 'quarter' as const, n })),
  fc.integer({ min: 1, max: 2 }).map((n) => ({ kind: 'half' as const, n })),
  fc.constant({ kind: 'year' as const }),
);

/** Journals are pure data once read: build each distinct one once (building dominates the run time). */
const built = new Map<string, ReturnType<typeof resultsOf>>();
const results = (spec: JournalSpec) => {
  const key = JSON.stringify(spec);
  if (!built.has(key)) built.set(key, resultsOf(spec));
  return built.get(key)!;
};

const countsOf = (i: Indicators): MarkCounts => ({ n5: i.n5, n4: i.n4, n3: i.n3, n2: i.n2, na: i.na });
const sum = (xs: Indicators[]) => xs.map(countsOf).reduce(addCounts, NO_MARKS);

function checkFigures(i: Indicators): void {
  expect(i.n).toBe(i.n5 + i.n4 + i.n3 + i.n2 + i.na);
  if (i.n === 0) {
    expect(i.success).toBeUndefined();
    return;
  }
  for (const x of [i.success!, i.quality!, i.sou!]) {
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(100);
  }
  expect(i.quality!).toBeLessThanOrEqual(i.success!);
  if (i.mean !== undefined) {
    expect(i.mean).toBeGreaterThanOrEqual(2);
    expect(i.mean).toBeLessThanOrEqual(5);
  }
}

function checkTotals(d: MonitoringData): void {
  const all = [...d.rows, ...d.classes, ...d.subjects, ...d.stages, d.school];
  all.forEach((f) => checkFigures(f.figures));
  const school = countsOf(d.school.figures);
  expect(sum(d.rows.map((r) => r.figures))).toEqual(school);
  expect(sum(d.classes.map((r) => r.figures))).toEqual(school);
  expect(sum(d.subjects.map((r) => r.figures))).toEqual(school);
  expect(sum(d.stages.map((r) => r.figures))).toEqual(school);
  expect(d.school.figures).toEqual(indicators(school));
  for (const c of d.classes) {
    expect(c.figures).toEqual(indicators(countsOf(c.figures)));
    expect(countsOf(c.figures)).toEqual(
      sum(d.rows.filter((r) => classKey(r.className) === classKey(c.className)).map((r) => r.figures)),
    );
  }
  for (const s of d.subjects) {
    expect(countsOf(s.figures)).toEqual(
      sum(d.rows.filter((r) => nameKey(r.subject) === nameKey(s.subject)).map((r) => r.figures)),
    );
  }
  for (const r of d.rows) expect(r.figures.n).toBe(r.pupils.length);
  for (const h of d.honours) {
    expect(h.excellent.filter((n) => h.good.includes(n))).toEqual([]);
    expect(h.excellent.length + h.good.length).toBeLessThanOrEqual(h.pupils);
  }
  expect(d.help.length).toBe(d.school.figures.n2 + d.school.figures.na);
  if (!d.compared) expect(all.every((f) => f.change === undefined)).toBe(true);
}

describe('monitoring', () => {
  test('counts add up to N; totals are the sums of their parts; rates within 0–100, quality ≤ pass rate', () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 8 }), scopeArb, (specs, scope) => {
        const d = monitoringReport({ journals: specs.map(results), scope }, 'ru').data;
        checkTotals(d);
      }),
      RUNS,
    );
  });

  test('every cell of the layout is inside it, and user text is never a formula', () => {
    const names = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('=HYPERLINK("x")', '+7 701', '-', '@a', "'q", '12.05'),
    );
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 4 }),
        names,
        names,
        fc.constantFrom(...LANGS),
        (specs, odd, subject, lang) => {
          const journals = specs.map((s, i) =>
            resultsOf({
              ...s,
              subject: i === 0 && subject.trim() ? subject : s.subject,
              pupils: [...s.pupils, [odd, 30]],
            }),
          );
          const r = monitoringReport({ journals, scope: { kind: 'year' } }, lang);
          checkLayout(r.layout);
          for (const c of r.charts)
            for (const a1 of c.ranges) expect(parseRange(a1).lastRow).toBeLessThanOrEqual(r.layout.rows);
        },
      ),
      RUNS,
    );
  });
});

function checkLayout(l: ReportLayout): void {
  expect(l.values.length).toBe(l.rows);
  expect(l.values.filter((row) => row.length !== l.columns)).toEqual([]);
  const ranges = [
    ...l.merges,
    ...l.bold,
    ...l.wrap,
    ...l.borders,
    ...l.backgrounds.map((b) => b.a1),
    ...l.numberFormats.map((f) => f.a1),
  ];
  const outside = ranges.filter((a1) => {
    const r = parseRange(a1);
    return r.lastRow > l.rows || r.lastColumn > l.columns;
  });
  expect(outside).toEqual([]);
  const strings = l.values.flat().filter((c): c is string => typeof c === 'string');
  expect(strings.filter((c) => /^\s*[=+\-@]/.test(c))).toEqual([]);
}

// ——— The teacher's text ———

const HEADINGS = new Set(
  LANGS.flatMap((lang) => BLOCK_IDS.map((id) => REPORT_TEXTS[lang].analysis.blocks[id].toLowerCase())),
);
const textArb = fc
  .oneof(
    fc.string({ maxLength: 40 }),
    fc
      .array(
        fc.constantFrom(
          '6.5.2.1',
          '=A1',
          '- дроби',
          '+',
          "'",
          ' ',
          '\n',
          'Сложение',
          'Қиындық',
          '50%',
          'TRUE',
        ),
        { maxLength: 6 },
      )
      .map((xs) => xs.join('')),
  )
  .filter((s) => !HEADINGS.has(s.trim().toLowerCase()));
const keptArb: fc.Arbitrary<KeptText> = fc.record(
  Object.fromEntries(BLOCK_IDS.map((id) => [id, textArb])) as Record<
    (typeof BLOCK_IDS)[number],
    fc.Arbitrary<string>
  >,
  { requiredKeys: [] },
);
const expected = (kept: KeptText): KeptText =>
  Object.fromEntries(
    Object.entries(kept).flatMap(([id, text]) => (text!.trim() === '' ? [] : [[id, text!.trim()]])),
  );

describe('analysis keeps the teacher’s text', () => {
  test('regenerated in any language, with any works, the text comes back unchanged', () => {
    const header = {
      school: 'Школа',
      period: '2 четверть',
      subject: 'Математика',
      className: '7А',
      teacher: 'Т',
      date: '2025-12-20',
    };
    fc.assert(
      fc.property(
        journalArb,
        keptArb,
        fc.constantFrom(...LANGS),
        fc.constantFrom(...LANGS),
        (g, kept, lang1, lang2) => {
          const r = classResults(build(g).snapshot());
          const first = analysisReport(r, header, lang1, kept);
          checkLayout(first);
          const back = readBack(first);
          expect(keptTextOf(back, first.blocks)).toEqual(expected(kept));
          const again = analysisReport(r, header, lang2, keptTextOf(back, findBlocks(back, first.columns)));
          expect(keptTextOf(readBack(again), again.blocks)).toEqual(expected(kept));
        },
      ),
      RUNS,
    );
  });
});
