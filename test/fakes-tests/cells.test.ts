import vm from 'node:vm';
import { createFakeServices } from '../fakes';

function sheet(options: Parameters<typeof createFakeServices>[0] = {}) {
  const services = createFakeServices(options);
  return { services, sheet: services.spreadsheet.getActiveSheet(), spreadsheet: services.spreadsheet };
}

describe('cell values and formulas', () => {
  it('round-trips values and formulas; empty cells read as ""', () => {
    const { sheet: s } = sheet();
    const range = s.getRange('B2:D3');
    range.setValues([
      [9, 'Иванов Иван', true],
      ['=B2*2', '', '=C2&"!"'],
    ]);
    expect(range.getValues()).toEqual([
      [9, 'Иванов Иван', true],
      [18, '', 'Иванов Иван!'],
    ]);
    expect(range.getFormulas()).toEqual([
      ['', '', ''],
      ['=B2*2', '', '=C2&"!"'],
    ]);
    expect(s.getRange('A1').getValues()).toEqual([['']]);
  });

  it('reads strings passed to setValues like typed input, unless the cell is plain text (@)', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:F1').setValues([['007', '7,5', '8.5', "'=1+1", 'TRUE', '50%']]);
    expect(s.getRange('A1:F1').getValues()).toEqual([[7, 7.5, 8.5, '=1+1', true, 0.5]]);
    expect(s.getRange('A1:F1').getFormulas()).toEqual([['', '', '', '', '', '']]);
    s.getRange('A2:B2')
      .setNumberFormat('@')
      .setValues([['007', '=1+1']]);
    expect(s.getRange('A2:B2').getValues()).toEqual([['007', '=1+1']]);
  });

  it('keeps a comma as text in a locale with a decimal point', () => {
    const { sheet: s } = sheet({ locale: 'en_US' });
    s.getRange('A1:B1').setValues([['7,5', '7.5']]);
    expect(s.getRange('A1:B1').getValues()).toEqual([['7,5', 7.5]]);
  });

  it('evaluates errors to their Sheets codes', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:E1').setFormulas([['=1/0', '=NA()', '=NOSUCHFN(1)', '=SUM(', '="a"+1']]);
    expect(s.getRange('A1:E1').getValues()).toEqual([['#DIV/0!', '#N/A', '#NAME?', '#ERROR!', '#VALUE!']]);
  });

  it('shows display values in the spreadsheet locale and number format', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:F1').setValues([[9.5, 2 / 3, 0.25, 1234567, true, 'н/а']]);
    s.getRange('B1').setNumberFormat('0.0');
    s.getRange('C1').setNumberFormat('0%');
    s.getRange('D1').setNumberFormat('#,##0');
    expect(s.getRange('A1:F1').getDisplayValues()).toEqual([
      ['9,5', '0,7', '25%', '1\u00a0234\u00a0567', 'ИСТИНА', 'н/а'],
    ]);
    const en = sheet({ locale: 'en_US' }).sheet;
    en.getRange('A1:B1').setValues([[9.5, 2 / 3]]);
    expect(en.getRange('A1:B1').getDisplayValues()).toEqual([['9.5', '0.6666666667']]);
  });

  it('returns Dates for date cells', () => {
    const { sheet: s } = sheet();
    const day = new Date(2024, 8, 2);
    s.getRange('A1').setValues([[day]]);
    const [[back]] = s.getRange('A1').getValues();
    expect(back).toBeInstanceOf(Date);
    expect((back as Date).getTime()).toBe(day.getTime());
    expect(s.getRange('A1').getDisplayValues()).toEqual([['02.09.2024']]);
    s.getRange('B1').setFormula('=A1+1');
    expect(s.getRange('B1').getValues()).toEqual([[45538]]);
  });

  it('fills one formula over a range with relative references moving', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:B3').setValues([
      [1, 10],
      [2, 20],
      [3, 30],
    ]);
    s.getRange('C1:C3').setFormula('=A1+B1*$A$1');
    expect(s.getRange('C1:C3').getFormulas()).toEqual([['=A1+B1*$A$1'], ['=A2+B2*$A$1'], ['=A3+B3*$A$1']]);
    expect(s.getRange('C1:C3').getValues()).toEqual([[11], [22], [33]]);
  });

  it('accepts arrays and dates made in another realm (the bundle runs in a vm context)', () => {
    const { sheet: s } = sheet();
    const foreign = vm.runInNewContext('[[4, "=A1*2", new Date(2024, 0, 15)]]') as unknown[][];
    expect(foreign instanceof Array).toBe(false);
    s.getRange('A1:C1').setValues(foreign);
    expect(s.getRange('A1:C1').getDisplayValues()).toEqual([['4', '8', '15.01.2024']]);
  });

  it("refuses data of the wrong shape with Apps Script's message", () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => s.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('finds the last row and column with content, and the data range', () => {
    const { sheet: s } = sheet();
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([0, 0]);
    expect(s.getDataRange().getA1Notation()).toBe('A1');
    s.getRange('C7').setValues([['x']]);
    s.getRange('E2').setFormula('=""');
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([7, 5]);
    expect(s.getDataRange().getA1Notation()).toBe('A1:E7');
    s.getRange('C7').clearContent();
    expect(s.getLastRow()).toBe(2);
  });

  it('clears contents and formats with Sheet.clear but keeps notes', () => {
    const { sheet: s, spreadsheet } = sheet();
    s.getRange('A1:B1')
      .setValues([[1, 2]])
      .setBackground('#ffcccc')
      .setNote('ФО');
    s.clear();
    expect(s.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(spreadsheet.snapshot().sheets[0].cells).toEqual([
      { row: 1, col: 1, value: '', display: '', note: 'ФО' },
      { row: 1, col: 2, value: '', display: '', note: 'ФО' },
    ]);
  });

  it('merges cells keeping only the top-left value', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:C1')
      .setValues([['ФО', 'x', 'y']])
      .merge();
    expect(s.getRange('A1:C1').getValues()).toEqual([['ФО', '', '']]);
    expect(() => s.getRange('B1:D1').merge()).toThrow('You must select all cells in a merged range');
    s.getRange('A1:D2').merge();
    expect(s.merges.map((m) => [m.row, m.col, m.numRows, m.numCols])).toEqual([[1, 1, 2, 4]]);
  });

  it('handles a 40×30 block fast enough to run whole journals', () => {
    const { sheet: s } = sheet();
    s.insertColumnsAfter(26, 10);
    const block = Array.from({ length: 40 }, (_, r) =>
      Array.from({ length: 30 }, (_, c) => (r * 30 + c) % 11),
    );
    const start = performance.now();
    for (let i = 0; i < 50; i++) {
      s.getRange(5, 3, 40, 30).setValues(block);
      expect(s.getRange(5, 3, 40, 30).getValues()[39][29]).toBe(block[39][29]);
    }
    // About 5 ms alone; the bound is loose for a loaded machine but catches per-cell evaluation.
    expect((performance.now() - start) / 50).toBeLessThan(100);
  });
});

