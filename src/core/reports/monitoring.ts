/**
 * monitoringReport(input, lang) → { layout, charts, data }: the school's monitoring sheet for one
 * scope (see scope.ts for which marks count and monitoringData.ts for the figures), stacked tables
 * on one grid: by class × subject · totals by class (the chart source) · by subject · by level of
 * schooling and the school · the school's marks (the pie chart source) · excellent and good pupils
 * · who needs help · who needs reminding. The Δ columns appear only when a previous period was
 * compared. Every rate is an unrounded 0–100 number shown with one decimal.
 */
import { MESSAGES, type Lang } from '../i18n';
import { rangeA1 } from '../journal/a1';
import { TEXTS } from '../texts';
import { EXAM_TEXTS } from '../journal/examTexts';
import { REPORT_COLOURS, ReportGrid } from './grid';
import { monitoringData, type Figures, type MonitoringData, type MonitoringInput } from './monitoringData';
import type { Scope } from './scope';
import { REPORT_TEXTS } from './texts';
import type { ChartSpec, ReportLayout } from './types';

export interface MonitoringReport {
  layout: ReportLayout;
  charts: ChartSpec[];
  data: MonitoringData;
}

const WIDTHS = [70, 170, 44, 40, 40, 40, 40, 44, 84, 84, 64, 64, 80, 80];
/** Columns of the figures: N, «5» … н/а, pass rate, quality, СОУ, mean, Δ pass rate, Δ quality. */
const C = { n: 3, n5: 4, na: 8, success: 9, quality: 10, sou: 11, mean: 12, change: 13 } as const;

export function monitoringReport(input: MonitoringInput, lang: Lang): MonitoringReport {
  const data = monitoringData(input);
  return { data, ...monitoringLayout(data, lang) };
}

export function scopeText(scope: Scope, lang: Lang): string {
  const t = REPORT_TEXTS.of(lang).monitoring;
  const period = TEXTS.of(lang).journal.period;
  if (scope.kind === 'year') return t.year;
  if (scope.kind === 'quarter') return period('quarter', scope.n);
  return t.half(period('half', scope.n), period('quarter', 2 * scope.n));
}

