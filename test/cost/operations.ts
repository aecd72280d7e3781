/**
 * Each user action the benchmark prices, run on the fakes with the real server code and, where
 * the sidebar drives it, the sidebar's real run: every google.script.run call is one execution,
 * priced by the cost model (test/fakes/cost.ts); calls the sidebar keeps in flight together are
 * priced as rounds.
 */
import { SHEET_COLUMNS, SHEET_ROWS } from '../../src/core/moderation/sheet';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { descriptorColumns, specToJson } from '../../src/core/tasks';
import { context, type Ctx } from '../../src/gas/context';
import { endpoints } from '../../src/gas/endpoints';
import type { Endpoints } from '../../src/shared/endpoints';
import { IN_FLIGHT } from '../../sidebar/features/reports/api';
import { buildMonitoring, checkInBatches, type Caller } from '../../sidebar/features/reports/runs';
import { runBatch } from '../../sidebar/forms/batch';
import { createFakeServices, type FakeServices } from '../fakes';
import { CostMeter, type Price } from '../fakes/cost';
import { fractionsSpec } from '../tasks/fixtures';
import { form, pupils, quarterStructure } from '../addon/fixture';
import { scoreRow } from '../addon/reportsFixture';

export interface School {
  services: FakeServices;
  api: Endpoints;
  sheetNames: string[];
}

/** `journals` quarter-2 journals of `pupils` each (classes × subjects), scores typed in. */
export function school(journals: number, pupilsPerClass = 30): School {
  const services = createFakeServices();
  const api = endpoints(() => services);
  api.saveSettings({ ...DEFAULT_SETTINGS, schoolName: 'Школа № 1' });
  const sheetNames: string[] = [];
  for (let j = 0; j < journals; j++) {
    const className = `${(j % 11) + 1}${'АБВГДЕЖЗИК'[Math.floor(j / 11) % 10]}`;
    const subject = `Предмет ${Math.floor(j / 110) + 1}.${j % 110}`;
    const names = pupils(pupilsPerClass, `${className} ученик`);
    const { sheetName } = api.createJournal(form({ className, subject, period: 2, pupils: names }));
    const sheet = services.spreadsheet.getSheetByName(sheetName)!;
    sheet.getRange(5, 3, names.length, 14).setValues(names.map((_, i) => scoreRow(i)));
    sheetNames.push(sheetName);
  }
  services.calls.reset();
  return { services, api, sheetNames };
}

/**
 * The sidebar's calls, metered: a call starts an execution; calls started while others are in
 * flight (up to IN_FLIGHT) join their round. Synchronous under the hood, so a round is the calls
 * made before the run awaits their results.
 */
function meteredCaller(s: School, meter: CostMeter): { call: Caller; flush: () => void } {
  let pending: (() => void)[] = [];
  const flush = () => {
    if (pending.length > 0) meter.round(pending);
    pending = [];
  };
  const call: Caller = (name, ...args) =>
    new Promise((resolve, reject) => {
      if (pending.length === IN_FLIGHT) flush();
      pending.push(() => {
        try {
          resolve((s.api[name] as (...a: unknown[]) => ReturnType<Endpoints[typeof name]>)(...args));
        } catch (e) {
          reject(e);
        }
      });
      // Executions start once the caller has started all it keeps in flight.
      queueMicrotask(() => queueMicrotask(flush));
    });
  return { call, flush };
}

async function priced(s: School, run: (call: Caller) => Promise<unknown>): Promise<Price> {
  const meter = new CostMeter(s.services.calls);
  const { call, flush } = meteredCaller(s, meter);
  await run(call);
  flush();
  return meter.total;
}

/** A run from a menu item: one execution, whatever it reads. */
export function fromMenu(s: School, run: (ctx: Ctx) => void): Price {
  const meter = new CostMeter(s.services.calls);
  meter.run(() => run(context(s.services)));
  return meter.total;
}

export const monitoring = (s: School) =>
  priced(s, (call) => buildMonitoring(call, 'q2', () => undefined, { cancelled: false }));

export const check = (s: School) => priced(s, (call) => checkInBatches(call));

export const bootstrap = (s: School) => priced(s, (call) => call('getBootstrap', 'help'));

export const analysis = (s: School) =>
  priced(s, (call) => call('writeAnalyses', { sheetNames: [s.sheetNames[0]], date: '2026-12-07' }));

