import type { Lang } from '../i18n';
import { rangeA1 } from '../journal/a1';
import { cleanText } from '../journal/names';
import { cleanSheetName } from '../journal/sheetName';
import { ReportGrid } from '../reports/grid';
import type { ReportLayout } from '../reports/types';
import { TEXTS } from '../texts';
import { conclusionOf } from './conclusion';
import { dateText, decimal, signed, workLabel } from './format';
import { MODERATION_TEXTS } from './texts';
import type { Moderation, ProtocolDetails } from './types';

/** № | pupil | teacher's | moderators' | agreed | difference: about 630 px, within A4 portrait. */
const WIDTHS = [32, 230, 90, 100, 100, 80];
const COLUMNS = WIDTHS.length;
const FULL_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);
const SIGN_HERE = '________________';

export interface ProtocolLayout extends ReportLayout {
  sheetName: string;
  centered: string[];
  /** Sheets does not grow merged wrapped rows by itself: estimated heights in pixels. */
  rowHeights: { row: number; height: number }[];
  /** For printing or a PDF export: A4 portrait, fitted to the page width. */
  page: { size: 'A4'; portrait: true; fitToWidth: true };
}

/**
 * The protocol (хаттама / протокол) of a moderation, printable on A4: header, commission, agenda,
 * what was considered, the sample table, the conclusion and the signature lines.
 */
export function protocolLayout(m: Moderation, details: ProtocolDetails, lang: Lang): ProtocolLayout {
  const t = MODERATION_TEXTS.of(lang);
  const p = t.protocol;
  const h = t.sheet.headers;
  const journal = TEXTS.of(lang).journal;
  const work = workLabel(m.work.ref, lang);
  const num = (x: number) => decimal(x, lang);
  const g = new ReportGrid(COLUMNS).widths(WIDTHS);
  const centered: string[] = [];
  const rowHeights: ProtocolLayout['rowHeights'] = [];

  const line = (text: string, style: { bold?: boolean; center?: boolean } = {}) => {
    const row = g.nextRow;
    g.text(row, 1, text).merge(row, 1, row, COLUMNS).wrap(row, 1, row, COLUMNS);
    if (style.bold) g.bold(row, 1);
    if (style.center) centered.push(rangeA1(row, 1, row, COLUMNS));
    const lines = linesOf(text, FULL_WIDTH);
    if (lines > 1) rowHeights.push({ row, height: heightOf(lines) });
  };
  const gap = () => g.set(g.nextRow, 1, '');

  if (cleanText(details.school) !== '') line(cleanText(details.school), { bold: true, center: true });
  line(p.title(cleanText(details.number)), { bold: true, center: true });
  line(p.meeting, { center: true });
  gap();
  line(`${p.date}: ${dateText(details.date)}`);
  line(`${p.chair}: ${cleanText(details.chair)}`);
  line(`${p.secretary}: ${cleanText(details.secretary)}`);
  const members = details.members.map(cleanText).filter((s) => s !== '');
  if (members.length > 0) line(`${p.members}: ${members.join(', ')}`);
  gap();

  line(p.agenda(work), { bold: true });
  line(m.rule.kind === 'named' ? p.procedureNamed : p.procedureSample);
  const agenda: [string, string][] = [
    [p.className, m.className],
    [p.subject, m.subject],
    [p.work, work],
    [p.period, journal.period(m.periodKind, m.period)],
    [p.teacher, m.teacher],
  ];
  line(
    agenda
      .filter(([, v]) => cleanText(v) !== '')
      .map(([k, v]) => `${k}: ${cleanText(v)}`)
      .join(' · '),
  );
  gap();

  const c = m.considered;
  line(`${p.considered}:`, { bold: true });
  line(p.works(c.works, num(c.max)));
  line(`${p.marks}: «5» — ${c.counts.n5}, «4» — ${c.counts.n4}, «3» — ${c.counts.n3}, «2» — ${c.counts.n2}`);
  if (c.meanScore !== undefined && c.meanPercent !== undefined) {
    line(p.mean(num(c.meanScore), num(c.max), num(c.meanPercent)));
  }
  if (c.quality !== undefined) line(p.quality(num(c.quality)));
  gap();

  line(p.sample(m.rows.length), { bold: true });
  const head = g.nextRow;
  const headers = [h.number, h.pupil, h.teacher, h.moderators, h.agreed, h.difference];
  g.row(head, headers).bold(head, 1, head, COLUMNS).wrap(head, 1, head, COLUMNS);
  centered.push(rangeA1(head, 1, head, COLUMNS));
  rowHeights.push({ row: head, height: heightOf(Math.max(...headers.map((x, i) => linesOf(x, WIDTHS[i])))) });
  m.rows.forEach((r, i) => {
    const row = head + 1 + i;
    g.set(row, 1, i + 1).text(row, 2, r.pupil);
    g.row(row, [r.teacher, r.moderators, r.agreed], 3);
    if (r.difference !== undefined) g.text(row, 6, signed(r.difference, lang));
    const lines = linesOf(r.pupil, WIDTHS[1]);
    if (lines > 1) rowHeights.push({ row, height: heightOf(lines) });
  });
  const lastTableRow = head + m.rows.length;
  g.border(head, 1, lastTableRow, COLUMNS);
  if (m.rows.length > 0) {
    g.wrap(head + 1, 2, lastTableRow, 2);
    centered.push(rangeA1(head + 1, 3, lastTableRow, COLUMNS));
  }
  gap();

  line(`${p.conclusion}:`, { bold: true });
  const { deviations, notEntered } = conclusionOf(m.rows, m.tolerance);
  if (deviations.length === 0 && notEntered === 0) line(p.noDeviation);
  if (deviations.length > 0) line(p.deviations);
  deviations.forEach((r, i) => {
    const agreed = r.agreed === undefined ? undefined : num(r.agreed);
    const moderators = r.moderators === undefined ? '—' : num(r.moderators);
    line(`${i + 1}. ${p.deviation(r.pupil, num(r.teacher), moderators, agreed)}`);
  });
  if (notEntered > 0) line(p.notEntered(notEntered));
  gap();

  const sign = (label: string, name: string) => {
    const row = g.nextRow;
    g.text(row, 1, label).merge(row, 1, row, 2);
    g.set(row, 3, SIGN_HERE).merge(row, 3, row, 4);
    g.text(row, 5, name).merge(row, 5, row, COLUMNS);
    rowHeights.push({ row, height: 32 }); // room to sign
  };
  sign(p.chair, cleanText(details.chair));
  sign(p.secretary, cleanText(details.secretary));
  for (const member of members) sign(p.member, member);

  const names = [
    p.sheetWord,
    cleanText(details.number),
    m.className,
    work,
    journal.periodShort(m.periodKind, m.period),
  ];
  return {
    ...g.layout(0),
    sheetName: cleanSheetName(names.filter((s) => s !== '').join(' ')),
    centered,
    rowHeights,
    page: { size: 'A4', portrait: true, fitToWidth: true },
  };
}

/** Lines a text wraps to in a cell `width` pixels wide (10 pt, about 7 px a character). */
function linesOf(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - 6) / 7));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

function heightOf(lines: number): number {
  return lines <= 1 ? 21 : 4 + 17 * lines;
}