export function monitoringLayout(
  data: MonitoringData,
  lang: Lang,
): { layout: ReportLayout; charts: ChartSpec[] } {
  const t = REPORT_TEXTS.of(lang).monitoring;
  const m = MESSAGES.of(lang);
  const last = data.compared ? C.change + 1 : C.mean;
  const g = new ReportGrid(last).widths(WIDTHS.slice(0, last));
  const charts: ChartSpec[] = [];
  const figureHeads = [t.n, '«5»', '«4»', '«3»', '«2»', m.na, t.success, t.quality, t.sou, t.mean];
  if (data.compared) figureHeads.push(t.changeSuccess, t.changeQuality);

  g.set(1, 1, t.title(scopeText(data.scope, lang)))
    .bold(1, 1)
    .background(REPORT_COLOURS.title, 1, 1, 1, last);
  g.merge(1, 1, 1, last);
  g.set(2, 1, t.note).wrap(2, 1).merge(2, 1, 2, last);
  if (data.pendingYear > 0) g.set(3, 1, t.pendingYear(data.pendingYear)).wrap(3, 1).merge(3, 1, 3, last);

  let row = 4;
  /** A section: title row, header row, then `count` body rows (one «none» row when empty). */
  const section = (
    title: string,
    heads: (string | undefined)[],
    count: number,
    body: (row: number, i: number) => void,
  ) => {
    g.set(row, 1, title).bold(row, 1).merge(row, 1, row, last);
    const head = row + 1;
    g.row(head, heads)
      .bold(head, 1, head, last)
      .background(REPORT_COLOURS.head, head, 1, head, last)
      .wrap(head, 1, head, last);
    for (let i = 0; i < count; i++) body(head + 1 + i, i);
    if (count === 0) g.set(head + 1, 1, t.none);
    const end = head + Math.max(count, 1);
    g.border(head, 1, end, last);
    row = end + 2;
    return { head, first: head + 1, end };
  };
  const figures = (r: number, f: Figures) => {
    const x = f.figures;
    g.row(r, [x.n, x.n5, x.n4, x.n3, x.n2, x.na, x.success, x.quality, x.sou, x.mean], C.n);
    if (data.compared) g.row(r, [f.change?.success, f.change?.quality], C.change);
  };
  const formats = (first: number, end: number) => {
    g.format('0', first, C.n, end, C.na)
      .format('0.0', first, C.success, end, C.sou)
      .format('0.00', first, C.mean, end, C.mean);
    if (data.compared) g.format('+0.0;-0.0;0.0', first, C.change, end, C.change + 1);
  };
  const labelled = (r: number, label: string, user: boolean) => {
    if (user) g.text(r, 1, label);
    else g.set(r, 1, label);
    g.merge(r, 1, r, 2);
  };

  const rows = section(
    t.sections.rows,
    [t.className, t.subject, ...figureHeads],
    data.rows.length,
    (r, i) => {
      g.text(r, 1, data.rows[i].className).text(r, 2, data.rows[i].subject);
      figures(r, data.rows[i]);
    },
  );
  formats(rows.first, rows.end);

  const classes = section(
    t.sections.classes,
    [t.className, '', ...figureHeads],
    data.classes.length,
    (r, i) => {
      g.text(r, 1, data.classes[i].className);
      figures(r, data.classes[i]);
    },
  );
  formats(classes.first, classes.end);
  if (data.classes.length > 0) {
    const col = (c: number) => rangeA1(classes.head, c, classes.end, c);
    charts.push({
      id: 'byClass',
      type: 'column',
      title: t.chartByClass,
      ranges: [col(1), col(C.success), col(C.quality)],
      anchor: { row: classes.head, column: last + 2 },
    });
  }

  const subjects = section(
    t.sections.subjects,
    [t.subject, undefined, ...figureHeads],
    data.subjects.length,
    (r, i) => {
      labelled(r, data.subjects[i].subject, true);
      figures(r, data.subjects[i]);
    },
  );
  g.merge(subjects.head, 1, subjects.head, 2);
  formats(subjects.first, subjects.end);

  const stageRows = [
    ...data.stages.map((s) => ({ label: t.stage[s.stage], f: s as Figures })),
    { label: t.school, f: data.school },
  ];
  const stages = section(t.sections.stages, ['', undefined, ...figureHeads], stageRows.length, (r, i) => {
    labelled(r, stageRows[i].label, false);
    figures(r, stageRows[i].f);
  });
  g.merge(stages.head, 1, stages.head, 2);
  formats(stages.first, stages.end);
  g.bold(stages.end, 1, stages.end, last).background(REPORT_COLOURS.total, stages.end, 1, stages.end, last);

  const s = data.school.figures;
  const dist: [string, number][] = [
    ['«5»', s.n5],
    ['«4»', s.n4],
    ['«3»', s.n3],
    ['«2»', s.n2],
    [m.na, s.na],
  ];
  const marks = section(t.sections.marks, [t.mark, undefined, t.count], dist.length, (r, i) => {
    labelled(r, dist[i][0], false);
    g.set(r, 3, dist[i][1]);
  });
  g.merge(marks.head, 1, marks.head, 2);
  if (s.n > 0) {
    charts.push({
      id: 'marks',
      type: 'pie',
      title: t.chartMarks,
      ranges: [rangeA1(marks.head, 1, marks.end, 1), rangeA1(marks.head, 3, marks.end, 3)],
      anchor: { row: marks.head, column: last + 2 },
    });
  }

  const goodFrom = C.success;
  const honours = section(
    t.sections.honours,
    [t.className, t.pupils, t.excellent, t.excellentNames, '', '', '', '', t.good, t.goodNames],
    data.honours.length,
    (r, i) => {
      const h = data.honours[i];
      g.text(r, 1, h.className).row(r, [h.pupils, h.excellent.length], 2);
      g.text(r, 4, h.excellent.join(', ')).merge(r, 4, r, goodFrom - 1);
      g.set(r, goodFrom, h.good.length);
      g.text(r, goodFrom + 1, h.good.join(', ')).merge(r, goodFrom + 1, r, last);
      g.wrap(r, 1, r, last);
    },
  );
  g.merge(honours.head, 4, honours.head, goodFrom - 1).merge(honours.head, goodFrom + 1, honours.head, last);

  const help = section(
    t.sections.help,
    [t.className, t.subject, t.pupil, '', '', '', '', '', t.mark],
    data.help.length,
    (r, i) => {
      const h = data.help[i];
      g.text(r, 1, h.className).text(r, 2, h.subject).text(r, 3, h.pupil).merge(r, 3, r, C.na);
      g.set(r, C.success, h.mark === 'na' ? m.na : h.mark);
    },
  );
  g.merge(help.head, 3, help.head, C.na);

  const period = TEXTS.of(lang).journal.period;
  const reminders = section(
    t.sections.reminders,
    [t.className, t.subject, t.period, '', '', t.teacher, '', '', t.missing, t.notComputed, t.where],
    data.reminders.length,
    (r, i) => {
      const x = data.reminders[i];
      g.text(r, 1, x.className).text(r, 2, x.subject);
      if (x.periodKind && x.period !== undefined) g.set(r, 3, period(x.periodKind, x.period));
      g.merge(r, 3, r, 5).text(r, 6, x.teacher).merge(r, 6, r, 8);
      g.row(r, [x.missingTotal, x.notComputed], C.success);
      g.set(
        r,
        C.sou,
        x.missing.map((w) => `${m.column({ part: w.work.part, n: w.work.n })}: ${w.count}`).join('; '),
      );
      g.merge(r, C.sou, r, last).wrap(r, 1, r, last);
    },
  );
  g.merge(reminders.head, 3, reminders.head, 5).merge(reminders.head, 6, reminders.head, 8);
  g.merge(reminders.head, C.sou, reminders.head, last);

  if (data.exams.length > 0) {
    const x = EXAM_TEXTS.of(lang).monitoring;
    const exams = section(
      x.section,
      [
        t.className,
        t.subject,
        x.sat,
        '«5»',
        '«4»',
        '«3»',
        `«2» (${x.resits})`,
        m.na,
        t.success,
        t.quality,
        x.meanScore,
        x.finalMean,
      ],
      data.exams.length,
      (r, i) => {
        const e = data.exams[i];
        g.text(r, 1, e.className).text(r, 2, e.subject);
        g.row(
          r,
          [
            e.sat,
            e.counts[5],
            e.counts[4],
            e.counts[3],
            e.counts[2],
            e.na,
            e.success,
            e.quality,
            e.meanScore,
            e.finalMean,
          ],
          C.n,
        );
      },
    );
    g.format('0', exams.first, C.n, exams.end, C.na)
      .format('0.0', exams.first, C.success, exams.end, C.sou)
      .format('0.00', exams.first, C.mean, exams.end, C.mean);
  }

  if (data.skipped.length > 0) {
    g.text(row, 1, t.skipped(data.skipped.join(', ')))
      .wrap(row, 1)
      .merge(row, 1, row, last);
  }
  return { layout: g.layout(0), charts };
}
