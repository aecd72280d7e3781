import { createFakeServices, FakeDataValidation } from '../fakes';

describe('formats, validations, conditional rules and protections are recorded', () => {
  it('records cell formats and notes per cell', () => {
    const { spreadsheet } = createFakeServices();
    const s = spreadsheet.getActiveSheet();
    s.getRange('A1:B1')
      .setValues([['ФИО', 'ФО']])
      .setFontWeight('bold')
      .setFontSize(11)
      .setBackground('#d9ead3')
      .setHorizontalAlignment('center')
      .setWrap(true)
      .setNumberFormat('0.0');
    s.getRange('B1').setNote('Формативное оценивание').setFontWeight(null).setBackground(null);
    const cells = spreadsheet.snapshot().sheets[0].cells;
    expect(cells).toEqual([
      {
        row: 1,
        col: 1,
        value: 'ФИО',
        display: 'ФИО',
        background: '#d9ead3',
        fontWeight: 'bold',
        fontSize: 11,
        horizontalAlignment: 'center',
        wrap: true,
        numberFormat: '0.0',
      },
      {
        row: 1,
        col: 2,
        value: 'ФО',
        display: 'ФО',
        fontSize: 11,
        horizontalAlignment: 'center',
        wrap: true,
        numberFormat: '0.0',
        note: 'Формативное оценивание',
      },
    ]);
    s.getRange('B1').setNote('');
    expect(spreadsheet.noteAt(s, 1, 2)).toBeNull();
  });

  it('builds data validations with Sheets defaults and applies them relative to the top-left cell', () => {
    const { SpreadsheetApp, spreadsheet } = createFakeServices();
    const s = spreadsheet.getActiveSheet();
    const lenient = SpreadsheetApp.newDataValidation().requireFormulaSatisfied('=C5<=10').build();
    expect(lenient).toEqual(new FakeDataValidation('CUSTOM_FORMULA', '=C5<=10', true, ''));
    const strict = SpreadsheetApp.newDataValidation()
      .requireFormulaSatisfied('=AND(ISNUMBER(C5),C5>=1,C5<=10)')
      .setAllowInvalid(false)
      .setHelpText('ФО: 1–10')
      .build();
    s.getRange('C5:N44').setDataValidation(strict);
    expect(spreadsheet.validationAt(s, 44, 14)).toEqual({
      formula: '=AND(ISNUMBER(N44),N44>=1,N44<=10)',
      allowInvalid: false,
      helpText: 'ФО: 1–10',
    });
    s.getRange('C5:C6').setDataValidation(null);
    expect(spreadsheet.validationAt(s, 5, 3)).toBeNull();
    expect(spreadsheet.validationAt(s, 7, 3)).not.toBeNull();
    expect(() => SpreadsheetApp.newDataValidation().build()).toThrow();
  });

  it("builds conditional format rules and replaces a sheet's rules", () => {
    const { SpreadsheetApp, spreadsheet } = createFakeServices();
    const s = spreadsheet.getActiveSheet();
    const na = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('н/а')
      .setBackground('#fce5cd')
      .setRanges([s.getRange('R5:R44')])
      .build();
    const two = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberEqualTo(2)
      .setFontColor('#cc0000')
      .setRanges([s.getRange('R5:R44'), s.getRange('V5:V44')])
      .build();
    const problem = SpreadsheetApp.newConditionalFormatRule()
      .whenTextStartsWith('! ')
      .setBackground('#f4cccc')
      .setRanges([s.getRange('S:S')])
      .build();
    s.setConditionalFormatRules([na, two]);
    s.setConditionalFormatRules([na, two, problem]);
    expect(s.conditionalFormatRules()).toEqual([
      { kind: 'TEXT_EQUAL_TO', argument: 'н/а', background: '#fce5cd', fontColor: null, ranges: ['R5:R44'] },
      {
        kind: 'NUMBER_EQUAL_TO',
        argument: 2,
        background: null,
        fontColor: '#cc0000',
        ranges: ['R5:R44', 'V5:V44'],
      },
      { kind: 'TEXT_STARTS_WITH', argument: '! ', background: '#f4cccc', fontColor: null, ranges: ['S:S'] },
    ]);
  });

  it('colours cells in the snapshot by the first matching rule, formula rules moving per cell', () => {
    const { SpreadsheetApp, spreadsheet } = createFakeServices();
    const s = spreadsheet.getActiveSheet();
    s.getRange('A1:A3').setValues([[2], ['н/а'], [5]]);
    s.getRange('B1:B3').setValues([[1], [0], [1]]);
    s.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo('Н/А')
        .setBackground('#fce5cd')
        .setRanges([s.getRange('A1:A3')])
        .build(),
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=$B1=1')
        .setFontColor('#cc0000')
        .setRanges([s.getRange('A1:A3')])
        .build(),
    ]);
    const colours = spreadsheet
      .snapshot()
      .sheets[0].cells.filter((c) => c.col === 1)
      .map((c) => c.conditional);
    expect(colours).toEqual([{ fontColor: '#cc0000' }, { background: '#fce5cd' }, { fontColor: '#cc0000' }]);
  });

  it('records range and sheet protections; protecting a sheet twice gives the same protection', () => {
    const { spreadsheet } = createFakeServices();
    const s = spreadsheet.getActiveSheet();
    const formulas = s.getRange('R5:V44').protect().setDescription('KB: формулы').setWarningOnly(true);
    const whole = s.protect().setDescription('Лист');
    expect(s.protect()).toBe(whole);
    expect(formulas).toBe(s.protections[0]);
    expect(spreadsheet.snapshot().sheets[0].protections).toEqual([
      { range: null, description: 'Лист', warningOnly: false },
      { range: 'R5:V44', description: 'KB: формулы', warningOnly: true },
    ]);
  });
});
