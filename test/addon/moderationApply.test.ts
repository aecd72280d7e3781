/**
 * applyScoreChanges on the in-memory services: compare-and-set under the document lock, the audit
 * log, and refusals (a changed cell, another pupil in the row, a formula, a cell outside the
 * scores, the lock held by someone else) that leave the journal as it is.
 */
import { readAuditRows } from '../../src/core/moderation/audit';
import { MODERATION_TEXTS } from '../../src/core/moderation/texts';
import { AUDIT_KEY, findAuditSheet } from '../../src/gas/auditLog';
import type { Lang } from '../../src/core/i18n';
import { context } from '../../src/gas/context';
import { plainValues } from '../../src/gas/endpoints/journalData';
import { applyScoreChanges } from '../../src/gas/scoreChanges';
import type { ScoreCellChange, ScoreChangeRequest } from '../../src/shared/endpoints';
import { addon, form } from './fixture';

const PUPILS = ['Айгерим Серикова', 'Нурлан Абенов', '=HYPERLINK("x")', 'Дана Ким'];

/** The journal, and the server's compare-and-set (moderation's commit runs it) with the log read back. */
function journal() {
  const { services, api: endpoints } = addon();
  const api = {
    ...endpoints,
    applyScoreChanges: (r: ScoreChangeRequest) => applyScoreChanges(context(services), r),
    readAuditLog: () => {
      const log = findAuditSheet(services.spreadsheet);
      return log ? plainValues(log.getDataRange().getValues()) : [];
    },
  };
  const { sheetName } = api.createJournal(form({ pupils: PUPILS }));
  const sheet = services.spreadsheet.getSheetByName(sheetName)!;
  // СОР 1 in M, СОЧ in P (max 25 in the template's max row).
  sheet.getRange('M5:M8').setValues([[15], [12], [18], [9]]);
  sheet.getRange('P5:P8').setValues([[20], [12], [22], [13]]);
  return { services, api, sheet, sheetName };
}

/** The log's words as the moderation's commit passes them (core texts). */
function labels(lang: Lang = 'ru') {
  const core = MODERATION_TEXTS[lang].audit;
  return {
    sheetName: MODERATION_TEXTS[lang].audit.sheet,
    protection: MODERATION_TEXTS[lang].audit.protection,
    headers: [...core.headers],
  };
}

function request(
  sheetName: string,
  changes: ScoreCellChange[],
  action: 'apply' | 'undo' = 'apply',
  lang: Lang = 'ru',
): ScoreChangeRequest {
  return {
    sheetName,
    changes,
    audit: {
      moderationId: 'mod-1',
      work: 'СОЧ',
      reason: 'Решение комиссии',
      action,
      labels: labels(lang),
    },
  };
}

const whole = (sheet: ReturnType<typeof journal>['sheet']) => {
  const range = sheet.getDataRange();
  return { values: range.getValues(), formulas: range.getFormulas() };
};

function auditSheet(services: ReturnType<typeof journal>['services']) {
  const md = services.spreadsheet.createDeveloperMetadataFinder().withKey(AUDIT_KEY).find();
  expect(md).toHaveLength(1);
  return services.spreadsheet.getSheetByName(md[0].getLocation().getSheet()!.getName())!;
}

