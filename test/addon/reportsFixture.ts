import type { Endpoints, JournalSummary } from '../../src/shared/endpoints';
import type { Caller } from '../../sidebar/features/reports/runs';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { endpoints } from '../../src/gas/endpoints';
import { createFakeServices, type FakeServices } from '../fakes';
import { addon, form, pupils } from './fixture';

/**
 * A school on the fakes for the report tests: quarter journals (10 ФО C–L, СОР 1–3 max 20 in
 * M–O, СОЧ max 25 in P) with scores typed in. `caller` runs the sidebar's runs straight on the
 * endpoints, as google.script.run would.
 */
export function caller(api: Endpoints): Caller {
  return async (name, ...args) =>
    (api[name] as (...a: unknown[]) => ReturnType<Endpoints[typeof name]>)(...args);
}

/** Scores of pupil i: every component at one of 90 % («5»), 70 % («4»), 50 % («3»), 30 % («2»). */
export function scoreRow(i: number): (number | string)[] {
  const percent = [90, 70, 50, 30][i % 4];
  return [
    ...Array<number>(10).fill(percent / 10),
    ...[20, 20, 20].map((m) => (m * percent) / 100),
    (25 * percent) / 100,
  ];
}

export interface SchoolSpec {
  classes: string[];
  subjects: string[];
  pupils: number;
  periods?: number[];
  /**
   * false: no KB_ functions in the formula engine (the journals' computed columns stay errors).
   * The reports never read them, and a large school builds far faster.
   */
  functions?: boolean;
}

export function school(spec: SchoolSpec): {
  services: FakeServices;
  api: ReturnType<typeof addon>['api'];
  journals: JournalSummary[];
} {
  const { services, api } = spec.functions === false ? bare() : addon();
  api.saveSettings({ ...DEFAULT_SETTINGS, schoolName: 'Школа-лицей № 1' });
  const journals: JournalSummary[] = [];
  for (const period of spec.periods ?? [2])
    for (const className of spec.classes)
      for (const subject of spec.subjects) {
        const names = pupils(spec.pupils, `${className} ученик`);
        const { sheetName } = api.createJournal(form({ className, subject, period, pupils: names }));
        const sheet = services.spreadsheet.getSheetByName(sheetName)!;
        sheet.getRange(5, 3, names.length, 14).setValues(names.map((_, i) => scoreRow(i)));
        journals.push({
          sheetName,
          className,
          subject,
          teacher: 'Сапарова А. К.',
          periodKind: 'quarter',
          period,
          marks: true,
        });
      }
  return { services, api, journals };
}

function bare() {
  const services = createFakeServices();
  return { services, api: endpoints(() => services) };
}

/** Every journal's values and formulas, read without counting calls. */
export function journalContents(services: FakeServices, journals: readonly JournalSummary[]): string {
  return services.calls.paused(() =>
    JSON.stringify(
      journals.map((j) => {
        const range = services.spreadsheet.getSheetByName(j.sheetName)!.getDataRange();
        return [j.sheetName, range.getValues(), range.getFormulas()];
      }),
    ),
  );
}

export const NEVER = { cancelled: false };
export const OPTIONS = { date: '2026-11-20' };
