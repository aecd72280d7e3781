/**
 * The sample school: made by the real endpoints, the same on every start, realistic in size, and
 * with the mistakes "Check journals" must find.
 */
import { CLASSES, JOURNALS, ROSTER_ONLY_CLASSES } from '../../scripts/playground/server/sampleData';
import { ROSTER_SHEET } from '../../scripts/playground/server/sampleSchool';
import type { CheckReport, RosterClass } from '../../src/shared/endpoints';
import { startTestPlayground, type RunningPlayground } from './harness';
import { journalColumns, pupilRows, valueAt } from './journal';

let running: RunningPlayground;

beforeAll(async () => {
  running = await startTestPlayground();
}, 60000);

afterAll(async () => {
  await running?.close();
});

const call = (name: Parameters<RunningPlayground['playground']['callEndpoint']>[0], ...args: unknown[]) =>
  running.playground.callEndpoint(name, args);

function journalSheet(className: string, subject: string): string {
  const found = running.playground.services.spreadsheet
    .getSheets()
    .map((s) => s.getName())
    .find((name) => name.startsWith(`${className} ${subject}`));
  if (!found) throw new Error(`no journal ${className} ${subject}`);
  return found;
}

describe('the sample school', () => {
  it('has one journal per sample journal, of 15–28 pupils', () => {
    const services = running.playground.services;
    for (const j of JOURNALS) {
      const sheet = journalSheet(j.className, j.subject);
      const cols = journalColumns(services, sheet);
      const pupils = pupilRows(services, sheet)
        .map((row) => valueAt(services, sheet, row, cols.pupil))
        .filter((name) => name !== '');
      expect(pupils.length).toBeGreaterThanOrEqual(15);
      expect(pupils.length).toBeLessThanOrEqual(28);
      expect(cols.fo).toHaveLength(j.foCount);
      expect(cols.sor).toHaveLength(j.sorMaxes.length);
      expect(cols.soch === undefined).toBe(j.sochMax === null);
      expect(cols.mark === undefined).toBe(!j.marks);
    }
  });

  it('has a roster sheet the "from a template" flow reads, with classes that have no journal yet', () => {
    const roster = call('readRoster', ROSTER_SHEET) as RosterClass[];
    expect(roster.map((c) => c.className).sort()).toEqual(
      [...CLASSES, ...ROSTER_ONLY_CLASSES].map((c) => c.className).sort(),
    );
    for (const c of roster) expect(new Set(c.pupils).size).toBe(c.pupils.length);
  });

  it('holds the mistakes Check journals reports', () => {
    const report = call('checkJournals') as CheckReport;
    const where = (code: string) => report.problems.filter((p) => p.code === code).map((p) => p.sheetName);
    expect(report.journals).toBe(JOURNALS.length);
    expect(where('aboveMax')).toContain(journalSheet('7Б', 'Русский язык'));
    expect(where('invalidValue')).toContain(journalSheet('5А', 'Математика'));
    expect(where('duplicatePupil')).toContain(journalSheet('9В', 'Математика'));
    expect(where('missingSoch')).toContain(journalSheet('5А', 'Математика'));
  });

  it('shows the exempt pupil as exempt and the pupil without СОЧ as not attested', () => {
    const services = running.playground.services;
    const marksOf = (sheet: string) => {
      const cols = journalColumns(services, sheet);
      return pupilRows(services, sheet).map((row) => valueAt(services, sheet, row, cols.mark!));
    };
    expect(marksOf(journalSheet('7Б', 'Русский язык'))).toContain('осв');
    expect(marksOf(journalSheet('5А', 'Математика'))).toContain('н/а');
  });

  it('is the same on every start', async () => {
    const again = await startTestPlayground();
    try {
      const cellsOf = (r: RunningPlayground) =>
        r.playground.services.spreadsheet
          .snapshot()
          .sheets.map((s) => ({ name: s.name, cells: s.cells, merges: s.merges }));
      expect(cellsOf(again)).toEqual(cellsOf(running));
    } finally {
      await again.close();
    }
  }, 60000);
});