describe('applyScoreChanges', () => {
  it('writes the accepted cells, only them, and logs each change with its old score', () => {
    const { services, api, sheet, sheetName } = journal();
    const before = whole(sheet);
    const result = api.applyScoreChanges(
      request(sheetName, [
        { a1: 'P5', pupil: PUPILS[0], expected: 20, value: 21 },
        { a1: 'P6', pupil: PUPILS[1], expected: 12, value: 14 },
        { a1: 'P8', pupil: PUPILS[3], expected: 13, value: 11.5 },
      ]),
    );
    expect(result.conflicts).toEqual([]);
    expect(result.applied.map((a) => [a.a1, a.old, a.value])).toEqual([
      ['P5', 20, 21],
      ['P6', 12, 14],
      ['P8', 13, 11.5],
    ]);
    const after = whole(sheet);
    // Every cell but the three is as it was.
    after.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const a1 = `${String.fromCharCode(65 + c)}${r + 1}`;
        if (!['P5', 'P6', 'P8'].includes(a1)) expect([a1, v]).toEqual([a1, before.values[r][c]]);
      }),
    );
    expect(after.formulas).toEqual(before.formulas);
    expect(sheet.getRange('P5:P8').getValues()).toEqual([[21], [14], [22], [11.5]]);

    const log = auditSheet(services);
    expect(log.getName()).toBe(MODERATION_TEXTS.ru.audit.sheet);
    expect(log.sheetProtection?.isWarningOnly()).toBe(true);
    const { rows, unreadable } = readAuditRows(api.readAuditLog());
    expect(unreadable).toEqual([]);
    expect(
      rows.map((r) => [r.journal, r.pupil, r.cell, r.work, r.old, r.new, r.action, r.moderationId]),
    ).toEqual([
      [sheetName, PUPILS[0], 'P5', 'СОЧ', 20, 21, 'apply', 'mod-1'],
      [sheetName, PUPILS[1], 'P6', 'СОЧ', 12, 14, 'apply', 'mod-1'],
      [sheetName, PUPILS[3], 'P8', 'СОЧ', 13, 11.5, 'apply', 'mod-1'],
    ]);
    expect(new Set(rows.map((r) => r.when))).toEqual(new Set([result.when]));
  });

  it('writes adjacent cells of a column in one call and a scattered one on its own', () => {
    const { services, api, sheetName } = journal();
    services.calls.reset();
    api.applyScoreChanges(
      request(sheetName, [
        { a1: 'P5', pupil: PUPILS[0], expected: 20, value: 21 },
        { a1: 'P6', pupil: PUPILS[1], expected: 12, value: 14 },
        { a1: 'P8', pupil: PUPILS[3], expected: 13, value: 11 },
      ]),
    );
    // Two runs in the journal (P5:P6, P8), one append to the new log's body, its header once.
    expect(services.calls.count('Range.setValues')).toBe(4);
    expect(services.calls.count('Range.getValues')).toBe(1);
  });

  it('refuses a cell changed since the plan, reports what it holds, and applies the rest', () => {
    const { services, api, sheet, sheetName } = journal();
    // A teacher retypes a score after the moderation started.
    services.spreadsheet.userEdit(sheet, 6, 16, '13');
    const result = api.applyScoreChanges(
      request(sheetName, [
        { a1: 'P5', pupil: PUPILS[0], expected: 20, value: 21 },
        { a1: 'P6', pupil: PUPILS[1], expected: 12, value: 14 },
      ]),
    );
    expect(result.conflicts).toEqual([{ a1: 'P6', pupil: PUPILS[1], expected: 12, found: 13 }]);
    expect(sheet.getRange('P5:P6').getValues()).toEqual([[21], [13]]);
    expect(readAuditRows(api.readAuditLog()).rows.map((r) => r.cell)).toEqual(['P5']);
  });

  it('refuses a row that holds another pupil now, a formula, and a cell outside the scores', () => {
    const { api, sheet, sheetName } = journal();
    sheet.getRange('P7').setFormula('=20+2');
    const before = whole(sheet);
    const result = api.applyScoreChanges(
      request(sheetName, [
        { a1: 'P5', pupil: PUPILS[1], expected: 20, value: 21 },
        { a1: 'P7', pupil: PUPILS[2], expected: 22, value: 20 },
        { a1: 'C5', pupil: PUPILS[0], expected: '', value: 5 },
        { a1: 'P2', pupil: '', expected: '', value: 5 },
      ]),
    );
    expect(result.applied).toEqual([]);
    expect(result.conflicts.map((c) => [c.a1, c.found, c.pupilFound])).toEqual([
      ['P5', 20, PUPILS[0]],
      ['P7', '=20+2', undefined],
      ['C5', '', undefined],
      ['P2', expect.anything(), undefined],
    ]);
    expect(whole(sheet)).toEqual(before);
    expect(api.readAuditLog()).toEqual([]);
  });

  it('restores a score typed as text exactly, as text', () => {
    const { api, sheet, sheetName } = journal();
    sheet.getRange('P5').setValues([["'19,5"]]);
    const before = whole(sheet);
    const applied = api.applyScoreChanges(
      request(sheetName, [{ a1: 'P5', pupil: PUPILS[0], expected: '19,5', value: 21 }]),
    );
    expect(applied.applied).toHaveLength(1);
    const undo = api.applyScoreChanges(
      request(sheetName, [{ a1: 'P5', pupil: PUPILS[0], expected: 21, value: '19,5' }], 'undo'),
    );
    expect(undo.applied).toHaveLength(1);
    expect(whole(sheet)).toEqual(before);
    const rows = readAuditRows(api.readAuditLog()).rows;
    expect(rows.map((r) => [r.old, r.new, r.action])).toEqual([
      ['19,5', 21, 'apply'],
      [21, '19,5', 'undo'],
    ]);
  });

  it('while another user holds the document lock, refuses the whole call and changes nothing', () => {
    const { services, api, sheet, sheetName } = journal();
    const before = whole(sheet);
    services.lock.holdByOtherUser();
    expect(() =>
      api.applyScoreChanges(request(sheetName, [{ a1: 'P5', pupil: PUPILS[0], expected: 20, value: 21 }])),
    ).toThrow(/другой пользователь/);
    expect(whole(sheet)).toEqual(before);
    expect(api.readAuditLog()).toEqual([]);
    services.lock.releaseOtherUser();
    expect(
      api.applyScoreChanges(request(sheetName, [{ a1: 'P5', pupil: PUPILS[0], expected: 20, value: 21 }]))
        .applied,
    ).toHaveLength(1);
    expect(services.lock.isHeld()).toBe(false);
  });

  it('refuses a malformed request whole and a sheet that is not a journal', () => {
    const { services, api, sheet, sheetName } = journal();
    const before = whole(sheet);
    const bad = (changes: unknown[]) => () =>
      api.applyScoreChanges(request(sheetName, changes as ScoreCellChange[]));
    expect(bad([{ a1: 'P5:P6', pupil: '', expected: 20, value: 1 }])).toThrow();
    expect(bad([{ a1: 'P5', pupil: PUPILS[0], expected: 20, value: { x: 1 } }])).toThrow();
    expect(
      bad([
        { a1: 'P5', pupil: PUPILS[0], expected: 20, value: 21 },
        { a1: 'P5', pupil: PUPILS[0], expected: 21, value: 22 },
      ]),
    ).toThrow();
    services.spreadsheet.insertSheet('Лист заметок');
    expect(() =>
      api.applyScoreChanges(request('Лист заметок', [{ a1: 'A1', pupil: '', expected: '', value: 1 }])),
    ).toThrow(/не является журналом/);
    expect(whole(sheet)).toEqual(before);
  });
});

