import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { addon, form } from './fixture';

describe('Settings', () => {
  it('are stored in document properties and on the settings sheet as KB_RULES', () => {
    const { services, api } = addon();
    api.saveSettings({
      ...DEFAULT_SETTINGS,
      lang: 'kk',
      schoolName: '№ 12 мектеп-гимназия',
      schoolYear: '2026-2027',
    });
    const stored = JSON.parse(services.PropertiesService.getDocumentProperties().getProperty('kb.settings')!);
    expect(stored).toMatchObject({ lang: 'kk', schoolName: '№ 12 мектеп-гимназия' });
    const rules = services.spreadsheet.getRangeByName('KB_RULES')!.getValues();
    expect(rules).toContainEqual(['base', 'KZ-2020']);
    expect(rules).toContainEqual(['lang', 'kk']);
  });

  it('changing the ruleset recalculates every journal', () => {
    const { services, api } = addon();
    const structure = { ...form().structure, foCount: 5, sorMaxes: [40], sochMax: 25 };
    const { sheetName } = api.createJournal(form({ pupils: ['Аружан Касымова'], structure }));
    const sheet = services.spreadsheet.getSheetByName(sheetName)!;
    sheet.getRange('C5:I5').setValues([[9, 8, 9, 8, 9, 33, 21]]);
    const mark = () => sheet.getRange('N5').getValues()[0][0];
    expect(mark()).toBe(4); // KZ-2020: 84.125 → 84 → 4
    api.saveSettings({ ...DEFAULT_SETTINGS, rules: { base: 'KZ-2020-MEKTEP' } });
    expect(mark()).toBe(5); // components rounded first: 22 + 21 + 42 = 85 → 5
  });

  it('refuses impossible custom rules with a message and changes nothing', () => {
    const { services, api } = addon();
    expect(() =>
      api.saveSettings({
        ...DEFAULT_SETTINGS,
        rules: { base: 'KZ-2020', custom: { w_fo: 30, w_sor: 30, w_soch: 30 } },
      }),
    ).toThrow(/100/);
    expect(services.PropertiesService.getDocumentProperties().getProperty('kb.settings')).toBeNull();
  });

  it('rewrites only its own settings sheet, never a user sheet of the same name', () => {
    const { services, api } = addon();
    const mine = services.spreadsheet.insertSheet('Настройки KB');
    mine.getRange('A1').setValues([['мои заметки']]);
    api.saveSettings({ ...DEFAULT_SETTINGS, schoolName: 'Школа 1' });
    expect(services.spreadsheet.getSheetByName('Настройки KB')!.getRange('A1').getValues()).toEqual([
      ['мои заметки'],
    ]);
    api.saveSettings({ ...DEFAULT_SETTINGS, schoolName: 'Школа 2' });
    const names = services.spreadsheet.getSheets().map((s) => s.getName());
    expect(names.filter((n) => n.startsWith('Настройки KB'))).toHaveLength(2);
  });
});
