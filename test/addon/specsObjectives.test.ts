/**
 * The analysis form's objective blocks from a score grid, end to end on the fakes: the server's
 * analysis (src/gas/app/analysis.ts) with the library's specifications fills
 * «objectives achieved» / «caused difficulty» from the grid the teacher marked; a teacher's edit of
 * a block is kept on regeneration while the block left alone follows the grid.
 */
import { findBlocks, keptTextOf } from '../../src/core/reports';
import { criteriaOf, descriptorColumns, specToJson } from '../../src/core/tasks';
import { buildAnalyses } from '../../sidebar/features/reports/runs';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Lang } from '../../src/core/i18n';
import { fractionsSpec } from '../tasks/fixtures';
import { addon, form, quarterStructure } from './fixture';
import { caller } from './reportsFixture';

const PUPILS = ['Абенов Нурлан', 'Ахметова Айгерим', 'Байжанов Ерлан', 'Иванов Пётр'];
const STRUCTURE = quarterStructure({ sorMaxes: [15, 10, 20], sochMax: 25 });

const spec = fractionsSpec();
const criteria = criteriaOf(spec);
const columns = descriptorColumns(spec);

/** Every pupil gets all the points of the criteria in `full`, none of the others. */
function mark(
  grid: ReturnType<ReturnType<typeof addon>['services']['spreadsheet']['getSheetByName']>,
  full: number[],
) {
  const cells = (k: number) =>
    criteria.filter((_, i) => full.includes(i)).some((c) => c.descriptors.includes(k));
  const row = columns.map((c) => (cells(c.index) ? c.points : 0));
  grid!.getRange(6, 3, PUPILS.length, columns.length).setValues(PUPILS.map(() => row));
}

async function school() {
  const a = addon();
  const { sheetName } = a.api.createJournal(form({ className: '6А', pupils: PUPILS, structure: STRUCTURE }));
  const { gridSheet } = a.api.createScoreGrid({ json: specToJson(spec), sheetName });
  const grid = a.services.spreadsheet.getSheetByName(gridSheet);
  return { a, sheetName, grid };
}

async function analyse(a: ReturnType<typeof addon>, sheetName: string, lang: Lang = 'ru') {
  a.api.saveSettings({ ...DEFAULT_SETTINGS, lang, schoolName: 'Школа' });
  const result = await buildAnalyses(caller(a.api), [sheetName], { date: '2026-11-22' }, () => undefined, {
    cancelled: false,
  });
  expect(result.errors).toEqual([]);
  const sheet = a.services.spreadsheet.getSheetByName(result.sheets[0])!;
  const values = sheet.getDataRange().getValues();
  const blocks = findBlocks(values, 8);
  return { sheet, blocks, kept: keptTextOf(values, blocks) };
}

const codes = (text: string | undefined) =>
  [...(text ?? '').matchAll(/\d+\.\d+\.\d+\.\d+/g)].map((m) => m[0]);

describe('objectives in the analysis from the score grid', () => {
  it('fills the blocks from the grid, and keeps a teacher edit while the other block follows the grid', async () => {
    const { a, sheetName, grid } = await school();
    a.api.saveSpec(specToJson(spec));
    mark(grid, [0]); // the first criterion reached by all, the others by nobody
    const first = await analyse(a, sheetName);
    const objective = (i: number) => criteria[i].objective;
    expect(codes(first.kept.achieved)).toEqual([objective(0)]);
    expect(codes(first.kept.difficult)).toEqual(criteria.slice(1).map((c) => c.objective));
    expect(first.kept.achieved).toContain('100 %');

    // The teacher rewrites «achieved»; the grid changes so that every criterion is reached.
    const achieved = first.blocks.find((b) => b.id === 'achieved')!;
    first.sheet.getRange(achieved.row, achieved.column).setValues([['Своими словами: дроби усвоены.']]);
    mark(
      grid,
      criteria.map((_, i) => i),
    );
    const second = await analyse(a, sheetName);
    expect(second.kept.achieved).toBe('Своими словами: дроби усвоены.');
    expect(second.kept.difficult).toBeUndefined(); // nothing caused difficulty now: the generated block empties

    // Back to the first marks, in Kazakh: the teacher's block still kept, the other regenerated.
    mark(grid, [0]);
    const third = await analyse(a, sheetName, 'kk');
    expect(third.kept.achieved).toBe('Своими словами: дроби усвоены.');
    expect(codes(third.kept.difficult)).toEqual(criteria.slice(1).map((c) => c.objective));
    expect(third.kept.difficult).not.toEqual(first.kept.difficult); // Kazakh lines now
  });

  it('leaves the blocks alone without a specification of the work in the library', async () => {
    const { a, sheetName, grid } = await school();
    mark(grid, [0]);
    expect((await analyse(a, sheetName)).kept.achieved).toBeUndefined();
    // A library specification of the same work under another title is not this grid's.
    a.api.saveSpec(specToJson({ ...spec, title: 'Другая работа' }));
    expect((await analyse(a, sheetName)).kept.achieved).toBeUndefined();
  });
});
