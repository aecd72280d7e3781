import { columnLetter, columnNumber, parseA1, quoteSheetName, rectA1, splitSheetPrefix } from '../fakes/a1';
import { createFakeServices } from '../fakes';

describe('A1 notation', () => {
  it('converts column letters both ways, past Z and ZZ', () => {
    expect([1, 26, 27, 52, 702, 703, 18278].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'ZZ',
      'AAA',
      'ZZZ',
    ]);
    expect(['A', 'z', 'AA', 'az', 'ZZ', 'AAA'].map(columnNumber)).toEqual([1, 26, 27, 52, 702, 703]);
  });

  it('reads cells, blocks, whole columns and whole rows', () => {
    expect(parseA1('B3', 1000, 26)).toEqual({ row: 3, col: 2, numRows: 1, numCols: 1 });
    expect(parseA1('$B$3:D7', 1000, 26)).toEqual({ row: 3, col: 2, numRows: 5, numCols: 3 });
    expect(parseA1('D7:B3', 1000, 26)).toEqual({ row: 3, col: 2, numRows: 5, numCols: 3 });
    expect(parseA1('C:C', 1000, 26)).toEqual({
      row: 1,
      col: 3,
      numRows: 1000,
      numCols: 1,
      wholeColumns: true,
    });
    expect(parseA1('C:E', 500, 26)).toMatchObject({ col: 3, numCols: 3, numRows: 500 });
    expect(parseA1('4:4', 1000, 30)).toEqual({ row: 4, col: 1, numRows: 1, numCols: 30, wholeRows: true });
  });

  it('prints ranges the way Sheets does', () => {
    expect(rectA1({ row: 3, col: 2, numRows: 1, numCols: 1 })).toBe('B3');
    expect(rectA1({ row: 5, col: 3, numRows: 40, numCols: 12 })).toBe('C5:N44');
    expect(rectA1(parseA1('C:E', 1000, 26))).toBe('C:E');
    expect(rectA1(parseA1('4:6', 1000, 26))).toBe('4:6');
  });

  it("rejects what it cannot read with Apps Script's message", () => {
    for (const bad of ['', 'B', '3', 'B3:', 'B3:D7:E9', 'KB_RULES', 'A1B']) {
      expect(() => parseA1(bad, 1000, 26)).toThrow('Range not found');
    }
  });

  it('splits and quotes sheet prefixes', () => {
    expect(splitSheetPrefix("'7А Математика'!B3")).toEqual({ sheetName: '7А Математика', ref: 'B3' });
    expect(splitSheetPrefix("'Teacher''s'!A1:B2")).toEqual({ sheetName: "Teacher's", ref: 'A1:B2' });
    expect(splitSheetPrefix('Лист1!C:C')).toEqual({ sheetName: 'Лист1', ref: 'C:C' });
    expect(splitSheetPrefix('B3')).toEqual({ ref: 'B3' });
    expect(quoteSheetName('Лист1')).toBe('Лист1');
    expect(quoteSheetName('7А Математика')).toBe("'7А Математика'");
    expect(quoteSheetName('AB12')).toBe("'AB12'");
  });

  it('resolves ranges on sheets and on the spreadsheet with a sheet prefix', () => {
    const { spreadsheet } = createFakeServices();
    const math = spreadsheet.insertSheet('7А Математика');
    const first = spreadsheet.getSheets()[0];
    expect(first.getRange('C:C').getA1Notation()).toBe('C:C');
    expect(first.getRange('C:C').getNumRows()).toBe(1000);
    expect(first.getRange(2, 3, 4, 5).getA1Notation()).toBe('C2:G5');
    const prefixed = spreadsheet.rangeByA1("'7А Математика'!B3:D7");
    expect(prefixed.getSheet().getName()).toBe('7А Математика');
    expect(prefixed.getA1Notation()).toBe('B3:D7');
    expect(first.getRange("'7А Математика'!B3").getSheet()).toBe(math);
    expect(() => spreadsheet.rangeByA1("'Нет такого'!B3")).toThrow('Range not found');
  });

  it('checks range coordinates like Apps Script', () => {
    const sheet = createFakeServices().spreadsheet.getActiveSheet();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1000, 26, 2, 1)).toThrow('outside the dimensions of the sheet');
    expect(() => sheet.getRange('AA1')).toThrow('outside the dimensions of the sheet');
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
  });
});
