/**
 * «Rubrics for parents» end to end on the fakes: the server (src/gas/app/rubrics.ts) reads the
 * score grid the teacher filled and writes a page per pupil through the generic writer (row
 * heights included), as the add-on's own sheet.
 */
import { criteriaOf, descriptorColumns, specToJson, type WorkSpec } from '../../src/core/tasks';
import type { Lang } from '../../src/core/i18n';
import { TEXTS } from '../../src/core/texts';
import { OWN_KEY } from '../../src/gas/ownSheets';
import { fractionsSpec } from '../tasks/fixtures';
import { addon, form, quarterStructure } from './fixture';

const PUPILS = ['Абенов Нурлан', 'Ахметова Айгерим', 'Байжанов Ерлан', 'Иванов Пётр'];
const STRUCTURE = quarterStructure({ sorMaxes: [15, 10, 20], sochMax: 25 });
const LEVEL_WORDS = { ru: ['высокий', 'средний', 'низкий'], kk: ['жоғары', 'орта', 'төмен'] };

/** The server's rubrics, as the sidebar asks for them. */
function rubrics(a: ReturnType<typeof addon>, spec: WorkSpec, sheetName: string, lang: Lang, pupil?: string) {
  return a.api.writeRubrics({ json: specToJson(spec), sheetName, lang, ...(pupil ? { pupil } : {}) });
}

/**
 * A journal with its СОР 2 grid filled: pupil 1 every point, pupil 2 every point of the first
 * criterion's descriptors only, pupil 3 absent, pupil 4 left empty.
 */
async function filledGrid(spec: WorkSpec) {
  const a = addon();
  const { sheetName } = a.api.createJournal(form({ className: '6А', pupils: PUPILS, structure: STRUCTURE }));
  const { gridSheet } = a.api.createScoreGrid({ json: specToJson(spec), sheetName });
  const grid = a.services.spreadsheet.getSheetByName(gridSheet)!;
  const columns = descriptorColumns(spec);
  const first = criteriaOf(spec)[0].descriptors;
  grid.getRange(6, 3, 1, columns.length).setValues([columns.map((c) => c.points)]);
  grid
    .getRange(7, 3, 1, columns.length)
    .setValues([columns.map((c) => (first.includes(c.index) ? c.points : 0))]);
  grid.getRange(8, 3).setValues([['н']]);
  return { a, sheetName, gridSheet };
}

/** Column D (the level) of the rows whose column B is an objective code, page by page. */
function levelsByPage(values: unknown[][], pageRows: number): string[][] {
  const pages: string[][] = [];
  values.forEach((row, i) => {
    if (!/^\d+\.\d+\.\d+\.\d+$/.test(String(row[1]))) return;
    const page = Math.floor(i / pageRows);
    (pages[page] ??= []).push(String(row[3]));
  });
  return pages;
}

describe('rubrics for parents', () => {
  it('writes a page per pupil who wrote, each level following the stated rule', async () => {
    const spec = fractionsSpec();
    const { a, sheetName } = await filledGrid(spec);
    const out = rubrics(a, spec, sheetName, 'ru');
    expect(out.pages).toBe(2);
    expect(out.problems).toEqual([]);

    const sheet = a.services.spreadsheet.getSheetByName(out.sheetName)!;
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      [OWN_KEY, expect.stringMatching(/^rubrics:\d+\.sor2$/)],
    ]);
    // Every page has the same rows (padded), so the pages are the sheet's rows cut at that height.
    const values = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).getValues();
    const text = values.flat().map(String);
    expect(text).toContain(PUPILS[0]);
    expect(text).toContain(PUPILS[1]);
    expect(text).not.toContain(PUPILS[2]); // absent: no page for the whole class
    expect(text.some((s) => s.includes('85 %') && s.includes('40 %'))).toBe(true); // the rule is stated

    const criteria = criteriaOf(spec).length;
    const nameRow = (name: string) => values.findIndex((r) => r.includes(name));
    const pageRows = nameRow(PUPILS[1]) - nameRow(PUPILS[0]);
    expect(pageRows).toBeGreaterThan(criteria);
    const [high, , low] = LEVEL_WORDS.ru;
    // All points: high everywhere. Only the first criterion's points: high there, low elsewhere.
    expect(levelsByPage(values, pageRows)).toEqual([
      Array<string>(criteria).fill(high),
      [high, ...Array<string>(criteria - 1).fill(low)],
    ]);
    // Criterion rows are taller, in the same place on both pages.
    const heights = a.services.spreadsheet.getSheetByName(out.sheetName) as unknown as {
      rowHeights: Map<number, number>;
    };
    const taller = [...heights.rowHeights].filter(([, h]) => h > 21).map(([r]) => r);
    expect(taller.filter((r) => r <= pageRows).map((r) => r + pageRows)).toEqual(
      taller.filter((r) => r > pageRows),
    );
    expect(heights.rowHeights.size).toBe(2 * pageRows); // every row of both pages
    expect(a.services.calls.count('Sheet.setRowHeights')).toBeLessThan(pageRows);
  });

  it('writes one pupil apart, in Kazakh, without replacing the class rubrics', async () => {
    const spec = fractionsSpec();
    const { a, sheetName } = await filledGrid(spec);
    const whole = rubrics(a, spec, sheetName, 'ru');
    const one = rubrics(a, spec, sheetName, 'kk', PUPILS[1]);
    expect(one.pages).toBe(1);
    expect(one.sheetName).not.toBe(whole.sheetName);
    expect(a.services.spreadsheet.getSheetByName(whole.sheetName)).toBeTruthy();
    const values = a.services.spreadsheet.getSheetByName(one.sheetName)!.getDataRange().getValues();
    const [high, , low] = LEVEL_WORDS.kk;
    expect(levelsByPage(values, values.length)).toEqual([
      [high, ...Array<string>(criteriaOf(spec).length - 1).fill(low)],
    ]);
    expect(values.flat()).toContain(PUPILS[1]);
    expect(values.flat()).not.toContain(PUPILS[0]);

    // An absent pupil chosen alone still gets a page that says why.
    const absent = rubrics(a, spec, sheetName, 'ru', PUPILS[2]);
    const absentText = a.services.spreadsheet.getSheetByName(absent.sheetName)!.getDataRange().getValues();
    expect(levelsByPage(absentText, absentText.length)).toEqual([]);
    expect(absentText.flat()).toContain(PUPILS[2]);
  });

  it('refuses without a grid, and a grid made from another specification', async () => {
    const spec = fractionsSpec();
    const { a, sheetName } = await filledGrid(spec);
    const sor1 = { ...spec, work: { kind: 'sor' as const, index: 1 } };
    expect(() => rubrics(a, sor1, sheetName, 'ru')).toThrow(TEXTS.ru.server.noGrid);
    const other = structuredClone(spec);
    other.tasks[0].descriptors[0].points = 3;
    other.tasks[0].descriptors[1].points = 0.5;
    expect(() => rubrics(a, other, sheetName, 'ru')).toThrow(
      TEXTS.ru.server.otherSpec(`${sheetName} · СОР 2`),
    );
  });
});
