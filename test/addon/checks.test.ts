import { addon, form, pupils } from './fixture';

/** A journal with scores typed in, as a teacher would leave it. */
function journalWithScores() {
  const { services, api } = addon();
  const { sheetName } = api.createJournal(
    form({ pupils: ['Айгерим Серикова', 'Нурлан Абенов', 'Дана Ким', 'Айгерим Серикова'] }),
  );
  const sheet = services.spreadsheet.getSheetByName(sheetName)!;
  // 10 ФО (C–L), СОР 1–3 max 20 (M–O), СОЧ max 25 (P).
  sheet.getRange('C5:P8').setValues([
    [8, 9, 7, 'abc', '', '', '', '', '', '', 15, 16, 17, 20],
    [7, 7, 8, 6, '', '', '', '', '', '', 21, 12, 10, ''],
    [9, 9, '', '', '', '', '', '', '', '', '', '', '', 22],
    [6, 6, 7, '', '', '', '', '', '', '', 10, 11, 12, 13],
  ]);
  return { services, api, sheet, sheetName };
}

describe('Check journals', () => {
  it('lists each problem with its cell and a summary', () => {
    const { api, sheetName } = journalWithScores();
    const report = api.checkJournals();
    expect(report.journals).toBe(1);
    const at = (code: string) => report.problems.filter((p) => p.code === code).map((p) => p.a1);
    expect(at('invalidValue')).toContain('F5');
    expect(at('aboveMax')).toContain('M6');
    expect(at('missingSoch')).toContain('P6');
    expect(at('missingAllSor')).toContain('M7');
    expect(at('duplicatePupil')).toContain('B8');
    expect(report.problems.every((p) => p.sheetName === sheetName && p.message.length > 0)).toBe(true);
    const total = Object.values(report.summary).reduce((a, b) => a + (b ?? 0), 0);
    expect(total).toBe(report.problems.length);
  });

  it('still finds the right cells after a teacher inserts a column and renames the tab', () => {
    const { services, api, sheet } = journalWithScores();
    services.spreadsheet.userInsertColumnsBefore(sheet, 3, 1); // a notes column before ФО 1
    services.spreadsheet.userRenameSheet(sheet, '7А алгебра');
    const report = api.checkJournals();
    const invalid = report.problems.find((p) => p.code === 'invalidValue');
    expect(invalid).toMatchObject({ sheetName: '7А алгебра', a1: 'G5' });
    expect(report.problems.some((p) => p.code === 'computedOverwritten')).toBe(false);
  });

  it('reports a computed column that was typed over', () => {
    const { services, api, sheet } = journalWithScores();
    services.spreadsheet.userEdit(sheet, 6, 21, '5'); // the mark column of the 2nd pupil: the spill is blocked
    const report = api.checkJournals();
    expect(report.problems.some((p) => p.code === 'computedOverwritten')).toBe(true);
  });

  it('jumps to a problem cell', () => {
    const { services, api } = journalWithScores();
    const problem = api.checkJournals().problems[0];
    api.jumpTo({ sheetName: problem.sheetName, a1: problem.a1 });
    const snap = services.spreadsheet.snapshot();
    expect(snap.activeSheet).toBe(problem.sheetName);
    expect(snap.activeRange).toBe(problem.a1);
  });

  it('reads each journal in a constant number of calls, whatever its size', () => {
    const callsFor = (pupilCount: number) => {
      const { services, api } = addon();
      for (let i = 0; i < 20; i++)
        api.createJournal(
          form({
            className: `${5 + (i % 7)}${'АБВ'[i % 3]}`,
            subject: `Предмет ${i}`,
            pupils: pupils(pupilCount),
          }),
        );
      services.calls.reset();
      api.checkJournals();
      return services.calls.total();
    };
    const big = callsFor(30);
    expect(callsFor(8)).toBe(big);
    expect(big / 20).toBeLessThan(150);
  });
});
