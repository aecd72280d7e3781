/**
 * «Create score grid» end to end on the fakes (HyperFormula evaluates the grid's totals, the
 * journal's lookups and the KB_ functions): the sidebar's flow (sidebar/features/specs/grid.ts)
 * runs straight on the endpoints. The journal's mark is checked against a twin journal where the
 * same score was typed by hand.
 */
import { foundColumns } from '../../src/core/journal/snapshot';
import { journalScoreFormula, type WorkSpec } from '../../src/core/tasks';
import { createScoreGrid, GridRefused, type GridApi } from '../../sidebar/features/specs/grid';
import { fractionsSpec } from '../tasks/fixtures';
import { addon, form, quarterStructure } from './fixture';

const PUPILS = ['Абенов Нурлан', 'Ахметова Айгерим', 'Байжанов Ерлан', 'Иванов Пётр'];
// СОР 2 of 10 points, like fractionsSpec.
const STRUCTURE = quarterStructure({ sorMaxes: [15, 10, 20], sochMax: 25 });
// ФО 1–10, СОР 1, (СОР 2 left out), СОР 3, СОЧ — the same for every pupil, near the «4»/«3» border.
const OTHER_SCORES = [...Array<number>(10).fill(7), 11, 14, 15];

function grid(api: ReturnType<typeof addon>['api']): GridApi {
  return {
    readJournal: async (...a) => api.readJournal(...a),
    readOwnSheet: async (...a) => api.readOwnSheet(...a),
    beginRun: async (...a) => api.beginRun(...a),
    writeOwnSheet: async (...a) => api.writeOwnSheet(...a),
    endRun: async (...a) => api.endRun(...a),
    linkScoreCells: async (...a) => api.linkScoreCells(...a),
  };
}

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

const exists = (name: string) => `exists: ${name}`;

describe('score grid', () => {
  it('links the empty journal cells, keeps a typed score, and the descriptor points reach the mark', async () => {
    const a = addon();
    const j = journal(a, '6А', { 1: 7 });
    const spec: WorkSpec = fractionsSpec();
    const out = await createScoreGrid(grid(a.api), spec, j.sheetName, 'ru', exists);

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
    const first = await createScoreGrid(grid(a.api), fractionsSpec(), j.sheetName, 'ru', exists);
    const gridSheet = a.services.spreadsheet.getSheetByName(first.gridSheet)!;
    gridSheet.getRange(6, 3).setValues([[2]]);
    await expect(createScoreGrid(grid(a.api), fractionsSpec(), j.sheetName, 'ru', exists)).rejects.toThrow(
      new GridRefused(exists(first.gridSheet)),
    );
    expect(gridSheet.getRange(6, 3).getValues()[0][0]).toBe(2);

    const sor1 = { ...fractionsSpec(), work: { kind: 'sor', index: 1 } } as WorkSpec; // 10 points, max 15
    await expect(createScoreGrid(grid(a.api), sor1, j.sheetName, 'ru', exists)).rejects.toThrow(/15/);
    expect(
      a.api.readOwnSheet({ kind: 'scoreGrid', id: `${a.api.readJournal(j.sheetName).sheetId}.sor1` }),
    ).toBeNull();
  });

  it('the grid writer refuses a total formula that reads elsewhere or fetches', () => {
    const a = addon();
    const { runId } = a.api.beginRun('scoreGrid');
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
      a.api.writeOwnSheet({
        kind: 'scoreGrid',
        id: '1.sor1',
        name: 'Сетка',
        runId,
        layout: { ...layout, formulas: { a1: 'B1:B2', formulas: [[formula], ['=SUM(B1:B1)']] } },
      });
    for (const f of ['=IMPORTXML("https://x.org",A1)', "='Журнал'!B5", '=SUM(KB_RULES)', '=HYPERLINK("x")'])
      expect(() => write(f)).toThrow();
    expect(write('=IF(COUNTA(A1:A1)=0,"",SUM(A1:A1))').sheetName).toBe('Сетка');
  });

  describe('the link endpoint trusts nothing', () => {
    function setup() {
      const a = addon();
      const j = journal(a, '6А');
      return { a, j };
    }

    it('refuses a formula that is not a lookup of the row’s own pupil in an own grid sheet; nothing written', async () => {
      const { a, j } = setup();
      const out = await createScoreGrid(grid(a.api), fractionsSpec(), j.sheetName, 'ru', exists);
      const sheetId = a.api.readJournal(j.sheetName).sheetId;
      const scope = { kind: 'scoreGrid', id: `${sheetId}.sor2` };
      const row = j.first;
      j.sheet.getRange(row, j.sor2).clearContent();
      const refs = {
        sheetName: out.gridSheet,
        firstPupilRow: 6,
        lastPupilRow: 9,
        nameColumn: 2,
        totalColumn: 10,
      };
      const good = journalScoreFormula(refs, `$B${row}`);
      const bad = [
        { a1: `N${row}`, formula: '=IMPORTXML("https://example.org",A1)' },
        { a1: `N${row}`, formula: journalScoreFormula(refs, `$B${row + 1}`) }, // another row's pupil
        { a1: `N${row}`, formula: journalScoreFormula({ ...refs, sheetName: j.sheetName }, `$B${row}`) },
        { a1: `B${row}`, formula: good }, // the pupil column, not a score column
        { a1: 'N2', formula: journalScoreFormula(refs, '$B2') }, // a header row
      ];
      for (const cell of bad)
        expect(() => a.api.linkScoreCells({ sheetName: j.sheetName, grid: scope, cells: [cell] })).toThrow();
      expect(() =>
        a.api.linkScoreCells({
          sheetName: j.sheetName,
          grid: { kind: 'analysis', id: `${sheetId}.sor2` },
          cells: [],
        }),
      ).toThrow();
      expect(j.sheet.getRange(row, j.sor2).getFormulas()[0][0]).toBe('');
      // The good one is written, and a second time reported as already there.
      const cells = [{ a1: `N${row}`, formula: good }];
      expect(a.api.linkScoreCells({ sheetName: j.sheetName, grid: scope, cells }).linked).toEqual([
        `N${row}`,
      ]);
      expect(a.api.linkScoreCells({ sheetName: j.sheetName, grid: scope, cells })).toEqual({
        linked: [],
        already: [`N${row}`],
        kept: [],
      });
    });
  });
});
