/**
 * rubricReport(spec, pupils, header, lang) → RubricLayout: the rubric for parents (rules: results
 * of summative works are shown to parents as a rubric), one page per pupil. Every pupil's block
 * has the same number of rows (`pageRows`, padded), so the blocks line up with printed pages and
 * `pages` says where each starts. A block:
 *
 *   title · work · pupil · class · subject · teacher · (blank) · table head (tasks, objective,
 *   criterion, level, points, max) · one row per criterion · total · (blank) · how the level is
 *   set (the rule with its thresholds) · (blank) · the teacher's comment heading · 3 lines to write on.
 *
 * A pupil who did not write gets the same page with the reason (absent, exempt, no results) in
 * place of the table. Criterion rows are two lines high (`rowHeights`, to force) for long texts.
 */
import type { Lang } from '../i18n';
import { REPORT_COLOURS, ReportGrid } from '../reports/grid';
import type { ReportLayout } from '../reports/types';
import { criteriaOf, criterionText } from './criteria';
import { levelRuleText, pupilCriteria } from './levels';
import { workLabel } from './journalMax';
import type { PupilScores } from './readGrid';
import { specTotal } from './specJson';
import { TASK_TEXTS } from './texts';
import { DEFAULT_LEVELS, type LevelThresholds, type WorkSpec } from './types';

export interface RubricHeader {
  className: string;
  /** Defaults to the specification's subject. */
  subject?: string;
  teacher?: string;
}

export interface RubricOptions {
  levels?: LevelThresholds;
  /** Give pupils who did not write (absent, exempt, empty, invalid) a page too; default false. */
  includeNotWritten?: boolean;
}

export interface RubricLayout extends ReportLayout {
  /** Rows per pupil page, the same for every page. */
  pageRows: number;
  pages: { pupil: string; firstRow: number; lastRow: number }[];
  /** Heights to force (setRowHeightsForced) so every page is as tall as the first. */
  rowHeights: { row: number; height: number }[];
}

const COLUMNS = 6;
const WIDTHS = [70, 80, 290, 80, 60, 50];
/** Rows of a page besides the criteria (title … comment lines). */
const FIXED_ROWS = 18;
/** At least this many rows per page, so a short work still fills an A4 page alike for everyone. */
const MIN_PAGE_ROWS = 36;
const COMMENT_LINES = 3;
export const RUBRIC_ROW_HEIGHT = { normal: 21, criterion: 42, comment: 28 } as const;

export function rubricReport(
  spec: WorkSpec,
  pupils: readonly PupilScores[],
  header: RubricHeader,
  lang: Lang,
  options: RubricOptions = {},
): RubricLayout {
  const t = TASK_TEXTS.of(lang);
  const r = t.rubric;
  const levels = options.levels ?? DEFAULT_LEVELS;
  const criteria = criteriaOf(spec);
  const pageRows = Math.max(MIN_PAGE_ROWS, FIXED_ROWS + criteria.length);
  const shown = options.includeNotWritten ? pupils : pupils.filter((p) => p.state === 'wrote');
  const g = new ReportGrid(COLUMNS).widths(WIDTHS);
  const pages: RubricLayout['pages'] = [];
  const rowHeights: RubricLayout['rowHeights'] = [];
  const subject = header.subject ?? spec.subject ?? '';
  const wide = (row: number, from = 1) => g.merge(row, from, row, COLUMNS);
  const line = (row: number, label: string, value: string) => {
    g.set(row, 1, label).bold(row, 1).merge(row, 1, row, 2);
    g.text(row, 3, value).merge(row, 3, row, COLUMNS);
  };

  shown.forEach((pupil, i) => {
    const top = 1 + i * pageRows;
    const last = top + pageRows - 1;
    pages.push({ pupil: pupil.name, firstRow: top, lastRow: last });
    for (let row = top; row <= last; row++) rowHeights.push({ row, height: RUBRIC_ROW_HEIGHT.normal });
    const height = (row: number, h: number) => (rowHeights[row - 1].height = h); // rows are pushed in order from 1

    g.set(top, 1, r.title).bold(top, 1).background(REPORT_COLOURS.title, top, 1, top, COLUMNS);
    wide(top);
    line(top + 1, r.work, `${workLabel(spec.work, lang)} · ${spec.title}`);
    line(top + 2, r.pupil, pupil.name);
    line(top + 3, r.className, header.className);
    line(top + 4, r.subject, subject);
    line(top + 5, r.teacher, header.teacher ?? '');

    const head = top + 7;
    let row = head;
    const results = pupilCriteria(spec, pupil, levels, criteria);
    if (results.length === 0) {
      g.text(row, 1, notWritten(pupil, r.notWritten)).bold(row, 1);
      wide(row);
      row += 1;
    } else {
      g.row(head, [r.tasks, r.objective, r.criterion, r.level, r.points, r.max]);
      g.bold(head, 1, head, COLUMNS).background(REPORT_COLOURS.head, head, 1, head, COLUMNS);
      results.forEach((res, k) => {
        const at = head + 1 + k;
        g.text(at, 1, res.criterion.tasks.join(', ')); // «1, 2» must not become a number
        g.text(at, 2, res.criterion.objective).text(at, 3, criterionText(res.criterion));
        g.set(at, 4, t.levels[res.level]).set(at, 5, res.points).set(at, 6, res.criterion.max);
        g.wrap(at, 1, at, COLUMNS);
        height(at, RUBRIC_ROW_HEIGHT.criterion);
      });
      const total = head + 1 + results.length;
      g.set(total, 1, r.total)
        .merge(total, 1, total, 4)
        .set(total, 5, pupil.total ?? 0)
        .set(total, 6, specTotal(spec));
      g.bold(total, 1, total, COLUMNS).background(REPORT_COLOURS.total, total, 1, total, COLUMNS);
      g.border(head, 1, total, COLUMNS);
      row = total + 1;
    }

    const rules = row + 1;
    g.set(rules, 1, r.rulesHeading).bold(rules, 1);
    wide(rules);
    g.set(rules + 1, 1, levelRuleText(levels, lang)).wrap(rules + 1, 1);
    wide(rules + 1);
    height(rules + 1, RUBRIC_ROW_HEIGHT.criterion);

    const comment = rules + 3;
    g.set(comment, 1, r.comment).bold(comment, 1);
    wide(comment);
    for (let k = 1; k <= COMMENT_LINES; k++) {
      wide(comment + k);
      height(comment + k, RUBRIC_ROW_HEIGHT.comment);
    }
    g.border(comment + 1, 1, comment + COMMENT_LINES, COLUMNS);
    g.set(last, 1, ''); // pad the page to its full height
  });

  return { ...g.layout(), pageRows, pages, rowHeights };
}

function notWritten(pupil: PupilScores, texts: Record<'absent' | 'exempt' | 'empty', string>): string {
  return pupil.state === 'absent' || pupil.state === 'exempt' ? texts[pupil.state] : texts.empty;
}
