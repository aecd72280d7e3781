/**
 * The whole moderation on the in-memory services through the real endpoints (src/gas/app/
 * moderation.ts): start, the commission types, refresh, plan, confirm, undo. Apply then undo
 * leaves the journal exactly as it was; two sidebars planning from the same start cannot
 * overwrite each other.
 */
import fc from 'fast-check';
import type { Lang } from '../../src/core/i18n';
import { readAuditRows } from '../../src/core/moderation/audit';
import { SHEET_COLUMNS, SHEET_ROWS } from '../../src/core/moderation/sheet';
import { DEFAULT_SAMPLE_RULE } from '../../src/core/moderation/types';
import { MODERATION_TEXTS } from '../../src/core/moderation/texts';
import type { Moderation, ModerationRow, ScoreChange } from '../../src/core/moderation/types';
import { findAuditSheet } from '../../src/gas/auditLog';
import type { Endpoints } from '../../src/shared/endpoints';
import type { FakeServices } from '../fakes';
import { addon, form, pupils } from './fixture';

const SOCH = 16; // column P of the built-in quarter template

/** A class of 12 with СОЧ scores spread over every level (max 25). */
function journal(soch: (number | string)[] = [25, 23, 21, 19, 17, 15, 13, 11, 9, 7, 5, 24]) {
  const { services, api } = addon();
  const names = pupils(12);
  const { sheetName } = api.createJournal(form({ pupils: names }));
  const sheet = services.spreadsheet.getSheetByName(sheetName)!;
  sheet.getRange(5, 3, 12, 3).setValues(names.map(() => [8, 7, 9])); // three ФО each
  sheet.getRange(5, 13, 12, 1).setValues(names.map(() => [15])); // СОР 1
  sheet.getRange(5, SOCH, 12, 1).setValues(soch.map((s) => [s]));
  return { services, api, sheet, sheetName, names };
}

type Api = Endpoints;

function start(api: Api, sheetName: string, lang: Lang = 'ru'): Moderation {
  const result = api.startModeration({
    sheetName,
    work: { kind: 'soch' },
    rule: DEFAULT_SAMPLE_RULE,
    seed: 7,
    tolerance: 0,
    details: { school: 'Школа', number: '1', date: '2026-12-07', chair: 'А', secretary: 'Б', members: [] },
    lang,
  });
  if (!result.ok) throw new Error(result.reason);
  return result.record.moderation;
}

const refresh = (api: Api, m: Moderation): ModerationRow[] => api.refreshModeration(m.id).rows;

const commit = (api: Api, m: Moderation, changes: ScoreChange[], action: 'apply' | 'undo') =>
  api.commitModeration({ id: m.id, action, changes });

const planApplication = (api: Api, m: Moderation) => api.planModeration({ id: m.id, action: 'apply' });

const planUndoing = (api: Api, m: Moderation) => api.planModeration({ id: m.id, action: 'undo' });

/** The audit log's rows, read from its sheet. */
function auditLog(services: FakeServices) {
  const sheet = findAuditSheet(services.spreadsheet);
  return readAuditRows(sheet ? sheet.getDataRange().getValues() : []).rows;
}

/** The commission types into the moderation sheet's cells, as a person does. */
function typeScores(
  services: ReturnType<typeof journal>['services'],
  m: Moderation,
  scores: (r: ModerationRow) => { moderators: number; agreed: number },
) {
  const sheet = services.spreadsheet
    .getSheets()
    .find((s) => s.getName().startsWith(MODERATION_TEXTS.of('ru').moderation))!;
  m.rows.forEach((r, i) => {
    const { moderators, agreed } = scores(r);
    const row = SHEET_ROWS.first + i;
    expect(
      services.spreadsheet.userEdit(sheet, row, SHEET_COLUMNS.moderators, String(moderators)).accepted,
    ).toBe(true);
    expect(services.spreadsheet.userEdit(sheet, row, SHEET_COLUMNS.agreed, String(agreed)).accepted).toBe(
      true,
    );
  });
  return sheet;
}

