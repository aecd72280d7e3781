import { TEMPLATE_FORMAT } from '../../src/core/journal/templateJson';
import { addon, form } from './fixture';

describe('templates', () => {
  it('saves a journal structure (not its pupils or scores) with the maxima now in its max row', () => {
    const { services, api } = addon();
    const { sheetName } = api.createJournal(form());
    services.spreadsheet
      .getSheetByName(sheetName)!
      .getRange('M4')
      .setValues([[15]]);
    const saved = api.saveTemplate({ sheetName, name: 'Алгебра 7' });
    expect(saved.structure.sorMaxes[0]).toBe(15);
    expect(JSON.stringify(saved)).not.toContain('Ученик');
    expect(api.getBootstrap('fromTemplate').templates.map((t) => t.name)).toContain('Алгебра 7');
  });

  it('exports and imports a template as JSON', () => {
    const { api } = addon();
    const { sheetName } = api.createJournal(form());
    api.saveTemplate({ sheetName, name: 'Физика' });
    const json = api.exportTemplate('Физика');
    expect(JSON.parse(json).format).toBe(TEMPLATE_FORMAT);
    const other = addon();
    expect(other.api.importTemplate(json).name).toBe('Физика');
  });

  it('refuses bad JSON and impossible values, saying what is wrong', () => {
    const { api } = addon();
    expect(() => api.importTemplate('{"format": ')).toThrow(/JSON/);
    const bad = JSON.stringify({
      format: TEMPLATE_FORMAT,
      version: 1,
      name: 'Плохой',
      structure: {
        periodKind: 'quarter',
        foCount: 10,
        sorMaxes: [20, -5],
        sochMax: 25,
        marks: true,
        headerLang: 'ru',
      },
    });
    expect(() => api.importTemplate(bad)).toThrow(/structure\.sorMaxes\[1\]/);
    expect(api.getBootstrap('fromTemplate').templates.some((t) => t.name === 'Плохой')).toBe(false);
  });

  it('does not let a saved template take or delete a built-in', () => {
    const { api } = addon();
    const builtin = api.getBootstrap('fromTemplate').templates.find((t) => t.builtin)!;
    expect(() => api.deleteTemplate(builtin.name)).toThrow(/встроенный/);
  });

  it('journals from a template: plans from a roster, creates class by class, skips existing ones', () => {
    const { services, api } = addon();
    const roster = services.spreadsheet.insertSheet('Список классов');
    roster.getRange('A1:B6').setValues([
      ['Класс', 'Ученик'],
      ['5А', 'Айгерим Серикова'],
      ['5А', 'Нурлан Абенов'],
      ['5Б', 'Дмитрий Ковалев'],
      ['5Б', 'Аружан Касымова'],
      ['5Б', 'Ерлан Жумабеков'],
    ]);
    const template = api.getBootstrap('fromTemplate').templates[0].name;
    const plan = api.planFromTemplate({
      template,
      rosterSheet: 'Список классов',
      subject: 'История',
      period: 1,
    });
    expect(plan.map((p) => [p.className, p.pupils, p.exists])).toEqual([
      ['5А', 2, false],
      ['5Б', 3, false],
    ]);
    const classes = api.readRoster('Список классов');
    const first = api.createFromTemplate({
      template,
      ...classes[0],
      subject: 'История',
      teacher: '',
      period: 1,
    });
    expect(first.skipped).toBe(false);
    services.spreadsheet
      .getSheetByName(first.sheetName)!
      .getRange('C5')
      .setValues([[9]]);
    const again = api.createFromTemplate({
      template,
      ...classes[0],
      subject: 'История',
      teacher: '',
      period: 1,
    });
    expect(again).toEqual({ sheetName: first.sheetName, skipped: true });
    expect(services.spreadsheet.getSheetByName(first.sheetName)!.getRange('C5').getValues()).toEqual([[9]]);
    expect(
      api.planFromTemplate({ template, rosterSheet: 'Список классов', subject: 'История', period: 1 })[0]
        .exists,
    ).toBe(true);
  });
});
