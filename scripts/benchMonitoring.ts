/**
 * The monitoring benchmark for `npm run bench` (bundled by esbuild at bench time): a generated
 * school of 2,000 pupils (70 classes of grades 1–11, 15 subjects, 4 quarter journals each = 4,200
 * journals), timed through the core (classResults + monitoringReport). What the add-on's calls
 * cost on Google is in the cost lines (scripts/benchCost.ts).
 */
import { journalLayout } from '../src/core/journal/layout';
import type { JournalSnapshot } from '../src/core/journal/snapshot';
import type { JournalStructure } from '../src/core/journal/types';
import { PRESETS } from '../src/core/ruleset';
import { classResults, monitoringReport, type Scope } from '../src/core/reports';

const QUARTER: JournalStructure = {
  periodKind: 'quarter',
  foCount: 8,
  sorMaxes: [20, 20, 15],
  sochMax: 25,
  marks: true,
  headerLang: 'ru',
};
const SUBJECTS = [
  'Математика',
  'Русский язык',
  'Қазақ тілі',
  'Английский язык',
  'Физика',
  'Химия',
  'Биология',
  'География',
  'История Казахстана',
  'Всемирная история',
  'Информатика',
  'Литература',
  'Художественный труд',
  'Физкультура',
  'Музыка',
];

function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 70 classes, 2,000 pupils: grades 1–11, 6 or 7 parallel classes of 28–29 pupils. */
function classes(): { className: string; pupils: string[] }[] {
  const out: { className: string; pupils: string[] }[] = [];
  let pupil = 0;
  for (let i = 0; i < 70; i++) {
    const size = i < 40 ? 29 : 28; // 40 × 29 + 30 × 28 = 2,000
    const className = `${(i % 11) + 1}${'АБВГДЕЖ'[Math.floor(i / 11)]}`;
    out.push({
      className,
      pupils: Array.from({ length: size }, () => `Ученик ${String(++pupil).padStart(4, '0')}`),
    });
  }
  return out;
}

/** One filled journal as the server would read it. */
function snapshot(
  className: string,
  subject: string,
  period: number,
  pupils: string[],
  rnd: () => number,
): JournalSnapshot {
  const layout = journalLayout({
    className,
    subject,
    teacher: 'Учитель',
    period,
    pupils,
    structure: QUARTER,
  });
  const values: unknown[][] = layout.values.map((row) =>
    row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
  );
  const first = layout.positions.firstPupilRow;
  const col = (role: string, index = 1) =>
    layout.columnRoles.find((c) => c.role === role && c.index === index)?.column ?? 0;
  pupils.forEach((_, i) => {
    const ability = 0.25 + 0.75 * rnd();
    const row = values[first - 1 + i];
    for (let f = 1; f <= QUARTER.foCount; f++)
      if (rnd() > 0.2)
        row[col('fo', f) - 1] = Math.max(1, Math.min(10, Math.round(10 * ability + rnd() * 2 - 1)));
    QUARTER.sorMaxes.forEach(
      (max, s) => (row[col('sor', s + 1) - 1] = rnd() < 0.04 ? 'н' : Math.round(max * ability)),
    );
    row[col('soch') - 1] = Math.round(25 * ability);
  });
  const p = layout.positions;
  return {
    sheetName: layout.sheetName,
    meta: layout.meta,
    rows: { headerRow: p.headerRow, maxRow: p.maxRow, firstPupilRow: p.firstPupilRow },
    columns: layout.columnRoles.map((c) => ({ role: c.role, index: c.index, column: c.column })),
    values,
    anchorFormula: layout.formula?.text ?? '',
    rules: PRESETS['KZ-2020'],
  };
}

const time = <T>(fn: () => T): [T, number] => {
  const start = process.hrtime.bigint();
  const value = fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
};

export function monitoringBench(): [string, string][] {
  const rnd = random(2026);
  const school = classes();
  const snapshots = school.flatMap((c) =>
    [1, 2, 3, 4].flatMap((q) => SUBJECTS.map((s) => snapshot(c.className, s, q, c.pupils, rnd))),
  );
  const q4: Scope = { kind: 'quarter', n: 4 };
  const read = snapshots.filter((s) => s.meta && s.meta.period >= 3); // what the sidebar reads for quarter 4 (and 3, to compare)
  const [results, readMs] = time(() => read.map(classResults));
  const [report, reportMs] = time(() => monitoringReport({ journals: results, scope: q4 }, 'ru'));
  const [, yearMs] = time(() =>
    monitoringReport({ journals: snapshots.map(classResults), scope: { kind: 'year' } }, 'ru'),
  );
  if (report.data.school.figures.n !== 2000 * SUBJECTS.length)
    throw new Error(`counted ${report.data.school.figures.n} marks`);

  return [
    [
      'school',
      `${school.length} classes, 2000 pupils, ${SUBJECTS.length} subjects, 4 quarters = ${snapshots.length} journals`,
    ],
    [
      `quarter 4 (+ quarter 3 to compare): classResults of ${read.length} journals`,
      `${readMs.toFixed(0)} ms`,
    ],
    ['quarter 4: monitoringReport', `${reportMs.toFixed(0)} ms`],
    [`year: classResults + monitoringReport of ${snapshots.length} journals`, `${yearMs.toFixed(0)} ms`],
    ['report size', `${report.layout.rows} rows × ${report.layout.columns} columns`],
  ];
}
