import { checkJournalMax, journalCheckText, type WorkSpec } from '../../src/core/tasks';
import { QUARTER } from '../journal/fixtures';
import { fractionsSpec } from './fixtures';

const sor2 = fractionsSpec(); // СОР 2, 10 points
const soch: WorkSpec = { ...fractionsSpec(), work: { kind: 'soch' } };

describe("the specification against the journal's max", () => {
  test('the journal max equals the total: fine', () => {
    expect(checkJournalMax(sor2, { sorMaxes: [20, 10, 20], sochMax: 25 })).toEqual({
      ok: true,
      total: 10,
      max: 10,
    });
    expect(checkJournalMax(soch, { sorMaxes: [], sochMax: 10 })).toEqual({ ok: true, total: 10, max: 10 });
  });

  test('a mismatch says both numbers, in each language', () => {
    const check = checkJournalMax(sor2, QUARTER); // СОР 2 max 20
    expect(check).toEqual({ ok: false, code: 'maxMismatch', total: 10, max: 20 });
    expect(journalCheckText(check, sor2.work, 'ru')).toBe(
      'СОР 2: сумма баллов спецификации 10, а макс. балл в журнале 20 — исправьте одно из двух',
    );
    expect(journalCheckText(check, sor2.work, 'kk')).toMatch(/^БЖБ 2: .*10.*20/);
    expect(journalCheckText(check, sor2.work, 'en')).toMatch(/^SAU 2: .*10.*20/);
  });

  test('decimal totals are shown with the language decimal mark', () => {
    const half = fractionsSpec();
    half.tasks[3].descriptors[0].points = 1.5; // 9.5
    const check = checkJournalMax(half, { sorMaxes: [20, 10], sochMax: null });
    expect(journalCheckText(check, half.work, 'ru')).toContain('9,5');
    expect(journalCheckText(check, half.work, 'en')).toContain('9.5');
  });

  test('a work the journal does not have, or without a max', () => {
    const noSor = checkJournalMax(sor2, { sorMaxes: [20], sochMax: 25 });
    expect(noSor).toEqual({ ok: false, code: 'noSuchSor', total: 10, max: null, sorCount: 1 });
    expect(journalCheckText(noSor, sor2.work, 'ru')).toBe('в журнале нет СОР 2: в нём СОР — 1');
    const noMax = checkJournalMax(sor2, { sorMaxes: [20, null], sochMax: 25 });
    expect(noMax.ok === false && noMax.code).toBe('noMax');
    const noSoch = checkJournalMax(soch, { sorMaxes: [20], sochMax: null });
    expect(noSoch.ok === false && noSoch.code).toBe('noSoch');
    expect(journalCheckText(noSoch, soch.work, 'en')).toBe('the journal of this period has no SAT');
    expect(
      journalCheckText(checkJournalMax(sor2, { sorMaxes: [1, 10], sochMax: null }), sor2.work, 'ru'),
    ).toBe('');
  });
});
