/**
 * «Create score grid» end to end on the fakes (HyperFormula evaluates the grid's totals, the
 * journal's lookups and the KB_ functions): the server's createScoreGrid (src/gas/app/scoreGrid.ts). The journal's mark is checked against a twin journal where the
 * same score was typed by hand.
 */
import { foundColumns } from '../../src/core/journal/snapshot';
import { journalScoreFormula, specToJson, type WorkSpec } from '../../src/core/tasks';
import { TEXTS } from '../../src/core/texts';
import { context } from '../../src/gas/context';
import { readOwnSheet, writeOwnLayout } from '../../src/gas/endpoints/reports';
import { fractionsSpec } from '../tasks/fixtures';
import { addon, form, quarterStructure } from './fixture';

const PUPILS = ['Абенов Нурлан', 'Ахметова Айгерим', 'Байжанов Ерлан', 'Иванов Пётр'];
// СОР 2 of 10 points, like fractionsSpec.
const STRUCTURE = quarterStructure({ sorMaxes: [15, 10, 20], sochMax: 25 });
// ФО 1–10, СОР 1, (СОР 2 left out), СОР 3, СОЧ — the same for every pupil, near the «4»/«3» border.
const OTHER_SCORES = [...Array<number>(10).fill(7), 11, 14, 15];

/** A journal of PUPILS with every score but СОР 2; `sor2` typed where given. */
function journal(a: ReturnType<typeof addon>, className: string, sor2: Record<number, number> = {}) {
  const { sheetName } = a.api.createJournal(form({ className, pupils: PUPILS, structure: STRUCTURE }));
  const data = a.api.readJournal(sheetName);
  const cols = foundColumns(data.columns);
  const sheet = a.services.spreadsheet.getSheetByName(sheetName)!;
  const first = data.rows.firstPupilRow;
  const scoreColumns = [...cols.fo.map((t) => t.column), cols.sor[0].column, cols.sor[2].column, cols.soch!];
  PUPILS.forEach((_, i) =>
    scoreColumns.forEach((c, k) => sheet.getRange(first + i, c).setValues([[OTHER_SCORES[k]]])),
  );
  for (const [i, score] of Object.entries(sor2))
    sheet.getRange(first + Number(i), cols.sor[1].column).setValues([[score]]);
  return { sheetName, sheet, first, sor2: cols.sor[1].column, mark: cols.detail.get(5)!, pupil: cols.pupil! };
}

