/**
 * Task-level scoring in the playground, as a teacher does it: open «Спецификация работы…», choose
 * a sample journal and its СОР 1, import the specification, create the score grid; the journal's
 * empty СОР 1 cells are linked, the typed ones untouched; then mark two pupils in the grid and see
 * the journal's score and mark follow (the mark against the rules' oracle, test/playground/journal.ts).
 */
import type { Browser } from 'playwright-core';
import { specToJson, type WorkSpec } from '../../src/core/tasks';
import { TEXTS } from '../../src/core/texts';
import { SPEC_UI } from '../../sidebar/features/specs/texts';
import { fractionsSpec } from '../tasks/fixtures';
import {
  eventually,
  launchChromium,
  openMenu,
  openPage,
  sidebar,
  startTestPlayground,
  postJson,
  tab,
  type PlaygroundPage,
  type RunningPlayground,
} from './harness';
import { journalColumns, kz2020Mark, numericInputs, pupilRows, valueAt } from './journal';

jest.setTimeout(120000);

let browser: Browser;
let running: RunningPlayground;
let view: PlaygroundPage;

beforeAll(async () => {
  browser = await launchChromium();
  running = await startTestPlayground();
  view = await openPage(browser, running);
});

afterAll(async () => {
  await view?.page.context().close();
  await running?.close();
  await browser?.close();
});

const services = () => running.playground.services;
const sheetNames = () =>
  services()
    .spreadsheet.getSheets()
    .map((s) => s.getName());

/** Types into a cell of the page until the spreadsheet holds it (the page re-renders as it syncs). */
/**
 * A teacher's score typed into a grid cell, through the page's own edit request (POST /api/edit,
 * what the page sends when a person types a cell). Clicking and typing through the DOM can lag
 * under a loaded test run and put the text into the cell the last Enter moved to; typing itself
 * is covered by the page tests.
 */
async function typeScore(sheetName: string, row: number, col: number, score: number) {
  const answer = await postJson<{ accepted: boolean }>(running, '/api/edit', {
    sheet: sheetName,
    row,
    col,
    input: String(score),
  });
  expect(answer.status).toBe(200);
  await eventually(() => expect(valueAt(services(), sheetName, row, col)).toBe(score));
}

test('a score grid for a sample journal: linked, typed scores kept, marks follow the grid', async () => {
  const { page } = view;
  const t = SPEC_UI.ru;
  const journal = sheetNames().find((n) => n.startsWith('5А Математика'))!;
  const cols = journalColumns(services(), journal);
  const sor1 = cols.sor[0];
  // Two pupils whose СОР 1 is not written yet (their inputs otherwise numbers), the rest typed.
  const rows = pupilRows(services(), journal).filter((r) => numericInputs(services(), journal, r, cols));
  const [a, b] = rows;
  const pupilOf = (r: number) => String(valueAt(services(), journal, r, cols.pupil));
  marked = { a: pupilOf(a), b: pupilOf(b) };
  const sheet = services().spreadsheet.getSheetByName(journal)!;
  services().calls.paused(() => {
    sheet.getRange(a, sor1).setValues([['']]);
    sheet.getRange(b, sor1).setValues([['']]);
  });
  const typed = pupilRows(services(), journal)
    .filter((r) => r !== a && r !== b)
    .map((r) => [r, valueAt(services(), journal, r, sor1)] as const);
  const spec: WorkSpec = { ...fractionsSpec(), work: { kind: 'sor', index: 1 } }; // 10 points = the max

  await openMenu(page, TEXTS.of('ru').menu.specs);
  const frame = await sidebar(page);
  await frame.getByLabel(t.journal, { exact: true }).selectOption(journal);
  await frame
    .getByLabel(t.work, { exact: true })
    .locator('option', { hasText: 'СОР 2' })
    // Under a loaded test run the playground can take long: the reports' margin.
    .waitFor({ state: 'attached', timeout: 60000 });
  await frame.getByLabel(t.importJson).fill(specToJson(spec));
  await frame.getByRole('button', { name: t.import, exact: true }).click();
  await frame.getByText(t.imported(spec.title)).waitFor();
  await frame.getByRole('button', { name: t.createGrid, exact: true }).click();

  const gridName = `${journal} · СОР 1`;
  await frame.getByText(t.gridDone(gridName, 2)).waitFor();
  await frame.getByText(t.gridKept(typed.length)).waitFor();
  expect(sheetNames()).toContain(gridName);
  // Every typed score is as it was; the two empty cells now read the grid (nothing typed yet: empty).
  for (const [r, v] of typed) expect(valueAt(services(), journal, r, sor1)).toBe(v);
  expect(valueAt(services(), journal, a, sor1)).toBe('');

  // Mark the two pupils in the grid: A gets 0 (one descriptor), B 2 + 1.
  const gridRow = (r: number) => 6 + pupilRows(services(), journal).indexOf(r);
  await tab(page, gridName).click();
  await typeScore(gridName, gridRow(a), 3, 0);
  await typeScore(gridName, gridRow(b), 3, 2);
  await typeScore(gridName, gridRow(b), 4, 1);

  await eventually(() => {
    expect(valueAt(services(), journal, a, sor1)).toBe(0);
    expect(valueAt(services(), journal, b, sor1)).toBe(3);
  });
  for (const r of [a, b]) {
    const inputs = numericInputs(services(), journal, r, cols)!;
    expect(inputs.sor).toHaveLength(cols.sor.length);
    expect(valueAt(services(), journal, r, cols.mark!)).toBe(kz2020Mark(inputs));
  }
  expect(view.errors).toEqual([]);
});

