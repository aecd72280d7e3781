import { journalLayout } from '../../src/core/journal/layout';
import { codesPattern } from '../../src/core/journal/codes';
import { journalScoreCells, scoreGrid, type WorkSpec } from '../../src/core/tasks';
import { form, parseRange, pupilNames, QUARTER } from '../journal/fixtures';
import { fractionsSpec } from './fixtures';

const pupils = ['Абенов Нурлан', '=HYPERLINK("x")', 'Ким Виктория'];
const grid = scoreGrid(fractionsSpec(), { pupils, className: '6А' }, 'ru');
const p = grid.positions;

describe('the score grid layout', () => {
  test('positions: 7 descriptor columns from C, the total in J, pupils from row 6', () => {
    expect(p).toEqual({
      pointsRow: 5,
      firstPupilRow: 6,
      pupilCount: 3,
      nameColumn: 2,
      firstDescriptorColumn: 3,
      descriptorCount: 7,
      totalColumn: 10,
    });
    expect(grid.columns).toBe(10);
    expect(grid.rows).toBe(8);
    expect(grid.frozenRows).toBe(5);
    expect(grid.frozenColumns).toBe(2);
  });

  test('header rows: title, task numbers merged over their descriptors, objectives, texts, points', () => {
    expect(grid.values[0][0]).toBe('СОР 2 · Обыкновенные дроби · 6А · Математика');
    expect(grid.values[1]).toEqual([
      '№',
      'Ученик',
      'Задание 1',
      '',
      'Задание 2',
      'Задание 3',
      '',
      '',
      'Задание 4',
      'Итого',
    ]);
    expect(grid.merges).toEqual(
      expect.arrayContaining(['C2:D2', 'F2:H2', 'C3:D3', 'F3:H3', 'A2:A4', 'B2:B4', 'J2:J4']),
    );
    expect(grid.merges).not.toContain('E2');
    // Quoted: Sheets would read 6.1.2.1 as a date.
    expect(grid.values[2].slice(2, 9)).toEqual(["'6.1.2.1", '', "'6.1.2.1", "'6.5.2.1", '', '', "'6.3.1.2"]);
    expect(grid.values[4]).toEqual(['', 'Макс. балл', 2, 1, 1, 2, 1.5, 0.5, 2, 10]);
  });

  test('long descriptor texts are shortened, the whole text goes to a note', () => {
    const long = 'находит значение выражения, используя свойства действий с обыкновенными дробями';
    expect(grid.values[3][6]).toBe(`${long.slice(0, 39).trimEnd()}…`);
    expect(grid.notes).toEqual([{ a1: 'G4', text: long }]);
    expect(grid.values[3][2]).toBe('складывает дроби с разными знаменателями');
  });

  test('pupil rows: number, the name as text (a formula-like name is quoted), an empty total cell', () => {
    expect(grid.values.slice(5).map((r) => r.slice(0, 2))).toEqual([
      [1, 'Абенов Нурлан'],
      [2, `'=HYPERLINK("x")`],
      [3, 'Ким Виктория'],
    ]);
    expect(grid.values.slice(5).every((r) => r.slice(2).every((v) => v === ''))).toBe(true);
  });

  test('one total formula per pupil row over that row’s descriptor cells', () => {
    expect(grid.formulas.a1).toBe('J6:J8');
    expect(grid.formulas.formulas).toHaveLength(3);
    grid.formulas.formulas.forEach(([f], i) => {
      const row = 6 + i;
      const refs = f.match(/[A-Z]+\d+(:[A-Z]+\d+)?/g);
      expect(new Set(refs)).toEqual(new Set([`C${row}:I${row}`]));
    });
  });

  test('a validation per descriptor column against the points row, accepting the codes', () => {
    expect(grid.validations.map((v) => v.a1)).toEqual([
      'C6:C8',
      'D6:D8',
      'E6:E8',
      'F6:F8',
      'G6:G8',
      'H6:H8',
      'I6:I8',
    ]);
    expect(grid.validations[4].formula).toContain('G6<=G$5');
    expect(grid.validations[4].formula).toContain(codesPattern());
    expect(grid.validations[4].helpText).toBe('Балл от 0 до 1,5, «н» (отсутствовал) или «осв» (освобождён)');
  });

  test('the headers with the points, and the totals, are protected (warning only)', () => {
    expect(grid.protections.map((x) => x.a1)).toEqual(['A2:J5', 'J6:J8']);
    expect(grid.protections[0].description).toContain('спецификации');
  });

  test('headers in Kazakh and English', () => {
    const kk = scoreGrid(fractionsSpec(), { pupils }, 'kk');
    expect(kk.values[0][0]).toBe('БЖБ 2 · Обыкновенные дроби · Математика');
    expect(kk.values[1][2]).toBe('1-тапсырма');
    const en = scoreGrid({ ...fractionsSpec(), work: { kind: 'soch' } }, { pupils, subject: 'Maths' }, 'en');
    expect(en.values[0][0]).toBe('SAT · Обыкновенные дроби · Maths');
    expect(en.values[1][9]).toBe('Total');
  });

  test('a class without pupils: headers only, no validations or formulas', () => {
    const empty = scoreGrid(fractionsSpec(), { pupils: [] }, 'ru');
    expect(empty.rows).toBe(5);
    expect(empty.validations).toEqual([]);
    expect(empty.formulas).toEqual({ a1: '', formulas: [] });
    expect(empty.protections.map((x) => x.a1)).toEqual(['A2:J5']);
  });
});

describe("the journal's score cells", () => {
  const names = pupilNames(4);
  const journal = journalLayout(form(QUARTER, names));
  const j = journal.positions;

  test('one lookup formula per journal pupil, in the work’s column, keyed by the pupil’s name cell', () => {
    const g = scoreGrid(fractionsSpec(), { pupils: names }, 'ru').positions;
    const cells = journalScoreCells(g, 'Дроби 6А', j, { kind: 'sor', index: 2 })!;
    const at = parseRange(cells.a1);
    expect(at).toEqual({
      row: j.firstPupilRow,
      column: j.sor.first + 1,
      lastRow: j.firstPupilRow + 3,
      lastColumn: j.sor.first + 1,
    });
    const name = `$B${j.firstPupilRow}`;
    expect(j.pupilColumn).toBe(2);
    expect(cells.formulas[0][0]).toBe(
      `=IF(${name}="","",INDEX('Дроби 6А'!$J$6:$J$9,MATCH(${name},'Дроби 6А'!$B$6:$B$9,0)))`,
    );
    expect(cells.formulas[3][0]).toContain(`$B${j.firstPupilRow + 3}`);
  });

  test('the СОЧ column; a work the journal does not have gives nothing', () => {
    const g = scoreGrid(fractionsSpec(), { pupils: names }, 'ru').positions;
    const soch: WorkSpec['work'] = { kind: 'soch' };
    expect(parseRange(journalScoreCells(g, 'G', j, soch)!.a1).column).toBe(j.soch);
    expect(journalScoreCells(g, 'G', j, { kind: 'sor', index: 4 })).toBeUndefined();
  });
});
