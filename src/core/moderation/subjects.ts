import { parseCell, showRaw } from '../cells';
import { cellA1 } from '../journal/a1';
import { cleanText } from '../journal/names';
import { foundColumns, type JournalSnapshot } from '../journal/snapshot';
import { markOf, workPercent } from '../scale';
import { periodInputsOf } from '../journal/periodInputs';
import { quarterMarkOf } from './periodInput';
import type { HeldWork, ModerationSubject, WorkRef } from './types';

/** A score in the work's column the rules cannot read: left out of the sample, shown to the user. */
export interface UnreadableScore {
  pupil: string;
  row: number;
  a1: string;
  raw: string;
}

export type SubjectsResult =
  | { ok: true; work: HeldWork; subjects: ModerationSubject[]; unreadable: UnreadableScore[] }
  | { ok: false; reason: 'noColumn' | 'notHeld' | 'badMax' };

/**
 * The pupils who wrote the work: a number within 0…max in its column. Absent, exempt and empty
 * cells are not works; text, «н/а» and numbers outside 0…max are `unreadable` (Check journals
 * reports them too).
 *
 * The sampling level is the work's own mark: its percentage on the ruleset's scale (85 % → 5 …),
 * not the pupil's period mark. The commission re-checks the scoring of this work, so the sample
 * must span this work's range of scores; moderation happens before period marks are set, when the
 * period mark is provisional, mixes in ФО and СОР the commission does not see, and is н/а or
 * invalid for some pupils who did write. The period mark is kept alongside (`quarter`) to show
 * what a changed score would do to it.
 */
export function moderationSubjects(snapshot: JournalSnapshot, ref: WorkRef): SubjectsResult {
  const cols = foundColumns(snapshot.columns);
  const sorPosition = ref.kind === 'sor' ? cols.sor.findIndex((t) => t.index === ref.index) : -1;
  const column = ref.kind === 'soch' ? cols.soch : cols.sor[sorPosition]?.column;
  if (column === undefined) return { ok: false, reason: 'noColumn' };

  const maxCell = parseCell(snapshot.values[snapshot.rows.maxRow - 1]?.[column - 1]);
  if (maxCell.kind === 'empty') return { ok: false, reason: 'notHeld' };
  if (maxCell.kind !== 'number' || maxCell.value <= 0) return { ok: false, reason: 'badMax' };
  const max = maxCell.value;
  const work: HeldWork = { ref, column, max, ...(ref.kind === 'sor' ? { sorPosition } : {}) };

  const inputs = periodInputsOf(snapshot, cols);
  const subjects: ModerationSubject[] = [];
  const unreadable: UnreadableScore[] = [];
  for (let row = snapshot.rows.firstPupilRow; row <= snapshot.values.length; row++) {
    const raw = snapshot.values[row - 1]?.[column - 1];
    const c = parseCell(raw);
    if (c.kind === 'empty' || c.kind === 'absent' || c.kind === 'exempt') continue;
    const pupil = cols.pupil === undefined ? '' : cleanText(snapshot.values[row - 1]?.[cols.pupil - 1]);
    const a1 = cellA1(row, column);
    if (c.kind !== 'number' || c.value < 0 || c.value > max) {
      unreadable.push({ pupil, row, a1, raw: showRaw(raw) });
      continue;
    }
    const input = inputs[row - snapshot.rows.firstPupilRow];
    subjects.push({
      pupil,
      row,
      column,
      a1,
      score: c.value,
      max,
      quarter: quarterMarkOf(input, snapshot.rules),
      level: markOf(workPercent(c.value, max), snapshot.rules),
      input,
    });
  }
  return { ok: true, work, subjects, unreadable };
}