/** The two pupils the first test marks in the grid (A: 0 points, B: 2 + 1). */
let marked: { a: string; b: string };

/** Each rubric page's pupil (row 3 of the page) → column D (the level) of its criterion rows. */
function rubricLevels(sheetName: string): Map<string, string[]> {
  const sheet = services().spreadsheet.getSheetByName(sheetName)!;
  const values = sheet.getRange(1, 1, sheet.getMaxRows(), 6).getValues();
  const pages = new Map<string, string[]>();
  let pupil = '';
  values.forEach((row, i) => {
    if (String(row[0]) === String(values[0][0])) pupil = String(values[i + 2][2]); // a page starts with the title
    if (/^\d+\.\d+\.\d+\.\d+$/.test(String(row[1])))
      pages.set(pupil, [...(pages.get(pupil) ?? []), String(row[3])]);
  });
  return pages;
}

test('rubrics for the two pupils marked: whole class in Russian, one pupil in Kazakh', async () => {
  const { page } = view;
  const t = SPEC_UI.ru;
  const frame = await sidebar(page);
  await frame.getByLabel(t.rubricsLang, { exact: true }).selectOption('ru');
  await frame.getByRole('button', { name: t.makeRubrics, exact: true }).click();
  const journal = sheetNames().find((n) => n.startsWith('5А Математика'))!;
  const whole = `Рубрика ${journal} · СОР 1`;
  // Under a loaded test run the playground's recalculation can take long: the reports' margin.
  await frame.getByText(t.rubricsDone(whole, 2)).waitFor({ timeout: 60000 });
  await frame.getByRole('button', { name: whole, exact: true }).waitFor();
  // Pupil A: 0 points; pupil B: 3 of the first criterion's 4 points (75 %: medium), nothing else.
  const criteria = 3;
  expect(rubricLevels(whole)).toEqual(
    new Map([
      [marked.a, Array<string>(criteria).fill('низкий')],
      [marked.b, ['средний', ...Array<string>(criteria - 1).fill('низкий')]],
    ]),
  );

  // Pupil A alone, in Kazakh.
  const first = marked.a;
  await frame.getByLabel(t.rubricsPupil, { exact: true }).selectOption(first);
  await frame.getByLabel(t.rubricsLang, { exact: true }).selectOption('kk');
  await frame.getByRole('button', { name: t.makeRubrics, exact: true }).click();
  const one = `Рубрика ${journal} · БЖБ 1 · ${first}`; // named in the rubric's language
  await frame.getByText(t.rubricsDone(one, 1)).waitFor({ timeout: 60000 });
  expect(rubricLevels(one)).toEqual(new Map([[first, Array<string>(criteria).fill('төмен')]]));
  expect(sheetNames()).toContain(whole);
  expect(view.errors).toEqual([]);
});