describe('score grid', () => {
  it('links the empty journal cells, keeps a typed score, and the descriptor points reach the mark', async () => {
    const a = addon();
    const j = journal(a, '6А', { 1: 7 });
    const spec: WorkSpec = fractionsSpec();
    const out = a.api.createScoreGrid({ json: specToJson(spec), sheetName: j.sheetName });

    const at = (row: number) => `N${row}`;
    expect(j.sor2).toBe(14); // N: the quarter layout's СОР 2 column, so the A1s below are readable
    expect(out.link.linked).toEqual([at(j.first), at(j.first + 2), at(j.first + 3)]);
    expect(out.link.kept).toEqual([{ a1: at(j.first + 1), pupil: PUPILS[1], found: 7 }]);
    expect(j.sheet.getRange(j.first + 1, j.sor2).getValues()[0][0]).toBe(7);
    expect(j.sheet.getRange(j.first + 1, j.sor2).getFormulas()[0][0]).toBe('');

    // The grid: the add-on's own sheet, pupils in journal order, totals as formulas.
    const gridSheet = a.services.spreadsheet.getSheetByName(out.gridSheet)!;
    const names = gridSheet
      .getRange(6, 2, PUPILS.length, 1)
      .getValues()
      .map((r) => r[0]);
    expect(names).toEqual(PUPILS);
    const totalColumn = 3 + 7; // 7 descriptors from column C
    expect(gridSheet.getRange(6, totalColumn).getFormulas()[0][0]).toMatch(/^=IF\(COUNTA\(C6:I6\)=0/);
    // What the generic writer adds for the grid: the long descriptor's note, validations, protections.
    const shot = a.services.spreadsheet.snapshot().sheets.find((x) => x.name === out.gridSheet)!;
    const cell = (row: number, col: number) => shot.cells.find((c) => c.row === row && c.col === col);
    const long = spec.tasks[2].descriptors[1].text;
    expect(long.length).toBeGreaterThan(40);
    expect(cell(4, 7)?.note).toBe(long);
    expect(cell(6, 3)?.validation).toMatch(/2/);
    expect(shot.frozenColumns).toBe(2);
    expect(shot.protections.map((p) => p.range)).toEqual(['A2:J5', `J6:J9`]);
    expect(shot.protections.every((p) => p.warningOnly)).toBe(true);
    // The linked cell reads the pupil's total by name.
    const refs = { sheetName: out.gridSheet, firstPupilRow: 6, lastPupilRow: 9, nameColumn: 2, totalColumn };
    expect(j.sheet.getRange(j.first, j.sor2).getFormulas()[0][0]).toBe(
      journalScoreFormula(refs, `$B${j.first}`),
    );
    // Nothing typed in the grid yet: the journal's СОР 2 reads as not written.
    expect(j.sheet.getRange(j.first, j.sor2).getValues()[0][0]).toBe('');

    // The teacher marks pupil 1 (10 of 10) and pupil 3 (6 of 10) in the grid.
    gridSheet.getRange(6, 3, 1, 7).setValues([[2, 1, 1, 2, 1.5, 0.5, 2]]);
    gridSheet.getRange(8, 3, 1, 7).setValues([[2, 1, 0, 2, 0, 0, 1]]);
    a.services.SpreadsheetApp.flush();
    expect(
      j.sheet
        .getRange(j.first, j.sor2, 3, 1)
        .getValues()
        .map((r) => r[0]),
    ).toEqual([10, 7, 6]);

    // The marks equal those of a twin journal where the same scores were typed by hand.
    const twin = journal(a, '6Б', { 0: 10, 1: 7, 2: 6 });
    const marks = (x: typeof j) =>
      x.sheet
        .getRange(x.first, x.mark, 3, 1)
        .getValues()
        .map((r) => r[0]);
    expect(marks(j)).toEqual(marks(twin));
    const before = marks(j)[0];
    gridSheet.getRange(6, 3, 1, 7).setValues([[0, 0, 0, 0, 0, 0, 0]]);
    twin.sheet.getRange(twin.first, twin.sor2).setValues([[0]]);
    expect(marks(j)[0]).toBe(marks(twin)[0]);
    expect(marks(j)[0]).not.toBe(before);
  });

  it('never rewrites an existing grid (it holds the teacher’s points) and refuses a max mismatch', async () => {
    const a = addon();
    const j = journal(a, '6А');
    const first = a.api.createScoreGrid({ json: specToJson(fractionsSpec()), sheetName: j.sheetName });
    const gridSheet = a.services.spreadsheet.getSheetByName(first.gridSheet)!;
    gridSheet.getRange(6, 3).setValues([[2]]);
    expect(() =>
      a.api.createScoreGrid({ json: specToJson(fractionsSpec()), sheetName: j.sheetName }),
    ).toThrow(TEXTS.ru.server.gridExists(first.gridSheet));
    expect(gridSheet.getRange(6, 3).getValues()[0][0]).toBe(2);

    const sor1 = { ...fractionsSpec(), work: { kind: 'sor', index: 1 } } as WorkSpec; // 10 points, max 15
    expect(() => a.api.createScoreGrid({ json: specToJson(sor1), sheetName: j.sheetName })).toThrow(/15/);
    const id = `${a.api.readJournal(j.sheetName).sheetId}.sor1`;
    expect(readOwnSheet(context(a.services), { kind: 'scoreGrid', id })).toBeNull();
  });

  it('the writer refuses a total formula that reads elsewhere or fetches', () => {
    const a = addon();
    const layout = {
      rows: 2,
      columns: 2,
      values: [
        ['a', 1],
        ['b', 2],
      ],
      merges: [],
      bold: [],
      backgrounds: [],
      numberFormats: [],
      columnWidths: [],
      frozenRows: 0,
    };
    const write = (formula: string) =>
      writeOwnLayout(context(a.services), { kind: 'scoreGrid', id: '1.sor1' }, 'Сетка', {
        ...layout,
        formulas: { a1: 'B1:B2', formulas: [[formula], ['=SUM(B1:B1)']] },
      });
    for (const f of ['=IMPORTXML("https://x.org",A1)', "='Журнал'!B5", '=SUM(KB_RULES)', '=HYPERLINK("x")'])
      expect(() => write(f)).toThrow();
    expect(write('=IF(COUNTA(A1:A1)=0,"",SUM(A1:A1))').sheetName).toBe('Сетка');
  });
});
