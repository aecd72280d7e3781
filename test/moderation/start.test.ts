import { seedOf } from '../../src/core/moderation/random';
import { startModeration } from '../../src/core/moderation/start';
import { PRESETS } from '../../src/core/ruleset';
import { FilledJournal, QUARTER, pupilNames } from '../journal/fixtures';
import { classSnapshot } from './journals';

const start = (id = 'M-1', extra = {}) => {
  const r = startModeration(classSnapshot(), { kind: 'soch' }, { id, ...extra });
  if (!r.ok) throw new Error(r.reason);
  return r;
};

test('a moderation records the journal, the work, the rule, the seed and the sample', () => {
  const { moderation: m, unreadable } = start('M-2025-12-20-7A');
  expect(m).toMatchObject({
    id: 'M-2025-12-20-7A',
    journal: '7А Математика 2ч',
    className: '7А',
    subject: 'Математика',
    teacher: 'Сейткали А. Б.',
    period: 2,
    periodKind: 'quarter',
    work: { ref: { kind: 'soch' }, column: 16, max: 25 },
    rule: { kind: 'perLevel', n: 1 },
    seed: seedOf('M-2025-12-20-7A'),
    tolerance: 0,
    rules: PRESETS['KZ-2020'],
  });
  expect(m.rows.map((r) => r.level).sort()).toEqual([2, 3, 4, 5]);
  expect(unreadable.map((u) => u.a1)).toEqual(['P15', 'P16']);
});

test('what was considered: every work written, with the teacher’s scores', () => {
  // Scores 25, 23, 21, 17, 16, 10, 9, 20.5 out of 25: levels 5 5 4 4 3 3 2 4.
  expect(start().moderation.considered).toEqual({
    works: 8,
    max: 25,
    counts: { n5: 2, n4: 3, n3: 2, n2: 1 },
    meanScore: 141.5 / 8,
    meanPercent: 70.75,
    quality: 62.5,
  });
});

test('the same id draws the same sample; the record survives JSON', () => {
  const a = start('M-7').moderation;
  expect(start('M-7').moderation).toEqual(a);
  expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  const shares = new Set(
    Array.from({ length: 30 }, (_, i) =>
      start(`M-${i}`, { rule: { kind: 'share', percent: 50 } })
        .moderation.rows.map((r) => r.row)
        .join(),
    ),
  );
  expect(shares.size).toBeGreaterThan(1);
});

test('why a moderation cannot start', () => {
  const none = FilledJournal.of(QUARTER, pupilNames(3)).complete(1).set(1, 'soch', 1, 'н');
  expect(startModeration(none.snapshot(), { kind: 'soch' }, { id: 'x' })).toEqual({
    ok: false,
    reason: 'noWorks',
  });
  expect(startModeration(classSnapshot(), { kind: 'sor', index: 9 }, { id: 'x' })).toEqual({
    ok: false,
    reason: 'noColumn',
  });
});

test('a re-check of named works takes exactly the named rows, and refuses a row with no score in the work', () => {
  const all = start('M-3', { rule: { kind: 'share', percent: 100 } }).moderation.rows.map((r) => r.row);
  const named = [all[3], all[0]];
  const { moderation: m } = start('M-4', { rule: { kind: 'named', rows: named } });
  expect(m.rows.map((r) => r.row)).toEqual([all[0], all[3]]);
  expect(m.rule).toEqual({ kind: 'named', rows: named });
  // Row 1 is the journal's title row: nobody's work is there.
  expect(
    startModeration(
      classSnapshot(),
      { kind: 'soch' },
      { id: 'M-5', rule: { kind: 'named', rows: [all[0], 1] } },
    ),
  ).toEqual({
    ok: false,
    reason: 'namedNotWritten',
  });
});
