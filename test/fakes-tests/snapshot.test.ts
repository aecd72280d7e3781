import type { ChangeEvent } from '../fakes';
import { createFakeServices } from '../fakes';

describe('snapshot for the playground', () => {
  it('lists sheets with their non-empty or formatted cells, merges and widths', () => {
    const services = createFakeServices({ functions: { KB_PAIR: () => [[4, 'н/а']] } });
    const { spreadsheet } = services;
    const s = spreadsheet.getActiveSheet();
    s.getRange('A1:B1')
      .setValues([['7А Математика', '']])
      .merge();
    s.getRange('A2').setValues([[9.5]]);
    s.getRange('B2').setFormula('=KB_PAIR()');
    s.getRange('A3').setFormula('=1/0');
    s.getRange('D4').setBackground('#eeeeee');
    s.setColumnWidth(1, 180);
    s.setFrozenRows(1);
    spreadsheet.insertSheet('Итоги');
    const snap = spreadsheet.snapshot();
    expect(snap.activeSheet).toBe('Итоги');
    expect(snap.sheets.map((x) => [x.name, x.index, x.rows, x.columns])).toEqual([
      ['Лист1', 1, 1000, 26],
      ['Итоги', 2, 1000, 26],
    ]);
    const [first] = snap.sheets;
    expect(first).toMatchObject({
      frozenRows: 1,
      frozenColumns: 0,
      merges: ['A1:B1'],
      columnWidths: { 1: 180 },
    });
    expect(first.cells).toEqual([
      { row: 1, col: 1, value: '7А Математика', display: '7А Математика' },
      { row: 2, col: 1, value: 9.5, display: '9,5' },
      { row: 2, col: 2, value: 4, display: '4', formula: '=KB_PAIR()' },
      { row: 2, col: 3, value: 'н/а', display: 'н/а', spilled: true },
      { row: 3, col: 1, value: '#DIV/0!', display: '#DIV/0!', formula: '=1/0', error: expect.any(String) },
      { row: 4, col: 4, value: '', display: '', background: '#eeeeee' },
    ]);
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });

  it('marks cells whose value breaks their validation', () => {
    const { spreadsheet, SpreadsheetApp } = createFakeServices();
    const s = spreadsheet.getActiveSheet();
    s.getRange('A1:A2').setDataValidation(
      SpreadsheetApp.newDataValidation().requireFormulaSatisfied('=A1<=10').setHelpText('1–10').build(),
    );
    s.getRange('A1:A2').setValues([[12], [7]]);
    const cells = spreadsheet.snapshot().sheets[0].cells;
    expect(cells.map((c) => [c.value, c.validation, c.invalid])).toEqual([
      [12, '1–10', true],
      [7, '1–10', undefined],
    ]);
  });

  it('notifies listeners of changes until unsubscribed', () => {
    const { spreadsheet } = createFakeServices();
    const s = spreadsheet.getActiveSheet();
    const events: ChangeEvent[] = [];
    const stop = spreadsheet.onChange((e) => events.push(e));
    s.getRange('A1').setValues([[1]]);
    s.getRange('A1').setBackground('#fff');
    spreadsheet.userInsertColumnsBefore(s, 1, 1);
    spreadsheet.insertSheet('Новый');
    stop();
    s.getRange('A1').setValues([[2]]);
    expect(events).toEqual([
      { kind: 'values', sheet: 'Лист1' },
      { kind: 'format', sheet: 'Лист1' },
      { kind: 'structure', sheet: 'Лист1' },
      { kind: 'sheets' },
    ]);
  });
});

describe('a user typing into cells', () => {
  it('reads numbers with either decimal mark, formulas, quoted text and percentages', () => {
    const { spreadsheet } = createFakeServices();
    const s = spreadsheet.getActiveSheet();
    for (const [col, input] of ['7,5', '8.5', ' 9 ', '=A1*2', "'10", 'нб', '50%', ''].entries()) {
      expect(spreadsheet.userEdit(s, 1, col + 1, input)).toEqual({ accepted: true });
    }
    expect(s.getRange('A1:H1').getValues()).toEqual([[7.5, 8.5, 9, 15, '10', 'нб', 0.5, '']]);
    expect(s.getRange('G1').getDisplayValues()).toEqual([['50%']]);
  });

  it('is refused by a strict validation rule and keeps the old value', () => {
    const { spreadsheet, SpreadsheetApp } = createFakeServices();
    const s = spreadsheet.getActiveSheet();
    s.getRange('C5:C6').setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireFormulaSatisfied('=AND(C5>=1,C5<=10)')
        .setAllowInvalid(false)
        .setHelpText('ФО: 1–10')
        .build(),
    );
    expect(spreadsheet.userEdit(s, 6, 3, '9')).toEqual({ accepted: true });
    expect(spreadsheet.userEdit(s, 6, 3, '11')).toEqual({ accepted: false, message: 'ФО: 1–10' });
    expect(s.getRange('C6').getValues()).toEqual([[9]]);
  });

  it('warns when editing a warning-only protected range', () => {
    const { spreadsheet } = createFakeServices();
    const s = spreadsheet.getActiveSheet();
    s.getRange('R5:R44').protect().setWarningOnly(true).setDescription('Формулы KB');
    expect(spreadsheet.userEdit(s, 5, 18, '5')).toEqual({ accepted: true, message: 'Формулы KB' });
  });
});
