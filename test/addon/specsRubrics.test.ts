/**
 * «Rubrics for parents» end to end on the fakes: the sidebar's flow (sidebar/features/specs/
 * rubrics.ts) reads the score grid the teacher filled and writes a page per pupil through the
 * generic writer (row heights included), as the add-on's own sheet.
 */
import { criteriaOf, descriptorColumns, type WorkSpec } from '../../src/core/tasks';
import { OWN_KEY } from '../../src/gas/ownSheets';
import { createScoreGrid, GridRefused, type GridApi } from '../../sidebar/features/specs/grid';
import { writeRubrics, type RubricsTexts } from '../../sidebar/features/specs/rubrics';
import { fractionsSpec } from '../tasks/fixtures';
import { addon, form, quarterStructure } from './fixture';

const PUPILS = ['Абенов Нурлан', 'Ахметова Айгерим', 'Байжанов Ерлан', 'Иванов Пётр'];
const STRUCTURE = quarterStructure({ sorMaxes: [15, 10, 20], sochMax: 25 });
const TEXTS: RubricsTexts = {
  noGrid: 'no grid',
  otherSpec: (name) => `other spec: ${name}`,
  noPupils: 'no pupils',
};
const LEVEL_WORDS = { ru: ['высокий', 'средний', 'низкий'], kk: ['жоғары', 'орта', 'төмен'] };

function api(a: ReturnType<typeof addon>): GridApi {
  return {
    readJournal: async (...x) => a.api.readJournal(...x),
    readOwnSheet: async (...x) => a.api.readOwnSheet(...x),
    beginRun: async (...x) => a.api.beginRun(...x),
    writeOwnSheet: async (...x) => a.api.writeOwnSheet(...x),
    endRun: async (...x) => a.api.endRun(...x),
    linkScoreCells: async (...x) => a.api.linkScoreCells(...x),
  };
}

/**
 * A journal with its СОР 2 grid filled: pupil 1 every point, pupil 2 every point of the first
 * criterion's descriptors only, pupil 3 absent, pupil 4 left empty.
 */
async function filledGrid(spec: WorkSpec) {
  const a = addon();
  const { sheetName } = a.api.createJournal(form({ className: '6А', pupils: PUPILS, structure: STRUCTURE }));
  const { gridSheet } = await createScoreGrid(api(a), spec, sheetName, 'ru', (n) => n);
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
    const out = await writeRubrics(api(a), spec, sheetName, 'ru', TEXTS);
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
    const whole = await writeRubrics(api(a), spec, sheetName, 'ru', TEXTS);
    const one = await writeRubrics(api(a), spec, sheetName, 'kk', TEXTS, PUPILS[1]);
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
    const absent = await writeRubrics(api(a), spec, sheetName, 'ru', TEXTS, PUPILS[2]);
    const absentText = a.services.spreadsheet.getSheetByName(absent.sheetName)!.getDataRange().getValues();
    expect(levelsByPage(absentText, absentText.length)).toEqual([]);
    expect(absentText.flat()).toContain(PUPILS[2]);
  });

  it('refuses without a grid, and a grid made from another specification', async () => {
    const spec = fractionsSpec();
    const { a, sheetName } = await filledGrid(spec);
    const sor1 = { ...spec, work: { kind: 'sor' as const, index: 1 } };
    await expect(writeRubrics(api(a), sor1, sheetName, 'ru', TEXTS)).rejects.toEqual(
      new GridRefused('no grid'),
    );
    const other = structuredClone(spec);
    other.tasks[0].descriptors[0].points = 3;
    other.tasks[0].descriptors[1].points = 0.5;
    await expect(writeRubrics(api(a), other, sheetName, 'ru', TEXTS)).rejects.toThrow(/^other spec: /);
  });
});
