/**
 * The sample school's task-level scoring in the playground: its library holds a specification and
 * «5А Математика» СОР 2 is marked in a score grid. The teacher opens the specification, makes the
 * parents' rubrics (a page per pupil who wrote; each level checked here against the rule the sheet
 * states: high from 85 %, medium from 40 % of the criterion's points) and builds the analysis, whose
 * objective blocks are filled from the grid — in Russian, then in Kazakh.
 */
import type { Frame } from 'playwright-core';
import type { Lang } from '../../src/core/i18n/messages';
import { REPORT_TEXTS } from '../../src/core/reports/texts';
import { workLabel } from '../../src/core/tasks';
import { TEXTS as CORE_TEXTS } from '../../src/core/texts';
import { OWN_KEY } from '../../src/gas/ownSheets';
import { SAMPLE_SPEC } from '../../scripts/playground/server/sampleSpec';
import { REPORTS_UI } from '../../sidebar/features/reports/texts';
import { SPEC_UI } from '../../sidebar/features/specs/texts';
import { TEXTS } from '../../sidebar/i18n';
import {
  eventually,
  openMenu,
  sidebar,
  usePlaygroundPerTest,
  type PlaygroundPage,
  type RunningPlayground,
} from './harness';

jest.setTimeout(120000);

let running: RunningPlayground;
let view: PlaygroundPage;
usePlaygroundPerTest((r, v) => {
  running = r;
  view = v;
});

const ss = () => running.playground.services.spreadsheet;
const paused = <T>(f: () => T) => running.playground.services.calls.paused(f);
const journalName = () =>
  ss()
    .getSheets()
    .map((s) => s.getName())
    .find((n) => n.startsWith('5А Математика') && !n.includes(' · '))!;
const ownSheet = (prefix: string) =>
  ss()
    .getSheets()
    .find((s) =>
      s.getDeveloperMetadata().some((m) => m.getKey() === OWN_KEY && (m.getValue() ?? '').startsWith(prefix)),
    )!;

/** The spec's criteria, by hand: objective and descriptor points in the grid's order (tasks 1, 2, 3). */
const CRITERIA = SAMPLE_SPEC.tasks.map((task, i) => ({
  objective: task.objective,
  columns: task.descriptors.map(
    (_, k) => SAMPLE_SPEC.tasks.slice(0, i).reduce((n, t) => n + t.descriptors.length, 0) + k,
  ),
  max: task.descriptors.reduce((s, d) => s + d.points, 0),
}));

/** The grid's pupils who wrote (numbers only in their row), with each criterion's share in %. */
function gridShares(): { name: string; shares: number[] }[] {
  const values = paused(() => ownSheet('scoreGrid:').getDataRange().getValues());
  const descriptors = CRITERIA.reduce((n, c) => n + c.columns.length, 0);
  return values.slice(5).flatMap((row) => {
    const cells = row.slice(2, 2 + descriptors);
    if (String(row[1]) === '' || !cells.every((c) => typeof c === 'number' || c === '')) return [];
    if (cells.every((c) => c === '')) return [];
    const shares = CRITERIA.map(
      (c) => (100 * c.columns.reduce((s, k) => s + (Number(cells[k]) || 0), 0)) / c.max,
    );
    return [{ name: String(row[1]), shares }];
  });
}

const LEVELS: Record<Lang, [string, string, string]> = {
  ru: ['высокий', 'средний', 'низкий'],
  kk: ['жоғары', 'орта', 'төмен'],
  en: ['high', 'medium', 'low'],
};
/** The rule as the rubric states it. */
const levelOf = (share: number, lang: Lang) => LEVELS[lang][share >= 85 ? 0 : share >= 40 ? 1 : 2];

async function panel(heading: string): Promise<Frame> {
  let frame: Frame | undefined;
  await eventually(async () => {
    frame = await sidebar(view.page);
    await frame.getByRole('heading', { level: 2, name: heading }).waitFor({ timeout: 2000 });
  }, 20000);
  return frame!;
}

