import { createFakeServices } from '../fakes';

describe('sheets of a spreadsheet', () => {
  it('starts with one 1000×26 sheet named Лист1 with id 0', () => {
    const { spreadsheet } = createFakeServices();
    const [first] = spreadsheet.getSheets();
    expect([
      first.getName(),
      first.getSheetId(),
      first.getIndex(),
      first.getMaxRows(),
      first.getMaxColumns(),
    ]).toEqual(['Лист1', 0, 1, 1000, 26]);
    expect(spreadsheet.getSpreadsheetLocale()).toBe('ru_RU');
    expect(createFakeServices({ locale: 'kk_KZ' }).spreadsheet.getSpreadsheetLocale()).toBe('kk_KZ');
  });

  it('inserts after the active sheet or at an index, and activates the new sheet', () => {
    const { spreadsheet } = createFakeServices();
    const a = spreadsheet.insertSheet('7А Математика');
    const b = spreadsheet.insertSheet('7Б Математика', 0);
    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Лист1')!);
    const c = spreadsheet.insertSheet('Итоги');
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual([
      '7Б Математика',
      'Лист1',
      'Итоги',
      '7А Математика',
    ]);
    expect(spreadsheet.getActiveSheet()).toBe(c);
    expect([b.getIndex(), a.getIndex()]).toEqual([1, 4]);
    const ids = spreadsheet.getSheets().map((s) => s.getSheetId());
    expect(new Set(ids).size).toBe(4);
    expect(a.getSheetId()).toBe(a.getSheetId());
    expect(spreadsheet.getSheetByName('нет')).toBeNull();
  });

  it('refuses a name already taken, whatever its case', () => {
    const { spreadsheet } = createFakeServices();
    spreadsheet.insertSheet('KB_SETTINGS');
    expect(() => spreadsheet.insertSheet('kb_settings')).toThrow(
      'A sheet with the name "kb_settings" already exists. Please enter another name.',
    );
  });

  it('renames a sheet as a user does, formulas following', () => {
    const { spreadsheet } = createFakeServices();
    const first = spreadsheet.getActiveSheet();
    const math = spreadsheet.insertSheet('7А');
    math.getRange('A1').setValues([[5]]);
    first.getRange('A1').setFormula("='7А'!A1*2");
    spreadsheet.userRenameSheet(math, '7А Математика');
    expect(math.getName()).toBe('7А Математика');
    expect(first.getRange('A1').getFormulas()).toEqual([["='7А Математика'!A1*2"]]);
    expect(first.getRange('A1').getValues()).toEqual([[10]]);
    expect(() => spreadsheet.userRenameSheet(math, 'лист1')).toThrow('already exists');
  });

  it('activates sheets and ranges', () => {
    const { spreadsheet } = createFakeServices();
    const other = spreadsheet.insertSheet('Другой');
    spreadsheet.getSheets()[0].activate();
    expect(spreadsheet.getActiveSheet().getName()).toBe('Лист1');
    other.getRange('C5:N44').activate();
    expect(spreadsheet.getActiveSheet()).toBe(other);
    expect(spreadsheet.snapshot()).toMatchObject({ activeSheet: 'Другой', activeRange: 'C5:N44' });
  });

  it('records frozen rows and columns, widths and tab colour', () => {
    const { spreadsheet } = createFakeServices();
    const s = spreadsheet.getActiveSheet();
    s.setFrozenRows(4);
    s.setFrozenColumns(2);
    s.setColumnWidth(2, 220).setTabColor('#6aa84f');
    const [snap] = spreadsheet.snapshot().sheets;
    expect(snap).toMatchObject({
      frozenRows: 4,
      frozenColumns: 2,
      columnWidths: { 2: 220 },
      tabColor: '#6aa84f',
    });
    expect(() => s.setFrozenRows(1000)).toThrow("You can't freeze all visible rows on the sheet.");
  });
});