describe('formulas across sheets and names', () => {
  it('reads other sheets by plain and quoted names', () => {
    const { spreadsheet } = sheet();
    const first = spreadsheet.getActiveSheet();
    const math = spreadsheet.insertSheet('7А Математика');
    math.getRange('B3:C3').setValues([[4, 5]]);
    first.getRange('A1').setFormula("=SUM('7А Математика'!B3:C3)");
    math.getRange('A1').setFormula('=Лист1!A1*2');
    expect(first.getRange('A1').getValues()).toEqual([[9]]);
    expect(math.getRange('A1').getValues()).toEqual([[18]]);
    expect(math.getRange('A1').getFormulas()).toEqual([['=Лист1!A1*2']]);
  });

  it('makes a named range usable in formulas and findable by name', () => {
    const { spreadsheet } = sheet();
    const s = spreadsheet.getActiveSheet();
    s.getRange('E1:E3').setValues([[1], [2], [3]]);
    spreadsheet.setNamedRange('KB_SCORES', s.getRange('E1:E3'));
    s.getRange('A1').setFormula('=SUM(KB_SCORES)');
    expect(s.getRange('A1').getValues()).toEqual([[6]]);
    expect(spreadsheet.getRangeByName('KB_SCORES')?.getA1Notation()).toBe('E1:E3');
    expect(spreadsheet.getRangeByName('NOPE')).toBeNull();
    // Redefining moves the name, and formulas follow.
    spreadsheet.setNamedRange('KB_SCORES', s.getRange('E1:E2'));
    expect(s.getRange('A1').getValues()).toEqual([[3]]);
  });
});
