import { buildAnalyses, buildMonitoring } from '../../sidebar/features/reports/runs';
import type { SheetLayout } from '../../src/core/sheetLayout';
import { context } from '../../src/gas/context';
import { writeOwnLayout } from '../../src/gas/endpoints/reports';
import { OWN_KEY } from '../../src/gas/ownSheets';
import type { FakeServices } from '../fakes';
import { addon, quarterStructure } from './fixture';
import { caller, journalContents, NEVER, OPTIONS, school } from './reportsFixture';

/** A layout with only values: what the server must accept, check and quote. */
function bareLayout(values: string[][]) {
  const layout = { rows: values.length, columns: values[0].length, values };
  return {
    ...layout,
    merges: [],
    bold: [],
    backgrounds: [],
    numberFormats: [],
    columnWidths: [],
    frozenRows: 0,
  };
}

const progress = () => undefined;

/** The server's writer of its own sheets, as every use case calls it. */
function write(services: FakeServices, kind: string, id: string, name: string, layout: SheetLayout) {
  return writeOwnLayout(context(services), { kind, id }, name, layout);
}

describe('СОР/СОЧ analysis on the server', () => {
  it('writes the form with the figures of a hand-computed class', async () => {
    // 4 pupils at 90 %, 70 %, 50 %, 30 % in every work: levels high / medium / medium / low
    // (KZ-2020: 0–39 low, 40–84 medium, 85–100 high); quality (≥ 65 %) 2 of 4, pass rate (≥ 40 %) 3 of 4.
    const { services, api, journals } = school({ classes: ['7А'], subjects: ['Алгебра'], pupils: 4 });
    const result = await buildAnalyses(caller(api), [journals[0].sheetName], OPTIONS, progress, NEVER);
    expect(result.errors).toEqual([]);
    const sheet = services.spreadsheet.getSheetByName(result.sheets[0])!;
    const values = sheet.getDataRange().getValues();
    const row = (label: string) => values.find((r) => r[0] === label);
    expect(row('СОР 1')?.slice(1, 8)).toEqual([4, 20, 1, 2, 1, 50, 75]);
    expect(row('СОЧ')?.slice(1, 8)).toEqual([4, 25, 1, 2, 1, 50, 75]);
    expect(values.flat()).toContain('Школа-лицей № 1');
    expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toContainEqual([
      OWN_KEY,
      `analysis:${services.spreadsheet.getSheetByName(journals[0].sheetName)!.getSheetId()}`,
    ]);
  });

  it('keeps the teacher’s text, the sheet’s new name and its place when regenerated', async () => {
    const { services, api, journals } = school({ classes: ['7А'], subjects: ['Алгебра'], pupils: 4 });
    const r = caller(api);
    const first = (await buildAnalyses(r, [journals[0].sheetName], OPTIONS, progress, NEVER)).sheets[0];
    const ss = services.spreadsheet;
    const report = ss.getSheetByName(first)!;
    const values = report.getDataRange().getValues();
    const heading = values.findIndex((v) => v[0] === 'Причины затруднений');
    expect(heading).toBeGreaterThan(0);
    ss.userEdit(report, heading + 2, 1, 'Мало времени на повторение');
    ss.userRenameSheet(report, 'Мой анализ');
    const index = report.getIndex();
    // Scores change: the 30 % pupil now writes СОР 1 at 100 %.
    ss.userEdit(journals[0].sheetName, 8, 13, '20');

    const again = await buildAnalyses(r, [journals[0].sheetName], OPTIONS, progress, NEVER);
    expect(again.sheets).toEqual(['Мой анализ']);
    const fresh = ss.getSheetByName('Мой анализ')!;
    expect(fresh.getIndex()).toBe(index);
    const now = fresh.getDataRange().getValues();
    expect(now[heading + 1][0]).toBe('Мало времени на повторение');
    expect(now.find((v) => v[0] === 'СОР 1')?.slice(1, 8)).toEqual([4, 20, 0, 2, 2, 75, 100]);
    expect(
      ss.getSheets().filter((s) => s.getDeveloperMetadata().some((m) => m.getKey() === OWN_KEY)),
    ).toHaveLength(1);
  });

  it('writes pupil names as text and never touches a user sheet with the report’s name', async () => {
    const { services, api } = school({ classes: [], subjects: [], pupils: 0 });
    const ss = services.spreadsheet;
    const names = ['=HYPERLINK("http://x")', '+7 701 123 45 67', 'Дана Ким'];
    const { sheetName } = api.createJournal({
      className: '7А',
      subject: 'Алгебра',
      teacher: 'Т',
      period: 2,
      pupils: names,
      structure: quarterStructure(),
    });
    ss.getSheetByName(sheetName)!
      .getRange('C5:P7')
      .setValues([0, 1, 2].map((i) => [...Array(10).fill(9), 18, 18, 18, 23].map((v) => v - i * 4)));
    const user = ss.insertSheet(`Анализ ${sheetName}`);
    user.getRange('A1').setValues([['моё']]);
    const before = journalContents(services, [{ sheetName: user.getName() } as never]);

    const result = await buildAnalyses(caller(api), [sheetName], OPTIONS, progress, NEVER);
    expect(result.sheets).toEqual([`Анализ ${sheetName} (2)`]);
    expect(journalContents(services, [{ sheetName: user.getName() } as never])).toBe(before);
    const report = ss.getSheetByName(result.sheets[0])!;
    const cells = report.getDataRange().getValues().flat();
    const formulas = report.getDataRange().getFormulas().flat();
    expect(formulas.every((f) => f === '')).toBe(true);
    expect(cells.some((c) => String(c).includes('=HYPERLINK("http://x")'))).toBe(true);
    expect(cells.some((c) => String(c).includes('+7 701 123 45 67'))).toBe(true);
  });

  it('the writer quotes every string, so no layout can write a formula', () => {
    const { services } = school({ classes: [], subjects: [], pupils: 0 });
    const layout = bareLayout([['=1+1', '+7 701']]);
    const { sheetName } = write(services, 'test', 'x', 'T', layout);
    const range = services.spreadsheet.getSheetByName(sheetName)!.getRange('A1:B1');
    expect(range.getValues()).toEqual([['=1+1', '+7 701']]);
    expect(range.getFormulas()).toEqual([['', '']]);
    expect(() => write(services, 'test', 'x', 'T', { ...layout, merges: ['A1:Z9'] })).toThrow(
      /неверные данные/,
    );
  });
});

