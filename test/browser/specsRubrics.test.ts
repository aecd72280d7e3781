/**
 * «Rubrics for parents» in the Work specification panel, in Chromium with the stub
 * google.script.run answered by the real endpoints on the fakes: a journal with its СОР 2 grid
 * filled. The pupil list comes from the journal, the language defaults to the Settings' one, one
 * pupil gets a sheet of his own with its PDF link, and a work without a grid is refused in words.
 */
import type { Browser, Page } from 'playwright-core';
import { descriptorColumns, specToJson } from '../../src/core/tasks';
import { createScoreGrid, type GridApi } from '../../sidebar/features/specs/grid';
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
async function server(grid: boolean): Promise<Handlers> {
  const a = addon();
  const { sheetName } = a.api.createJournal(
    form({ pupils: PUPILS, structure: quarterStructure({ sorMaxes: [15, 10] }) }),
  );
  const real = (name: string) => (name === SHEET ? sheetName : name);
  const api: GridApi = {
    readJournal: async (n, r) => ({ ...a.api.readJournal(real(n), r), sheetName: n }),
    readOwnSheet: async (s) => a.api.readOwnSheet(s),
    beginRun: async (k) => a.api.beginRun(k),
    writeOwnSheet: async (w) => a.api.writeOwnSheet(w),
    endRun: async (r) => a.api.endRun(r),
    linkScoreCells: async (l) => a.api.linkScoreCells({ ...l, sheetName: real(l.sheetName) }),
  };
  if (grid) {
    const { gridSheet } = await createScoreGrid(api, spec, SHEET, 'ru', (n) => n);
    const points = descriptorColumns(spec).map((c) => c.points);
    a.services.spreadsheet
      .getSheetByName(gridSheet)!
      .getRange(6, 3, PUPILS.length, points.length)
      .setValues(PUPILS.map(() => points));
  }
  return {
    getBootstrap: (p) => bootstrap(p),
    listSpecs: () => [],
    readJournal: (n, r) => ({ ...a.api.readJournal(real(n), r), sheetName: n }),
    readOwnSheet: (s) => a.api.readOwnSheet(s),
    beginRun: (k) => a.api.beginRun(k),
    writeOwnSheet: (w) => ({ ...a.api.writeOwnSheet(w), printUrl: 'https://docs.google.com/export?pdf' }),
    endRun: (r) => a.api.endRun(r),
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
  const s = await open(await server(true));
  const { page } = s;
  await expect(options(page, t.rubricsPupil)).resolves.toEqual([t.wholeClass, ...PUPILS]);
  // The Settings' language by default.
  await expect(page.getByLabel(t.rubricsLang, { exact: true }).inputValue()).resolves.toBe('ru');
  await page.getByLabel(t.rubricsPupil, { exact: true }).selectOption(PUPILS[1]);
  await page.getByLabel(t.rubricsLang, { exact: true }).selectOption('kk');
  await page.getByRole('button', { name: t.makeRubrics, exact: true }).click();
  const name = `Рубрика ${SHEET} · БЖБ 2 · ${PUPILS[1]}`;
  await page.getByText(t.rubricsDone(name, 1)).waitFor();
  await page.getByRole('button', { name, exact: true }).waitFor();
  await expect(page.getByRole('link').getAttribute('href')).resolves.toBe(
    'https://docs.google.com/export?pdf',
  );

  const [request] = s.callsTo('writeOwnSheet') as [
    { kind: string; id: string; layout: { values: unknown[][] } },
  ][];
  expect(request[0].kind).toBe('rubrics');
  expect(request[0].id).toMatch(/^\d+\.sor2\.p7$/); // the second pupil: grid row 7
  expect(request[0].layout.values.flat()).toContain('жоғары'); // all points: high, in Kazakh
  expect(request[0].layout.values.flat()).not.toContain(PUPILS[0]);
  expect(s.pageErrors).toEqual([]);
  await s.close();
});

test('a work without a score grid is refused in words, and nothing is written', async () => {
  const s = await open(await server(false));
  await s.page.getByRole('button', { name: t.makeRubrics, exact: true }).click();
  await s.page.getByText(t.noGrid).waitFor();
  expect(s.callsTo('writeOwnSheet')).toEqual([]);
  expect(s.callsTo('beginRun')).toEqual([]);
  await s.close();
});
