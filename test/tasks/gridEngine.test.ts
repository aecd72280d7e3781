/**
 * The grid's formulas in a real formula engine: the totals, the journal's score cells pulling them
 * by name (also after the grid is sorted), the journal's mark following, and the validations.
 */
import { parseCell } from '../../src/core/cells';
import { rangeA1 } from '../../src/core/journal/a1';
import { readGrid } from '../../src/core/tasks';
import { pupilNames } from '../journal/fixtures';
import { gridBook } from './engine';
import { fractionsSpec } from './fixtures';

const names = pupilNames(5);

describe('totals and the journal score cell', () => {
  const book = gridBook(fractionsSpec(), names);
  const p = book.grid.positions;
  const row = (n: number) => p.firstPupilRow + n - 1;

  test('an empty row: the work was not written, total and journal cell empty', () => {
    expect(book.gridValue(row(1), p.totalColumn)).toBe('');
    expect(book.journalScore(1)).toBe('');
  });

  test('marking two pupils: the totals and the journal scores follow', () => {
    // 2+1+1+2+1.5+0.5+2 = 10 of 10; 1+0+1+1+0.5+0+2 = 5.5 (an empty cell beside points counts 0).
    book.mark(row(2), [2, 1, 1, 2, 1.5, 0.5, 2]);
    book.mark(row(3), [1, 0, 1, 1, 0.5, '', 2]);
    expect(book.gridValue(row(2), p.totalColumn)).toBe(10);
    expect(book.gridValue(row(3), p.totalColumn)).toBe(5.5);
    expect(book.journalScore(2)).toBe(10);
    expect(book.journalScore(3)).toBe(5.5);
  });

  test("the journal's period mark follows a change in the grid", () => {
    const j = book.journal.positions;
    // ФО all 5 of 10 (50 %), СОР 1 20/20, СОР 3 20/20, СОЧ 15/25 (60 %); СОР 2 from the grid.
    for (let k = 0; k < j.fo.count; k++) book.setJournal(1, j.fo.first + k, 5);
    book.setJournal(1, j.sor.first, 20);
    book.setJournal(1, j.sor.first + 2, 20);
    book.setJournal(1, j.soch!, 15);
    // СОР 2 10/10: СОР 100 % → P = 12.5 + 25 + 30 = 67.5 → 4.
    book.mark(row(1), [2, 1, 1, 2, 1.5, 0.5, 2]);
    expect(book.journalMark(1)).toBe(4);
    // СОР 2 0/10: СОР 80 % (40 of 50) or 66.7 % (mean of percents) → P ≤ 62.5 → 3.
    book.mark(row(1), [0, 0, 0, 0, 0, 0, 0]);
    expect(book.journalScore(1)).toBe(0);
    expect(book.journalMark(1)).toBe(3);
    book.mark(row(1), ['', '', '', '', '', '', '']);
  });

  test('points above a descriptor’s max: the total says so, and the journal row shows a «!» problem', () => {
    // The first descriptor is worth 2: 3 is above it (the validation only warns).
    book.mark(row(1), [3, 1, 1, 2, 1.5, 0.5, 2]);
    expect(book.gridValue(row(1), p.totalColumn)).toBe('! балл выше макс. дескриптора');
    expect(String(book.journalMark(1))).toMatch(/^! СОР 2: /);
    book.mark(row(1), ['', '', '', '', '', '', '']);
    expect(book.gridValue(row(1), p.totalColumn)).toBe('');
  });

  test('an absence or exemption code reaches the journal as typed; numbers beside it are ignored', () => {
    book.mark(row(4), ['', 'Н ', '', '', '', '', '']);
    book.mark(row(5), [1, 'осв', '', '', '', '', '']);
    expect(parseCell(book.journalScore(4))).toEqual({ kind: 'absent' });
    expect(parseCell(book.journalScore(5))).toEqual({ kind: 'exempt' });
  });

  test('what readGrid reads is what the journal receives', () => {
    const read = readGrid(fractionsSpec(), p, book.gridValues());
    read.pupils.forEach((pupil, i) => {
      const got = parseCell(book.journalScore(i + 1));
      if (pupil.state === 'wrote') expect(got).toEqual({ kind: 'number', value: pupil.total });
      else expect(got.kind).toBe(pupil.state);
    });
    expect(read.pupils.map((x) => x.state)).toEqual(['empty', 'wrote', 'wrote', 'absent', 'exempt']);
  });
});

describe('sorting', () => {
  test('a grid in another order than the journal still gives every pupil their own total', () => {
    const reversed = [...names].reverse();
    const book = gridBook(fractionsSpec(), names, reversed);
    const p = book.grid.positions;
    // The grid's first row is the journal's last pupil.
    book.mark(p.firstPupilRow, [2, 1, 1, 2, 1.5, 0.5, 2]);
    book.mark(p.firstPupilRow + 4, [0, 0, 1, 0, 0, 0, 0]);
    expect(book.journalScore(5)).toBe(10);
    expect(book.journalScore(1)).toBe(1);
    expect(book.journalScore(3)).toBe('');
  });

  test('a journal pupil missing from the grid shows an error, not an empty (unwritten) cell', () => {
    const book = gridBook(fractionsSpec(), names, names.slice(0, 4));
    expect(book.journalScore(5)).toMatchObject({ type: 'NA' });
    expect(book.journalScore(4)).toBe('');
  });

  test('a sheet name with an apostrophe is quoted', () => {
    const book = gridBook(fractionsSpec(), names, names, "СОР 2 (Д'Артаньян)");
    book.mark(book.grid.positions.firstPupilRow + 1, [1, 1, 1, 1, 1, 0.5, 1]);
    expect(book.journalScore(2)).toBe(6.5);
  });
});

describe('validations', () => {
  const book = gridBook(fractionsSpec(), names);
  const p = book.grid.positions;

  /** The validation of descriptor column `k` evaluated on its top-left cell holding `value`. */
  function accepts(k: number, value: unknown): unknown {
    const v = book.grid.validations[k];
    const column = p.firstDescriptorColumn + k;
    expect(v.a1).toBe(rangeA1(p.firstPupilRow, column, p.firstPupilRow + names.length - 1, column));
    book.hf.setCellContents({ sheet: book.gridSheet, row: p.firstPupilRow - 1, col: column - 1 }, [
      [value as never],
    ]);
    const result = book.hf.calculateFormula(v.formula, book.gridSheet);
    book.hf.setCellContents({ sheet: book.gridSheet, row: p.firstPupilRow - 1, col: column - 1 }, [[null]]);
    return result;
  }

  test('0…the descriptor points, empty or a code; nothing else', () => {
    // Column 0 is worth 2 points, column 5 is worth 0.5.
    for (const ok of [null, 0, 1, 2, 1.5, 'н', 'ОСВ', ' abs '])
      expect([ok, accepts(0, ok)]).toEqual([ok, true]);
    for (const bad of [2.5, -1, 'x', 'н/а']) expect([bad, accepts(0, bad)]).toEqual([bad, false]);
    expect(accepts(5, 0.5)).toBe(true);
    expect(accepts(5, 1)).toBe(false);
  });
});
