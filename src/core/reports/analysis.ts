/**
 * analysisReport(results, header, lang, keptText?) → AnalysisLayout: the official «Анализ
 * результатов СОР/СОЧ» form (rules §6; Order No. 130, Appendix 8) for one class journal, as a
 * sheet layout of 8 columns that prints on A4 portrait:
 *
 *   title · header block (school, period, subject, class, teacher, number of pupils with the
 *   exempt ones left out, purpose, date) · one row per work held (workStats) · a note saying what the levels and rates are over ·
 *   the pupils' names per level per work · five free-text blocks for the teacher.
 *
 * The teacher's text (`keptText`, see keptText.ts) is put back into its blocks; `header.purpose`,
 * when given, replaces the kept purpose. `header.date` is ISO (YYYY-MM-DD) and shown as DD.MM.YYYY.
 * `lang` is the report's language (headings); work labels follow it (СОР 1 / БЖБ 1 / SAU 1).
 */
import { MESSAGES, type Lang } from '../i18n';
import { formatNumber } from '../numbers';
import type { Ruleset } from '../ruleset';
import type { Level } from '../scale';
import { LEVELS, pupilCount, workStats } from './analysisData';
import type { ClassResults } from './classResults';
import { REPORT_COLOURS, ReportGrid } from './grid';
import { BLOCK_IDS, BLOCK_ROWS, type BlockPosition, type KeptText } from './keptText';
import { REPORT_TEXTS } from './texts';
import type { ReportLayout } from './types';

export interface AnalysisHeader {
  school: string;
  /** The period as the teacher names it, e.g. «2 четверть». */
  period: string;
  subject: string;
  className: string;
  teacher: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  purpose?: string;
}

export interface AnalysisLayout extends ReportLayout {
  /** The teacher's areas: pass to keptTextOf on the next rebuild. */
  blocks: BlockPosition[];
}

const COLUMNS = 8;
const WIDTHS = [160, 64, 64, 76, 76, 76, 84, 100];