/** Journals for `classes` classes from the built-in template, class by class as the sidebar does. */
export function fromTemplate(classes: number): Promise<Price> {
  const s = school(0);
  const roster = s.services.spreadsheet.insertSheet('Ученики');
  const rows = Array.from({ length: classes }, (_, c) =>
    pupils(30, `${c + 1}А`).map((p) => [`${(c % 11) + 1}${'АБВГДЕ'[Math.floor(c / 11)]}`, p]),
  ).flat();
  roster.insertRowsAfter(1000, rows.length);
  roster.getRange(1, 1, rows.length, 2).setValues(rows);
  const template = s.api.getBootstrap('fromTemplate').templates[0].name;
  s.services.calls.reset();
  return priced(s, async (call) => {
    const plan = await call('planFromTemplate', {
      template,
      rosterSheet: 'Ученики',
      subject: 'Математика',
      period: 2,
    });
    const roster = await call('readRoster', 'Ученики');
    const outcome = await runBatch(
      plan,
      (item) =>
        call('createFromTemplate', {
          template,
          className: item.className,
          pupils: roster.find((r) => r.className === item.className)?.pupils ?? [],
          subject: 'Математика',
          teacher: 'Учитель',
          period: 2,
        }),
      { onStart: () => undefined, cancelled: () => false },
    );
    if (outcome.created.length !== classes)
      throw new Error(`created ${outcome.created.length} of ${classes}`);
  });
}

/** A class of 30 with a СОР 1 specification (max 15 as the journal's). */
function specSchool(): School {
  const services = createFakeServices();
  const api = endpoints(() => services);
  const names = pupils(30, '6А ученик');
  const structure = quarterStructure({ sorMaxes: [15, 10, 20], sochMax: 25 });
  const { sheetName } = api.createJournal(form({ className: '6А', pupils: names, structure }));
  api.saveSpec(specToJson(fractionsSpec()));
  services.calls.reset();
  return { services, api, sheetNames: [sheetName] };
}

/** The annual journal of an exam subject for a class of 30, in a school with its settings sheet. */
export function examJournal(pupilsPerClass = 30): Promise<Price> {
  const s = school(1, 10);
  return priced(s, (call) =>
    call('createExamJournal', {
      className: '7А',
      subject: 'Қазақ тілі',
      teacher: '',
      periodKind: 'quarter',
      exam: 'KZ-KAZLANG',
      pupils: pupils(pupilsPerClass, '7А ученик'),
      headerLang: 'kk',
    }),
  );
}

export function scoreGrid(): Promise<Price> {
  const s = specSchool();
  return priced(s, (call) =>
    call('createScoreGrid', { json: specToJson(fractionsSpec()), sheetName: s.sheetNames[0] }),
  );
}

export async function rubrics(): Promise<Price> {
  const s = specSchool();
  const { gridSheet } = s.api.createScoreGrid({
    json: specToJson(fractionsSpec()),
    sheetName: s.sheetNames[0],
  });
  // Every pupil marked: full points on every descriptor.
  const points = descriptorColumns(fractionsSpec()).map((c) => c.points);
  const grid = s.services.spreadsheet.getSheetByName(gridSheet)!;
  grid.getRange(6, 3, 30, points.length).setValues(Array.from({ length: 30 }, () => points));
  s.services.calls.reset();
  return priced(s, (call) =>
    call('writeRubrics', { json: specToJson(fractionsSpec()), sheetName: s.sheetNames[0], lang: 'ru' }),
  );
}

/** Moderation's Apply: four agreed scores changed, one confirmed application. */
export function moderationApply(): Promise<Price> {
  const s = school(1, 30);
  const start = s.api.startModeration({
    sheetName: s.sheetNames[0],
    work: { kind: 'soch' },
    rule: { kind: 'perLevel', n: 2 },
    seed: 1,
    tolerance: 0,
    details: { school: '', number: '', date: '2026-12-07', chair: '', secretary: '', members: [] },
    lang: 'ru',
  });
  if (!start.ok) throw new Error(start.reason);
  const rows = start.record.moderation.rows.slice(0, 4);
  if (rows.length !== 4) throw new Error(`a sample of ${rows.length}`);
  const sheet = s.services.spreadsheet.getSheetByName(start.sheetName)!;
  rows.forEach((r, i) =>
    sheet.getRange(SHEET_ROWS.first + i, SHEET_COLUMNS.agreed).setValues([[r.teacher + 1]]),
  );
  const plan = s.api.planModeration({ id: start.record.id, action: 'apply' });
  if (plan.changes.length !== 4) throw new Error(`${plan.changes.length} changes planned`);
  s.services.calls.reset();
  return priced(s, (call) =>
    call('commitModeration', { id: start.record.id, action: 'apply', changes: plan.changes }),
  );
}