const whole = (sheet: ReturnType<typeof journal>['sheet']) => {
  const range = sheet.getDataRange();
  return { values: range.getValues(), formulas: range.getFormulas() };
};

describe('a moderation through the endpoints', () => {
  it('start, refresh, apply, undo: the journal is back exactly as before, every change logged', () => {
    const { services, api, sheet } = journal();
    const before = whole(sheet);
    const m = start(api, sheet.getName());
    expect(m.rows.length).toBeGreaterThanOrEqual(2);
    // The record is kept with the sheet.
    expect(api.listModerations().map((s) => s.record.id)).toEqual([m.id]);

    // Moderators find one more point on the first two works, one fewer on the rest.
    const mod = typeScores(services, m, (r) => {
      const delta = m.rows.indexOf(r) < 2 ? 1 : -1;
      const score = Math.min(25, Math.max(0, r.teacher + delta));
      return { moderators: score, agreed: score };
    });
    const rows = refresh(api, m);
    expect(rows.every((r) => r.moderators !== undefined && r.difference !== undefined)).toBe(true);
    // The difference column now holds the core's differences, where the commission can see them.
    const differences = mod
      .getRange(SHEET_ROWS.first, SHEET_COLUMNS.difference, rows.length, 1)
      .getValues()
      .map((v) => v[0]);
    expect(differences).toEqual(rows.map((r) => r.difference));

    const plan = planApplication(api, m);
    const expected = rows.filter((r) => r.agreed !== r.teacher);
    expect(plan.changes.map((c) => [c.a1, c.old, c.new])).toEqual(
      expected.map((r) => [r.a1, r.teacher, r.agreed]),
    );
    const applied = commit(api, m, plan.changes, 'apply');
    expect(applied.conflicts).toEqual([]);
    for (const r of expected) expect(sheet.getRange(r.a1).getValues()[0][0]).toBe(r.agreed);
    const log = auditLog(services);
    expect(log.map((l) => [l.cell, l.old, l.new, l.action])).toEqual(
      expected.map((r) => [r.a1, r.teacher, r.agreed, 'apply']),
    );

    // Applying again changes nothing: every cell already holds its agreed score.
    const again = planApplication(api, m);
    expect(again.changes).toEqual([]);
    expect(again.alreadyApplied).toBe(expected.length);

    const undo = planUndoing(api, m);
    expect(undo.conflicts).toEqual([]);
    expect(commit(api, m, undo.changes, 'undo').applied).toHaveLength(expected.length);
    expect(whole(sheet)).toEqual(before);
    // Nothing left to undo.
    expect(planUndoing(api, m).changes).toEqual([]);
  });

  it('two sidebars planning from the same start: the second apply gets conflicts, not overwrites', () => {
    const { services, api, sheet } = journal();
    const m = start(api, sheet.getName());
    typeScores(services, m, (r) => ({
      moderators: Math.max(0, r.teacher - 1),
      agreed: Math.max(0, r.teacher - 1),
    }));
    const planA = planApplication(api, m);
    // A second sidebar plans, after the commission changed its mind, before A applies.
    typeScores(services, m, (r) => ({
      moderators: Math.max(0, r.teacher - 2),
      agreed: Math.max(0, r.teacher - 2),
    }));
    const planB = planApplication(api, m);
    expect(planB.changes).toHaveLength(planA.changes.length);

    commit(api, m, planA.changes, 'apply');
    const afterA = whole(sheet);
    const resultB = commit(api, m, planB.changes, 'apply');
    expect(resultB.applied).toEqual([]);
    expect(resultB.conflicts.map((c) => [c.a1, c.expected, c.found])).toEqual(
      planA.changes.map((c) => [c.a1, c.old, c.new]),
    );
    expect(whole(sheet)).toEqual(afterA);
    expect(auditLog(services)).toHaveLength(planA.changes.length);
  });

  it('a score a teacher changed after the start is refused and left as it is; undo restores only the rest', () => {
    const { services, api, sheet } = journal();
    const m = start(api, sheet.getName());
    typeScores(services, m, (r) => ({
      moderators: Math.max(0, r.teacher - 1),
      agreed: Math.max(0, r.teacher - 1),
    }));
    const rows = refresh(api, m);
    const [first, ...rest] = rows;
    services.spreadsheet.userEdit(sheet, first.row, first.column, '3');
    // The sidebar planned before the teacher's edit.
    const stale = rows.map((r) => ({
      pupil: r.pupil,
      row: r.row,
      column: r.column,
      a1: r.a1,
      old: r.teacher,
      new: r.agreed!,
    }));
    const result = commit(api, m, stale, 'apply');
    expect(result.conflicts).toEqual([
      { a1: first.a1, pupil: first.pupil, expected: first.teacher, found: 3 },
    ]);
    expect(sheet.getRange(first.a1).getValues()[0][0]).toBe(3);
    expect(result.applied.map((a) => a.a1)).toEqual(rest.map((r) => r.a1));

    const beforeUndo = whole(sheet);
    commit(api, m, planUndoing(api, m).changes, 'undo');
    expect(sheet.getRange(first.a1).getValues()[0][0]).toBe(3);
    for (const r of rest) expect(sheet.getRange(r.a1).getValues()[0][0]).toBe(r.teacher);
    expect(whole(sheet).formulas).toEqual(beforeUndo.formulas);
  });

  it('property: apply, then a teacher edits some cells, then undo — only the edits remain', () => {
    const score = fc.oneof(
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 49 }).map((n) => `'${Math.floor(n / 2)},5`), // typed as text
    );
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 12, maxLength: 12 }),
        fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 12, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (soch, deltas, edited) => {
          const { services, api, sheet } = journal(soch);
          const before = whole(sheet);
          const m = start(api, sheet.getName());
          const agreed = (r: ModerationRow) =>
            Math.min(25, Math.max(0, r.teacher + deltas[m.rows.indexOf(r)]));
          typeScores(services, m, (r) => ({ moderators: agreed(r), agreed: agreed(r) }));
          const plan = planApplication(api, m);
          // Between the plan and the confirmation, the teacher retypes some of the planned cells.
          const edits = plan.changes.filter((_, i) => edited[i]);
          // 2,25: no score the test draws, so the edit really changes the cell.
          for (const c of edits) services.spreadsheet.userEdit(sheet, c.row, c.column, '2,25');
          const result = commit(api, m, plan.changes, 'apply');
          expect(result.conflicts.map((c) => c.a1)).toEqual(edits.map((c) => c.a1));
          commit(api, m, planUndoing(api, m).changes, 'undo');
          const after = whole(sheet);
          const expected = { values: before.values.map((row) => [...row]), formulas: before.formulas };
          for (const c of edits) expected.values[c.row - 1][c.column - 1] = 2.25;
          // The marks the formula computes follow the scores: compare the inputs and the formulas.
          const inputs = (v: unknown[][]) => v.map((row) => row.slice(0, SOCH));
          expect(inputs(after.values)).toEqual(inputs(expected.values));
          expect(after.formulas).toEqual(expected.formulas);
          if (edits.length === 0) expect(after).toEqual(before);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('refuses a malformed start request whole, and a moderation it does not know', () => {
    const { api, sheet } = journal();
    const good = {
      sheetName: sheet.getName(),
      work: { kind: 'soch' as const },
      rule: DEFAULT_SAMPLE_RULE,
      seed: 7,
      tolerance: 0,
      details: { school: '', number: '', date: '', chair: '', secretary: '', members: [] },
      lang: 'ru' as const,
    };
    for (const bad of [
      { ...good, work: { kind: 'sor' as const, index: 0 } },
      { ...good, rule: { kind: 'perLevel' as const, n: 1000 } },
      { ...good, seed: 1.5 },
      { ...good, lang: 'de' as Lang },
    ])
      expect(() => api.startModeration(bad)).toThrow();
    expect(api.listModerations()).toEqual([]);
    expect(() => api.refreshModeration('mod-other')).toThrow(MODERATION_TEXTS.of('ru').audit.sheetGone);
  });
});