describe('writing a layout', () => {
  it('grows a new sheet past its 1000 rows for a long report, and never trims a short one', () => {
    const { services } = school({ classes: [], subjects: [], pupils: 0 });
    const layout = (rows: number) => ({
      rows,
      columns: 2,
      values: Array.from({ length: rows }, (_, i) => [`строка ${i + 1}`, i + 1]),
      merges: [],
      bold: [],
      backgrounds: [],
      numberFormats: [],
      columnWidths: [],
      frozenRows: 1,
    });
    const long = services.spreadsheet.getSheetByName(
      write(services, 'test', 'long', 'Long', layout(1500)).sheetName,
    )!;
    expect([long.getMaxRows(), long.getMaxColumns()]).toEqual([1500, 26]);
    expect(long.getRange('B1500').getValues()).toEqual([[1500]]);
    const short = services.spreadsheet.getSheetByName(
      write(services, 'test', 'short', 'Short', layout(3)).sheetName,
    )!;
    expect([short.getMaxRows(), short.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('merges a list of same-width rows with one call', () => {
    const { services } = school({ classes: [], subjects: [], pupils: 0 });
    const rows = 40;
    const layout = {
      ...bareLayout(Array.from({ length: rows }, () => ['a', '', '', ''])),
      merges: Array.from({ length: rows }, (_, i) => `A${i + 1}:D${i + 1}`),
    };
    services.calls.reset();
    const { sheetName } = write(services, 'test', 'm', 'M', layout);
    expect(services.calls.count('Range.mergeAcross')).toBe(1);
    expect(services.calls.count('Range.merge')).toBe(0);
    expect(services.spreadsheet.getSheetByName(sheetName)!.merges).toHaveLength(rows);
  });
});

describe('printing', () => {
  it('gives each written sheet a link to its A4 PDF: forms portrait, the monitoring landscape', () => {
    const { services } = addon();
    const layout = bareLayout([['x']]);
    const written = (kind: string) => write(services, kind, 'q2', kind, layout);
    for (const [kind, portrait] of [
      ['analysis', 'true'],
      ['monitoring', 'false'],
    ]) {
      const { sheetName, printUrl } = written(kind);
      const url = new URL(printUrl!);
      const sheet = services.spreadsheet.getSheetByName(sheetName)!;
      expect(url.searchParams.get('gid')).toBe(String(sheet.getSheetId()));
      expect([url.searchParams.get('size'), url.searchParams.get('portrait')]).toEqual(['A4', portrait]);
    }
  });
});

describe('writing under the document lock', () => {
  it('refuses while another user holds the document lock, and writes nothing', () => {
    const { services } = school({ classes: [], subjects: [], pupils: 0 });
    services.lock.holdByOtherUser();
    expect(() => write(services, 'test', 'a', 'A', bareLayout([['x']]))).toThrow(/другой пользователь/);
    expect(services.spreadsheet.getSheetByName('A')).toBeNull();
  });
});

describe('monitoring on the server', () => {
  it('writes the table and both charts, and leaves every journal byte-for-byte unchanged', async () => {
    const { services, api, journals } = school({
      classes: ['5А', '10Б'],
      subjects: ['Алгебра', 'Физика'],
      pupils: 4,
      periods: [1, 2],
    });
    const before = journalContents(services, journals);
    const result = await buildMonitoring(caller(api), 'q2', progress, NEVER);
    expect(result.errors).toEqual([]);
    const sheet = services.spreadsheet.getSheetByName(result.sheets[0])!;
    expect(sheet.charts.map((c) => c.type)).toEqual(['column', 'pie']);
    expect(sheet.charts.every((c) => c.title !== '' && c.ranges.length > 0)).toBe(true);
    // Again: the same sheet replaced, journals untouched.
    const again = await buildMonitoring(caller(api), 'q2', progress, NEVER);
    expect(again.sheets).toEqual(result.sheets);
    expect(journalContents(services, journals)).toBe(before);
    expect(services.spreadsheet.getSheets()).toHaveLength(1 + 1 + journals.length + 1); // Лист1, settings, journals, report
  });

  it('stops at Cancel before the next batch and writes nothing', async () => {
    const { services, api } = school({
      classes: ['5А'],
      subjects: ['Алгебра', 'Физика', 'Химия', 'Биология', 'История'],
      pupils: 2,
    });
    const cancel = { cancelled: false };
    const seen: number[] = [];
    const result = await buildMonitoring(
      caller(api),
      'q2',
      (p) => {
        seen.push(p.done);
        if (p.done > 0) cancel.cancelled = true;
      },
      cancel,
    );
    expect(result.cancelled).toBe(true);
    expect(seen).toEqual([0, 5]); // one batch: at least 20 journals per server execution
    expect(
      services.spreadsheet
        .getSheets()
        .some((s) => s.getDeveloperMetadata().some((m) => m.getKey() === OWN_KEY)),
    ).toBe(false);
  });
});