/** The menu is in the user's language (ru here); the sidebar follows the settings language `ui`. */
async function rubrics(lang: Lang, ui: Lang) {
  const t = SPEC_UI[ui];
  await openMenu(view.page, CORE_TEXTS.of('ru').menu.specs);
  const frame = await panel(t.title);
  await frame.getByRole('button', { name: `${t.open}: ${SAMPLE_SPEC.title}` }).click();
  await frame.getByText(t.opened(SAMPLE_SPEC.title)).waitFor();
  await frame.getByLabel(t.journal, { exact: true }).selectOption(journalName());
  await frame
    .getByLabel(t.rubricsPupil, { exact: true })
    .locator('option')
    .nth(2)
    .waitFor({ state: 'attached' });
  await frame.getByLabel(t.rubricsLang, { exact: true }).selectOption(lang);
  await frame.getByRole('button', { name: t.makeRubrics, exact: true }).click();
  const pupils = gridShares();
  const name = `Рубрика ${journalName()} · ${workLabel(SAMPLE_SPEC.work, lang)}`;
  await frame.getByText(t.rubricsDone(name, pupils.length)).waitFor({ timeout: 60000 });

  // Every page: its pupil, and each criterion's level by the stated rule from the grid's points.
  const sheet = ownSheet('rubrics:');
  const values = paused(() => sheet.getRange(1, 1, sheet.getMaxRows(), 6).getValues());
  // Every page has the same rows: the distance between the first two pupils' names (row 3 of a page).
  const nameRows = values.flatMap((r, i) => (pupils.some((p) => p.name === String(r[2])) ? [i] : []));
  const pageRows = pupils.length > 1 ? nameRows[1] - nameRows[0] : values.length;
  const pages = pupils.map((_, p) => values.slice(p * pageRows, (p + 1) * pageRows));
  expect(pages.map((rows) => String(rows[2][2]))).toEqual(pupils.map((p) => p.name));
  pages.forEach((rows, p) => {
    const levels = rows.filter((r) => /^\d+\.\d+\.\d+\.\d+$/.test(String(r[1]))).map((r) => [r[1], r[3]]);
    expect(levels).toEqual(CRITERIA.map((c, i) => [c.objective, levelOf(pupils[p].shares[i], lang)]));
  });
  // The sheet states the rule it follows.
  expect(values.flat().some((v) => String(v).includes('85') && String(v).includes('40'))).toBe(true);
}

async function analysis(lang: Lang) {
  const t = REPORTS_UI[lang];
  await openMenu(view.page, CORE_TEXTS.of('ru').menu.analysis);
  const frame = await panel(t.analysisTitle);
  await frame.getByLabel(t.journal, { exact: true }).selectOption(journalName());
  await frame.getByRole('button', { name: t.buildAnalysis, exact: true }).click();
  await frame.getByText(t.done(1)).waitFor({ timeout: 30000 });

  // The objectives by hand: achieved when ≥ 70 % of the writers are at medium or high, difficult when ≥ 30 % low.
  const pupils = gridShares();
  const share = (i: number, test: (s: number) => boolean) =>
    (100 * pupils.filter((p) => test(p.shares[i])).length) / pupils.length;
  const achieved = CRITERIA.filter((_, i) => share(i, (s) => s >= 40) >= 70).map((c) => c.objective);
  const difficult = CRITERIA.filter((_, i) => share(i, (s) => s < 40) >= 30).map((c) => c.objective);
  expect(achieved.length + difficult.length).toBeGreaterThan(0);

  const values = paused(() => ownSheet('analysis:').getDataRange().getValues()).map((r) => String(r[0]));
  const blocks = REPORT_TEXTS[lang].analysis.blocks;
  const after = (heading: string) => {
    const at = values.indexOf(heading);
    expect(at).toBeGreaterThan(-1);
    return values.slice(at + 1, at + 5).join('\n');
  };
  const codes = (text: string) => [...text.matchAll(/\d+\.\d+\.\d+\.\d+/g)].map((m) => m[0]);
  expect(codes(after(blocks.achieved))).toEqual(achieved);
  expect(codes(after(blocks.difficult))).toEqual(difficult);
}

test('in Russian: the sample grid gives the rubrics and the analysis objectives', async () => {
  await rubrics('ru', 'ru');
  await analysis('ru');
});

test('in Kazakh: the rubrics and the analysis objectives follow the settings language', async () => {
  await openMenu(view.page, CORE_TEXTS.of('ru').menu.settings);
  const settings = await panel(TEXTS.ru.settings.title);
  await settings.getByLabel(TEXTS.ru.settings.lang, { exact: true }).selectOption('kk');
  await settings.getByRole('button', { name: TEXTS.ru.settings.save, exact: true }).click();
  await settings.getByText(TEXTS.kk.settings.saved).waitFor();
  await analysis('kk');
  await rubrics('kk', 'kk');
});
