import { JOURNAL_KEY } from '../../src/core/journal/columnTag';
import { readColumnTags } from '../../src/gas/journalReader';
import { addon, form, pupils, quarterStructure } from './fixture';

describe('New class journal', () => {
  it('creates a tagged sheet with one KB_DETAIL formula for the whole class', () => {
    const { services, api } = addon();
    const { sheetName } = api.createJournal(form({ pupils: pupils(30) }));
    const sheet = services.spreadsheet.getSheetByName(sheetName)!;
    expect(sheet).not.toBeNull();

    const formulas = sheet
      .getDataRange()
      .getFormulas()
      .flat()
      .filter((f) => f !== '');
    expect(formulas).toHaveLength(1);
    expect(formulas[0]).toMatch(/^=KB_DETAIL\(C5:L34,M5:O34,M\$4:O\$4,P5:P34,P\$4,KB_RULES\)$/);
    expect(services.spreadsheet.engine.functionCalls.KB_DETAIL ?? 0).toBeGreaterThan(0);

    const roles = readColumnTags(sheet).map((t) => `${t.role}:${t.index}@${t.column}`);
    expect(roles).toContain('pupil:1@2');
    expect(roles).toContain('soch:1@16');
    expect(roles.filter((r) => r.startsWith('fo:'))).toHaveLength(10);
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toContain(JOURNAL_KEY);
  });

  it('returns a link to print the journal on A4 landscape (Sheets cannot be told from Apps Script)', () => {
    const { services, api } = addon();
    const { sheetName, printUrl } = api.createJournal(form());
    const sheet = services.spreadsheet.getSheetByName(sheetName)!;
    const url = new URL(printUrl!);
    expect(url.pathname).toBe(`/spreadsheets/d/${services.spreadsheet.getId()}/export`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      format: 'pdf',
      gid: String(sheet.getSheetId()),
      size: 'A4',
      portrait: 'false',
      fitw: 'true',
      fzr: 'true',
    });
  });

  it('computes the marks of the contract examples through the sheet formula', () => {
    const { services, api } = addon();
    const structure = quarterStructure({ foCount: 5, sorMaxes: [40], sochMax: 25 });
    const { sheetName } = api.createJournal(
      form({ pupils: ['Айгерим Серикова', 'Нурлан Абенов'], structure }),
    );
    const sheet = services.spreadsheet.getSheetByName(sheetName)!;
    // ФО 9,8,9,8,9; СОР 33/40; СОЧ 21/25 → 84.125 → 4 (KZ-2020), and an exempt pupil.
    sheet.getRange('C5:I6').setValues([
      [9, 8, 9, 8, 9, 33, 21],
      [8, '', '', '', '', '', 'осв'],
    ]);
    const detail = sheet.getRange('J5:N6').getValues();
    expect(detail[0]).toEqual([86, 82.5, 84, 84.125, 4]);
    expect(detail[1]).toEqual(['', '', '', '', 'осв']);
  });

  it('writes a pupil whose name looks like a formula or a number as text', () => {
    const { services, api } = addon();
    const names = ['=HYPERLINK("http://x")', '+7 701 000 00 00', '-Ерлан', '@Дана', '1234'];
    const { sheetName } = api.createJournal(form({ pupils: names }));
    const sheet = services.spreadsheet.getSheetByName(sheetName)!;
    expect(
      sheet
        .getRange('B5:B9')
        .getValues()
        .map((r) => r[0]),
    ).toEqual(names);
    expect(
      sheet
        .getRange('B5:B9')
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  it('never reuses a taken sheet name: the new journal gets a free one', () => {
    const { services, api } = addon();
    const first = api.createJournal(form());
    services.spreadsheet
      .getSheetByName(first.sheetName)!
      .getRange('C5')
      .setValues([[7]]);
    const second = api.createJournal(form());
    expect(second.sheetName).not.toBe(first.sheetName);
    expect(services.spreadsheet.getSheetByName(first.sheetName)!.getRange('C5').getValues()).toEqual([[7]]);
  });

  it('refuses a form without class or subject with messages in the settings language', () => {
    const { api } = addon();
    expect(() => api.createJournal(form({ className: ' ', subject: '' }))).toThrow(
      /Укажите класс\.\nУкажите предмет\./,
    );
  });

  it('takes a bounded number of service calls, the same for 10 and 40 pupils', () => {
    const count = (n: number) => {
      const { services, api } = addon();
      api.getBootstrap('newJournal'); // settings sheet etc. are created by the first journal: exclude nothing
      services.calls.reset();
      api.createJournal(form({ pupils: pupils(n) }));
      return services.calls.total();
    };
    const forty = count(40);
    expect(count(10)).toBe(forty);
    expect(forty).toBeLessThan(250);
  });

  it('is refused while another user holds the document lock, and nothing is created', () => {
    const { services, api } = addon();
    services.lock.holdByOtherUser();
    const before = services.spreadsheet.getSheets().length;
    expect(() => api.createJournal(form())).toThrow(/другой пользователь/);
    expect(services.spreadsheet.getSheets()).toHaveLength(before);
  });
});