export function analysisReport(
  results: ClassResults,
  header: AnalysisHeader,
  lang: Lang,
  keptText: KeptText = {},
): AnalysisLayout {
  const t = REPORT_TEXTS.of(lang).analysis;
  const m = MESSAGES.of(lang);
  const { rules } = results;
  const stats = workStats(results);
  const g = new ReportGrid(COLUMNS).widths(WIDTHS);
  const wide = (row: number, from = 1) => g.merge(row, from, row, COLUMNS);
  const blocks: BlockPosition[] = [];

  g.set(1, 1, t.title).bold(1, 1).background(REPORT_COLOURS.title, 1, 1, 1, COLUMNS);
  wide(1);

  const purpose = header.purpose?.trim() || keptText.purpose || '';
  const lines: [string, string | number][] = [
    [t.school, header.school],
    [t.period, header.period],
    [t.subject, header.subject],
    [t.className, header.className],
    [t.teacher, header.teacher],
    [t.pupils, pupilCount(results)],
    [t.blocks.purpose, purpose],
    [t.date, showDate(header.date)],
  ];
  const top = 3;
  lines.forEach(([label, value], i) => {
    const row = top + i;
    g.set(row, 1, label).bold(row, 1);
    if (typeof value === 'number') g.set(row, 2, value);
    else g.text(row, 2, value.trim());
    g.merge(row, 2, row, COLUMNS).wrap(row, 2);
    if (label === t.blocks.purpose)
      blocks.push({ id: 'purpose', row, column: 2, lastRow: row, lastColumn: COLUMNS });
  });
  g.border(top, 1, top + lines.length - 1, COLUMNS);

  // The table per work.
  const ranges = levelRanges(rules);
  const head = top + lines.length + 1;
  g.row(head, [
    t.work,
    t.wrote,
    t.max,
    ...LEVELS.map((l) => `${t.level[l]} (${ranges[l]} %)`),
    t.quality(formatNumber(rules.thresholds.t4)),
    t.success(formatNumber(rules.thresholds.t3)),
  ]);
  g.bold(head, 1, head, COLUMNS)
    .background(REPORT_COLOURS.head, head, 1, head, COLUMNS)
    .wrap(head, 1, head, COLUMNS);
  const workLabel = (i: number) => m.column({ part: stats[i].work.part, n: stats[i].work.n });
  stats.forEach((s, i) =>
    g.row(head + 1 + i, [
      workLabel(i),
      s.wrote,
      s.work.max,
      s.levels.low,
      s.levels.medium,
      s.levels.high,
      s.quality,
      s.success,
    ]),
  );
  if (stats.length === 0) g.set(head + 1, 1, REPORT_TEXTS.of(lang).monitoring.none);
  const last = head + Math.max(stats.length, 1);
  g.format('0.0', head + 1, 7, last, 8).border(head, 1, last, COLUMNS);
  g.set(last + 1, 1, t.note).wrap(last + 1, 1);
  wide(last + 1);

  // Names of the pupils at each level, per work.
  const namesTitle = last + 3;
  g.set(namesTitle, 1, t.names).bold(namesTitle, 1);
  wide(namesTitle);
  const namesHead = namesTitle + 1;
  const spans: Record<Level, [number, number]> = { low: [2, 3], medium: [4, 5], high: [6, 8] };
  g.set(namesHead, 1, t.work);
  for (const l of LEVELS)
    g.set(namesHead, spans[l][0], `${t.level[l]} (${ranges[l]} %)`).merge(
      namesHead,
      spans[l][0],
      namesHead,
      spans[l][1],
    );
  g.bold(namesHead, 1, namesHead, COLUMNS).background(REPORT_COLOURS.head, namesHead, 1, namesHead, COLUMNS);
  stats.forEach((s, i) => {
    const row = namesHead + 1 + i;
    g.set(row, 1, workLabel(i));
    for (const l of LEVELS)
      g.text(row, spans[l][0], s.names[l].join(', ')).merge(row, spans[l][0], row, spans[l][1]);
    g.wrap(row, 1, row, COLUMNS);
  });
  const namesLast = namesHead + Math.max(stats.length, 1);
  if (stats.length === 0) g.set(namesLast, 1, REPORT_TEXTS.of(lang).monitoring.none);
  g.border(namesHead, 1, namesLast, COLUMNS);

  // The teacher's free-text blocks.
  let row = namesLast + 2;
  for (const id of BLOCK_IDS) {
    if (id === 'purpose') continue;
    g.set(row, 1, t.blocks[id]).bold(row, 1).background(REPORT_COLOURS.head, row, 1, row, COLUMNS);
    wide(row);
    const area: BlockPosition = {
      id,
      row: row + 1,
      column: 1,
      lastRow: row + BLOCK_ROWS,
      lastColumn: COLUMNS,
    };
    g.text(area.row, 1, keptText[id] ?? '')
      .merge(area.row, 1, area.lastRow, COLUMNS)
      .wrap(area.row, 1)
      .border(row, 1, area.lastRow, COLUMNS);
    blocks.push(area);
    row = area.lastRow + 1;
  }

  return { ...g.layout(), blocks };
}

/** The percent range of each level as the form prints it: «0–39», «40–84», «85–100» under KZ-2020. */
export function levelRanges(rules: Ruleset): Record<Level, string> {
  const { t3, t5 } = rules.thresholds;
  const whole = rules.rounding !== 'none' && Number.isInteger(t3) && Number.isInteger(t5);
  const f = formatNumber;
  return whole
    ? { low: `0–${f(t3 - 1)}`, medium: `${f(t3)}–${f(t5 - 1)}`, high: `${f(t5)}–100` }
    : { low: `< ${f(t3)}`, medium: `${f(t3)}–< ${f(t5)}`, high: `≥ ${f(t5)}` };
}

function showDate(iso: string): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  return d ? `${d[3]}.${d[2]}.${d[1]}` : iso.trim();
}