describe('the audit log', () => {
  it('is created once, protected with a warning, and appended to', () => {
    const { services, api, sheetName } = journal();
    api.applyScoreChanges(request(sheetName, [{ a1: 'P5', pupil: PUPILS[0], expected: 20, value: 21 }]));
    api.applyScoreChanges(request(sheetName, [{ a1: 'P6', pupil: PUPILS[1], expected: 12, value: 10 }]));
    const log = auditSheet(services);
    expect(log.getRange(1, 1, 1, 11).getValues()[0]).toEqual([...MODERATION_TEXTS.ru.audit.headers]);
    expect(readAuditRows(api.readAuditLog()).rows.map((r) => r.cell)).toEqual(['P5', 'P6']);
  });

  it('writes a pupil name that looks like a formula as text', () => {
    const { api, sheetName } = journal();
    api.applyScoreChanges(request(sheetName, [{ a1: 'P7', pupil: PUPILS[2], expected: 22, value: 20 }]));
    expect(readAuditRows(api.readAuditLog()).rows[0].pupil).toBe(PUPILS[2]);
  });

  it('is read back whatever language each application was logged in', () => {
    const { api, sheetName } = journal();
    api.applyScoreChanges(
      request(sheetName, [{ a1: 'P5', pupil: PUPILS[0], expected: 20, value: 21 }], 'apply', 'kk'),
    );
    api.applyScoreChanges(
      request(sheetName, [{ a1: 'P5', pupil: PUPILS[0], expected: 21, value: 20 }], 'undo', 'en'),
    );
    const { rows, unreadable } = readAuditRows(api.readAuditLog());
    expect(unreadable).toEqual([]);
    expect(rows.map((r) => r.action)).toEqual(['apply', 'undo']);
    expect(api.readAuditLog()[0]).toEqual([...MODERATION_TEXTS.kk.audit.headers]);
  });

  it('refuses labels that are not a full header row', () => {
    const { api, sheetName } = journal();
    const bad = request(sheetName, [{ a1: 'P5', pupil: PUPILS[0], expected: 20, value: 21 }]);
    bad.audit.labels.headers = bad.audit.labels.headers.slice(0, 10);
    expect(() => api.applyScoreChanges(bad)).toThrow();
    expect(api.readAuditLog()).toEqual([]);
  });
});
