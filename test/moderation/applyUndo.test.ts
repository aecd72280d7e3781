import fc from 'fast-check';
import { parseCell } from '../../src/core/cells';
import { planApply, planUndo } from '../../src/core/moderation/apply';
import {
  auditHeader,
  auditRows,
  auditValues,
  lastApplication,
  readAuditRows,
} from '../../src/core/moderation/audit';
import type { ModerationRow, ScoreChange } from '../../src/core/moderation/types';
import { readBack } from './journals';

/** A score as a teacher may have typed it: a number, or text with a decimal comma or point. */
const typed = fc
  .integer({ min: 0, max: 50 })
  .chain((half) =>
    fc.constantFrom<number | string>(half / 2, String(half / 2).replace('.', ','), String(half / 2)),
  );
const score = fc.integer({ min: 0, max: 50 }).map((half) => half / 2);

/** One sampled work: its cell in the journal now, the teacher's score the moderation started from, the agreed one. */
const work = fc.record({
  now: typed,
  stale: fc.boolean(), // the teacher changed the cell after the moderation started
  agreed: fc.option(score, { nil: undefined }),
  meddled: fc.option(score, { nil: undefined }), // someone edits the cell between apply and undo
});

type Work = typeof work extends fc.Arbitrary<infer W> ? W : never;

const valueOf = (raw: unknown) => {
  const c = parseCell(raw);
  return c.kind === 'number' ? c.value : NaN;
};

function write(journal: Map<string, unknown>, changes: readonly ScoreChange[]): void {
  for (const c of changes) journal.set(c.a1, c.new);
}

/** Plans and writes the agreed scores, logs them, optionally lets someone edit cells, then plans and writes the undo. */
function applyThenUndo(works: Work[], meddle: boolean) {
  const journal = new Map<string, unknown>(works.map((w, i) => [`P${i + 5}`, w.now]));
  const before = new Map(journal);
  const rows: ModerationRow[] = works.map((w, i) => ({
    pupil: `Pupil ${i + 1}`,
    row: i + 5,
    column: 16,
    a1: `P${i + 5}`,
    max: 25,
    level: 4,
    teacher: w.stale ? valueOf(w.now) + 1 : valueOf(w.now),
    agreed: w.agreed,
    quarterTeacher: 4,
    input: { fo: [], sor: [], sorMax: [] },
  }));

  const plan = planApply(rows, journal, 'M-1');
  write(journal, plan.changes);
  const applied = new Map(journal);

  const context = {
    when: '2025-12-22T09:00:00.000Z',
    journal: 'j',
    work: 'СОЧ',
    reason: 'r',
    moderationId: 'M-1',
  };
  const log = readBack([auditHeader('ru'), ...auditValues(auditRows(plan.changes, context))]);
  const { rows: audit, unreadable } = readAuditRows(log);
  expect(unreadable).toEqual([]);

  if (meddle) works.forEach((w, i) => w.meddled !== undefined && journal.set(`P${i + 5}`, w.meddled));
  const undo = planUndo(lastApplication(audit, 'M-1'), journal);
  write(journal, undo.changes);
  return { before, plan, applied, undo, after: journal };
}

const works = fc.array(work, { minLength: 1, maxLength: 20 });

test('apply, then undo through the audit log, restores the journal cells exactly', () => {
  fc.assert(
    fc.property(works, (ws) => {
      const { before, plan, undo, after } = applyThenUndo(ws, false);
      expect(undo.conflicts).toEqual([]);
      expect(undo.changes).toHaveLength(plan.changes.length);
      expect(after).toEqual(before); // numbers stay numbers, «7,5» stays text
    }),
  );
});

test('apply never overwrites a cell changed since the moderation started', () => {
  fc.assert(
    fc.property(works, (ws) => {
      const { plan } = applyThenUndo(ws, false);
      for (const c of plan.changes) {
        const w = ws[c.row - 5];
        expect(w.stale).toBe(false);
        expect(c.old).toBe(w.now);
        expect(valueOf(c.new)).not.toBe(valueOf(w.now)); // an agreed score equal to the teacher's is no change
      }
      for (const c of plan.conflicts) expect(ws[Number(c.a1.slice(1)) - 5].stale).toBe(true);
    }),
  );
});

test('undo never overwrites a cell edited after the application', () => {
  fc.assert(
    fc.property(works, (ws) => {
      const { before, plan, applied, undo, after } = applyThenUndo(ws, true);
      const changed = new Set(plan.changes.map((c) => c.a1));
      ws.forEach((w, i) => {
        const a1 = `P${i + 5}`;
        const edited = w.meddled !== undefined && w.meddled !== valueOf(applied.get(a1));
        expect(undo.conflicts.some((c) => c.a1 === a1)).toBe(edited && changed.has(a1));
        if (w.meddled === undefined) expect(after.get(a1)).toBe(before.get(a1));
        else if (edited || !changed.has(a1)) expect(after.get(a1)).toBe(w.meddled);
        else expect(after.get(a1)).toBe(before.get(a1)); // the edit wrote the same score: still undone
      });
    }),
  );
});
