import { journalCells, journalPupils, planApply, planUndo } from '../../src/core/moderation/apply';
import {
  auditHeader,
  auditRows,
  auditValues,
  lastApplication,
  readAuditRows,
  type AuditRow,
} from '../../src/core/moderation/audit';
import { enterScores } from '../../src/core/moderation/rows';
import { startModeration } from '../../src/core/moderation/start';
import type { Moderation } from '../../src/core/moderation/types';
import { classJournal, readBack } from './journals';

/** The class journal's СОЧ with every work sampled (share 100 %): 8 rows, P5…P11 and P17. */
function setUp() {
  const journal = classJournal();
  const r = startModeration(
    journal.snapshot(),
    { kind: 'soch' },
    { id: 'M-1', rule: { kind: 'share', percent: 100 } },
  );
  if (!r.ok) throw new Error(r.reason);
  const m = r.moderation;
  const agree = (agreed: (number | undefined)[]): Moderation => ({
    ...m,
    rows: m.rows.map((row, i) =>
      enterScores(row, { moderators: agreed[i], agreed: agreed[i] }, m.work, m.rules),
    ),
  });
  return { journal, m, agree };
}

describe('planApply', () => {
  test('only cells that still hold the teacher’s score are rewritten; the rest is reported', () => {
    const { journal, m, agree } = setUp();
    // P5 25 → 24; P6 23 = 23 (no change); P7 21 → 19 but the teacher changed it to 22 meanwhile;
    // P8 17 → 18 already written; P9 not agreed; P17 «20,5» (text) → 21.
    const agreed = agree([24, 23, 19, 18, undefined, 10, 9, 21]);
    journal.set(3, 'soch', 1, 22).set(4, 'soch', 1, 18);
    const now = journalCells(
      journal.snapshot().values,
      m.rows.map((r) => r.a1),
    );
    expect(planApply(agreed.rows, now, 'M-1')).toEqual({
      moderationId: 'M-1',
      changes: [
        { pupil: 'Абенов Нурлан', row: 5, column: 16, a1: 'P5', old: 25, new: 24 },
        { pupil: 'Ли Александр', row: 17, column: 16, a1: 'P17', old: '20,5', new: 21 },
      ],
      conflicts: [{ pupil: 'Байжанов Ерлан', a1: 'P7', expected: 21, found: 22 }],
      alreadyApplied: ['P8'],
      notAgreed: ['P9'],
    });
  });

  test('a cell emptied or marked absent since is a conflict, shown as it is', () => {
    const { journal, m, agree } = setUp();
    journal.set(1, 'soch', 1, '').set(2, 'soch', 1, 'н');
    const now = journalCells(
      journal.snapshot().values,
      m.rows.map((r) => r.a1),
    );
    const plan = planApply(agree([20, 20]).rows, now, 'M-1');
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toEqual([
      { pupil: 'Абенов Нурлан', a1: 'P5', expected: 25, found: '' },
      { pupil: 'Ахметова Айгерим', a1: 'P6', expected: 23, found: 'н' },
    ]);
  });
});

test('a pupil inserted into the journal since: the same score in a cell is not the same work', () => {
  const journal = classJournal([20, 20, 20]);
  const r = startModeration(
    journal.snapshot(),
    { kind: 'soch' },
    { id: 'M-1', rule: { kind: 'share', percent: 100 } },
  );
  if (!r.ok) throw new Error(r.reason);
  const rows = r.moderation.rows.map((row) =>
    enterScores(row, { agreed: 18 }, r.moderation.work, r.moderation.rules),
  );
  // A new pupil with the same 20 arrives between the first two: rows 6 and 7 now hold others.
  const inserted = [...journal.grid[5]];
  inserted[1] = 'Новенький Арман';
  journal.grid.splice(5, 0, inserted);
  const values = journal.snapshot().values;
  const now = journalCells(
    values,
    rows.map((x) => x.a1),
  );
  expect(planApply(rows, now, 'M-1').changes).toHaveLength(3); // the cells alone cannot tell
  const plan = planApply(
    rows,
    now,
    'M-1',
    journalPupils(
      journal.snapshot(),
      rows.map((x) => x.row),
    ),
  );
  expect(plan.changes.map((c) => c.pupil)).toEqual(['Абенов Нурлан']);
  expect(plan.conflicts).toEqual([
    { pupil: 'Ахметова Айгерим', a1: 'P6', expected: 20, found: 20, pupilFound: 'Новенький Арман' },
    { pupil: 'Байжанов Ерлан', a1: 'P7', expected: 20, found: 20, pupilFound: 'Ахметова Айгерим' },
  ]);
  // The same check guards an undo.
  const applied = auditRows(planApply(rows, now, 'M-1').changes, {
    when: 't',
    journal: 'j',
    work: 'СОЧ',
    reason: 'r',
    moderationId: 'M-1',
  });
  const after = new Map([...now].map(([a1]) => [a1, 18]));
  const undo = planUndo(applied, after, journalPupils(journal.snapshot(), [5, 6, 7]));
  expect(undo.changes.map((c) => c.a1)).toEqual(['P5']);
  expect(undo.conflicts.map((c) => [c.a1, c.pupilFound])).toEqual([
    ['P7', 'Ахметова Айгерим'],
    ['P6', 'Новенький Арман'],
  ]);
});

