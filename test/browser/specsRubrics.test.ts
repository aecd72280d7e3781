/**
 * «Rubrics for parents» in the Work specification panel, in Chromium with the stub
 * google.script.run answered by the real endpoints on the fakes: a journal with its СОР 2 grid
 * filled. The pupil list comes from the journal, the language defaults to the Settings' one, one
 * pupil gets a sheet of his own with its PDF link, and a work without a grid is refused in words.
 */
import type { Browser, Page } from 'playwright-core';
import { descriptorColumns, specToJson } from '../../src/core/tasks';
import { TEXTS as TEXTS_CORE } from '../../src/core/texts';
import { SPEC_UI } from '../../sidebar/features/specs/texts';
import { addon, form, quarterStructure } from '../addon/fixture';
import { fractionsSpec } from '../tasks/fixtures';
import { bootstrap } from './fixtures';
import { launchChromium, openSidebar, type Handlers, type Sidebar } from './harness';

jest.setTimeout(60000);

const t = SPEC_UI.ru;
const SHEET = '7А Алгебра Ч1'; // the bootstrap's journal
const PUPILS = ['Абенов Нурлан', 'Ахметова Айгерим', 'Байжанов Ерлан'];
const spec = fractionsSpec(); // СОР 2, 10 points
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The add-on on the fakes with the journal (and, if `grid`, its СОР 2 grid filled), as the sidebar's server. */
async function server(
  grid: boolean,
): Promise<Handlers & { journal: string; fakes: ReturnType<typeof addon> }> {
  const a = addon();
  const { sheetName } = a.api.createJournal(
    form({ pupils: PUPILS, structure: quarterStructure({ sorMaxes: [15, 10] }) }),
  );
  const real = (name: string) => (name === SHEET ? sheetName : name);
  if (grid) {
    const { gridSheet } = a.api.createScoreGrid({ json: specToJson(spec), sheetName });
    const points = descriptorColumns(spec).map((c) => c.points);
    a.services.spreadsheet
      .getSheetByName(gridSheet)!
      .getRange(6, 3, PUPILS.length, points.length)
      .setValues(PUPILS.map(() => points));
  }
  return {
    journal: sheetName,
    fakes: a,
    getBootstrap: (p) => bootstrap(p),
    listSpecs: () => [],
    readJournal: (n) => ({ ...a.api.readJournal(real(n)), sheetName: n }),
    writeRubrics: (request) => ({
      ...a.api.writeRubrics({ ...request, sheetName: real(request.sheetName) }),
      printUrl: 'https://docs.google.com/export?pdf',
    }),
  };
}

async function open(handlers: Handlers): Promise<Sidebar> {
  const s = await openSidebar(browser, 'specs', handlers);
  const { page } = s;
  await page.getByRole('heading', { level: 2, name: t.title }).waitFor();
  await page.getByLabel(t.importJson).fill(specToJson(spec));
  await page.getByRole('button', { name: t.import, exact: true }).click();
  await page.getByText(t.imported(spec.title)).waitFor();
  await page.getByLabel(t.journal, { exact: true }).selectOption(SHEET);
  return s;
}

const options = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).locator('option').allTextContents();

test('one pupil, in Kazakh: a sheet of his own with its PDF link', async () => {
  const handlers = await server(true);
  const s = await open(handlers);
  const { page } = s;
  await expect(options(page, t.rubricsPupil)).resolves.toEqual([t.wholeClass, ...PUPILS]);
  // The Settings' language by default.
  await expect(page.getByLabel(t.rubricsLang, { exact: true }).inputValue()).resolves.toBe('ru');
  await page.getByLabel(t.rubricsPupil, { exact: true }).selectOption(PUPILS[1]);
  await page.getByLabel(t.rubricsLang, { exact: true }).selectOption('kk');
  await page.getByRole('button', { name: t.makeRubrics, exact: true }).click();
  const name = `Рубрика ${handlers.journal} · БЖБ 2 · ${PUPILS[1]}`;
  await page.getByText(t.rubricsDone(name, 1)).waitFor();
  await page.getByRole('button', { name, exact: true }).waitFor();
  await expect(page.getByRole('link').getAttribute('href')).resolves.toBe(
    'https://docs.google.com/export?pdf',
  );

  expect(s.callsTo('writeRubrics')).toEqual([
    [{ json: specToJson(spec), sheetName: SHEET, lang: 'kk', pupil: PUPILS[1] }],
  ]);
  const sheet = handlers.fakes.services.spreadsheet.getSheetByName(name)!;
  const tag = sheet.getDeveloperMetadata().map((m) => m.getValue());
  expect(tag).toEqual([expect.stringMatching(/^rubrics:\d+\.sor2\.p7$/)]); // the second pupil: grid row 7
  const values = sheet.getDataRange().getValues().flat();
  expect(values).toContain('жоғары'); // all points: high, in Kazakh
  expect(values).not.toContain(PUPILS[0]);
  expect(s.pageErrors).toEqual([]);
  await s.close();
});

test('a work without a score grid is refused in words, and nothing is written', async () => {
  const handlers = await server(false);
  const s = await open(handlers);
  await s.page.getByRole('button', { name: t.makeRubrics, exact: true }).click();
  await s.page.getByText(TEXTS_CORE.ru.server.noGrid).waitFor();
  expect(handlers.fakes.services.spreadsheet.getSheets().some((x) => x.getName().startsWith('Рубрика'))).toBe(
    false,
  );
  await s.close();
});
