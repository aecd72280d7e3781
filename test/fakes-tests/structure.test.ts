import { createFakeServices } from '../fakes';

function journal() {
  const services = createFakeServices({
    functions: {
      DOUBLE: (r: unknown) =>
        (r as unknown[][]).map((row) => [row.reduce<number>((a, b) => a + Number(b), 0) * 2]),
    },
  });
  const { spreadsheet, SpreadsheetApp } = services;
  const s = spreadsheet.getActiveSheet();
  s.getRange('A1:E1').setValues([['ФИО', 'ФО1', 'ФО2', 'СОР1', 'итог']]);
  s.getRange('A2:D3').setValues([
    ['Асанов', 8, 9, 15],
    ['Бекова', 7, 10, 18],
  ]);
  s.getRange('E2').setFormula('=DOUBLE(B2:C3)');
  s.getRange('F2:F3').setFormula('=SUM(B2:D2)');
  s.getRange('C1').setNote('ФО 2').setBackground('#ddeeff');
  s.getRange('C2:C3').setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireFormulaSatisfied('=AND(C2>=1,C2<=10)')
      .setAllowInvalid(false)
      .build(),
  );
  s.getRange('D2:D3').protect().setDescription('СОР');
  s.getRange('C:C').addDeveloperMetadata('kb.column', 'fo');
  s.getRange('D:D').addDeveloperMetadata('kb.column', 'sor');
  s.setColumnWidth(3, 60);
  s.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=C2<5')
      .setBackground('#f4cccc')
      .setRanges([s.getRange('C2:C3')])
      .build(),
  ]);
  s.setFrozenColumns(2);
  return { services, spreadsheet, s };
}

describe('inserting and deleting rows and columns', () => {
  it('moves values, formulas, spills and everything recorded at cells when columns are inserted', () => {
    const { spreadsheet, s } = journal();
    spreadsheet.userInsertColumnsBefore(s, 3, 2);
    expect(s.getMaxColumns()).toBe(28);
    expect(s.getRange('A1:G1').getValues()).toEqual([['ФИО', 'ФО1', '', '', 'ФО2', 'СОР1', 'итог']]);
    expect(s.getRange('G2:H3').getFormulas()).toEqual([
      ['=DOUBLE(B2:E3)', '=SUM(B2:F2)'],
      ['', '=SUM(B3:F3)'],
    ]);
    expect(s.getRange('G2:H3').getValues()).toEqual([
      [34, 32],
      [34, 35],
    ]);
    expect(spreadsheet.noteAt(s, 1, 5)).toBe('ФО 2');
    expect(spreadsheet.noteAt(s, 1, 3)).toBeNull();
    expect(spreadsheet.validationAt(s, 3, 5)).toEqual({
      formula: '=AND(E3>=1,E3<=10)',
      allowInvalid: false,
      helpText: '',
    });
    expect(s.protections.map((p) => p.a1())).toEqual(['F2:F3']);
    expect(s.conditionalFormatRules().map((r) => [r.argument, r.ranges])).toEqual([['=E2<5', ['E2:E3']]]);
    expect(s.columnWidth(5)).toBe(60);
    expect(s.columnWidth(3)).toBe(100);
    expect(s.frozenColumns).toBe(2);
    const located = s
      .createDeveloperMetadataFinder()
      .withKey('kb.column')
      .find()
      .map((m) => [m.getValue(), m.getLocation().getColumn()?.getA1Notation()]);
    expect(located).toEqual([
      ['fo', 'E:E'],
      ['sor', 'F:F'],
    ]);
  });

  it('inserts after a column with insertColumnsAfter, growing a frozen area it falls inside', () => {
    const { s } = journal();
    s.insertColumnsAfter(1, 1);
    expect(s.getRange('A1:C1').getValues()).toEqual([['ФИО', '', 'ФО1']]);
    expect(s.frozenColumns).toBe(3);
    expect(() => s.insertColumnsAfter(29, 1)).toThrow('Those columns are out of bounds.');
  });

  it('drops what lived in deleted columns and turns references to them into #REF!', () => {
    const { spreadsheet, s } = journal();
    s.getRange('H1').setFormula('=C2');
    s.deleteColumns(3, 1);
    expect(s.getMaxColumns()).toBe(25);
    expect(s.getRange('A1:D1').getValues()).toEqual([['ФИО', 'ФО1', 'СОР1', 'итог']]);
    expect(s.getRange('E2').getFormulas()).toEqual([['=SUM(B2:C2)']]);
    expect(s.getRange('G1').getValues()).toEqual([['#REF!']]);
    expect(s.getRange('D2:D3').getValues()).toEqual([[16], [14]]);
    expect(spreadsheet.validationAt(s, 2, 3)).toBeNull();
    expect(s.conditionalFormatRules()).toEqual([]);
    expect(s.protections.map((p) => p.a1())).toEqual(['C2:C3']);
    const values = spreadsheet
      .createDeveloperMetadataFinder()
      .find()
      .map((m) => [m.getValue(), m.getLocation().getColumn()?.getA1Notation()]);
    expect(values).toEqual([['sor', 'C:C']]);
  });

  it('moves rows, shrinking ranges that lose rows', () => {
    const { spreadsheet, s } = journal();
    spreadsheet.userInsertRowsBefore(s, 2, 1);
    expect(s.getRange('A3').getValues()).toEqual([['Асанов']]);
    expect(s.getRange('F3').getFormulas()).toEqual([['=SUM(B3:D3)']]);
    expect(s.protections.map((p) => p.a1())).toEqual(['D3:D4']);
    s.deleteRows(4, 1);
    expect(s.getRange('A3:A4').getValues()).toEqual([['Асанов'], ['']]);
    expect(s.getRange('E3').getFormulas()).toEqual([['=DOUBLE(B3:C3)']]);
    expect(s.getRange('E3:E4').getValues()).toEqual([[34], ['']]);
    expect(s.protections.map((p) => p.a1())).toEqual(['D3']);
    expect(s.getMaxRows()).toBe(1000);
  });

  it('moves named ranges with their cells', () => {
    const { spreadsheet, s } = journal();
    spreadsheet.setNamedRange('KB_SOR', s.getRange('D2:D3'));
    s.getRange('H1').setFormula('=SUM(KB_SOR)');
    spreadsheet.userInsertColumnsBefore(s, 1, 1);
    expect(spreadsheet.getRangeByName('KB_SOR')?.getA1Notation()).toBe('E2:E3');
    expect(s.getRange('I1').getValues()).toEqual([[33]]);
  });

  it('refuses deletions Sheets refuses', () => {
    const { s } = journal();
    expect(() => s.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
    expect(() => s.deleteColumns(1, 26)).toThrow(
      'Sorry, it is not possible to delete all non-frozen columns.',
    );
    expect(() => s.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });
});