describe('the audit log', () => {
  const changes = [
    { pupil: '=Иванов', row: 5, column: 16, a1: 'P5', old: 25, new: 24 },
    { pupil: 'Ким Виктория', row: 17, column: 16, a1: 'P17', old: '20,5', new: 21 },
  ];
  const ctx = {
    when: '2025-12-22T09:30:00.000Z',
    who: 'chair@school.kz',
    journal: '7А Математика 2ч',
    work: 'СОЧ',
    reason: 'Протокол № 3',
    moderationId: 'M-1',
  };

  test('one row per change: when, who, journal, pupil, cell, work, old, new, action, reason, id', () => {
    expect(auditHeader('ru')).toEqual([
      'Когда',
      'Кто',
      'Журнал',
      'Ученик',
      'Ячейка',
      'Работа',
      'Было',
      'Стало',
      'Действие',
      'Основание',
      'ID модерации',
    ]);
    const values = auditValues(auditRows(changes, ctx));
    expect(values[0]).toEqual([
      "'2025-12-22T09:30:00.000Z",
      'chair@school.kz',
      '7А Математика 2ч',
      "'=Иванов",
      "'P5",
      'СОЧ',
      25,
      24,
      'apply', // a code: a changed translation never breaks Undo
      'Протокол № 3',
      "'M-1",
    ]);
    expect(values[1][6]).toBe("'20,5"); // text stays text, to be restored as it was
  });

  test('read back, in any language, the same rows; a damaged row is reported, not skipped silently', () => {
    const rows = auditRows(changes, ctx);
    const sheet = readBack([
      auditHeader('kk'),
      ...auditValues(rows),
      ['', '', ''],
      ['x', '', '', '', 'nope'],
    ]);
    expect(readAuditRows(sheet)).toEqual({ rows, unreadable: [5] });
  });

  test('lastApplication: applications stack, each undo takes the latest off', () => {
    const batch = (when: string, action: 'apply' | 'undo', id = 'M-1'): AuditRow[] =>
      auditRows(changes, { ...ctx, when, action, moderationId: id });
    const a = batch('2025-12-22T09:00:00Z', 'apply');
    const b = batch('2025-12-22T10:00:00Z', 'apply');
    const other = batch('2025-12-22T10:30:00Z', 'apply', 'M-2');
    const undoB = batch('2025-12-22T11:00:00Z', 'undo');
    const undoA = batch('2025-12-22T12:00:00Z', 'undo');
    expect(lastApplication([...a, ...b, ...other], 'M-1')).toEqual(b);
    expect(lastApplication([...a, ...b, ...other, ...undoB], 'M-1')).toEqual(a);
    expect(lastApplication([...a, ...b, ...other, ...undoB, ...undoA], 'M-1')).toEqual([]);
    expect(lastApplication([...a, ...b, ...other], 'M-2')).toEqual(other);
  });
});

describe('planUndo', () => {
  test('restores what the application found, unless the cell was changed since', () => {
    const applied = auditRows(
      [
        { pupil: 'A', row: 5, column: 16, a1: 'P5', old: 25, new: 24 },
        { pupil: 'B', row: 17, column: 16, a1: 'P17', old: '20,5', new: 21 },
        { pupil: 'C', row: 6, column: 16, a1: 'P6', old: 23, new: 20 },
      ],
      { when: 't', journal: 'j', work: 'СОЧ', reason: 'r', moderationId: 'M-1' },
    );
    const now = new Map<string, unknown>([
      ['P5', 24],
      ['P17', '21'],
      ['P6', 19],
    ]);
    expect(planUndo(applied, now)).toEqual({
      changes: [
        { pupil: 'B', row: 17, column: 16, a1: 'P17', old: '21', new: '20,5' },
        { pupil: 'A', row: 5, column: 16, a1: 'P5', old: 24, new: 25 },
      ],
      conflicts: [{ pupil: 'C', a1: 'P6', expected: 20, found: 19 }],
    });
  });
});
