import { classResults, monitoringReport } from '../../src/core/reports';
import { school } from './reportsFixture';

/**
 * Service calls of the monitoring over a school of 60 journals (6 classes × 10 subjects): every
 * journal is read with the same number of calls whatever its pupils, and the report is written
 * with the same number of calls for 10 and for 30 pupils per class. Figures are in the README.
 */
const CLASSES = ['5А', '5Б', '7А', '8В', '10А', '11Б'];
const SUBJECTS = [
  'Алгебра',
  'Геометрия',
  'Физика',
  'Химия',
  'Биология',
  'История',
  'География',
  'Информатика',
  'Английский',
  'Казахский',
];

function measure(pupils: number) {
  const { services, api, journals } = school({
    classes: CLASSES,
    subjects: SUBJECTS,
    pupils,
    functions: false,
  });
  const perRead: number[] = [];
  const { runId } = api.beginRun('monitoring');
  const read = journals.map((j) => {
    services.calls.reset();
    const data = api.readJournal(j.sheetName, runId);
    perRead.push(services.calls.total());
    return classResults(data);
  });
  const report = monitoringReport({ journals: read, scope: { kind: 'quarter', n: 2 } }, 'ru');
  services.calls.reset();
  api.writeOwnSheet({
    kind: 'monitoring',
    id: 'q2',
    name: 'Мониторинг',
    layout: report.layout,
    charts: report.charts,
    runId,
  });
  const write = services.calls.snapshot();
  return { journals: journals.length, perRead, write, writeTotal: services.calls.total(), report };
}

describe('service calls of the monitoring report', () => {
  const small = measure(10);
  const large = measure(30);

  it('reads each of 60 journals with a constant number of calls, whatever its pupils', () => {
    expect(large.journals).toBe(60);
    expect(new Set(large.perRead).size).toBe(1);
    expect(small.perRead).toEqual(large.perRead);
    // Its metadata, the column tags (a few calls per tagged column: 21 here), one getValues, the anchor formula.
    expect(large.perRead[0]).toBeLessThan(150);
    // 30 pupils × 60 journals were counted: the figures are not of an empty school.
    expect(large.report.data.school.figures.n).toBe(1800);
  });

  it('writes the report with the same calls for 10 and for 30 pupils per class', () => {
    expect(large.write).toEqual(small.write);
    expect(large.write['Range.setValues']).toBe(1);
    expect(large.write['Sheet.insertChart']).toBe(2);
    process.stdout.write(
      `monitoring, 60 journals × 30 pupils: ${large.perRead[0]} calls per journal read, ${large.writeTotal} calls to write the report\n`,
    );
  });
});
