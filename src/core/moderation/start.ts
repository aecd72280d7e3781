import type { JournalSnapshot } from '../journal/snapshot';
import { considered } from './considered';
import { seedOf } from './random';
import { moderationRows } from './rows';
import { sample } from './sample';
import { moderationSubjects, type UnreadableScore } from './subjects';
import type { StartFailure } from './texts/types';
import { DEFAULT_SAMPLE_RULE, type Moderation, type SampleRule, type WorkRef } from './types';

export interface StartOptions {
  id: string;
  rule?: SampleRule;
  /** Default: from the id, so the same moderation draws the same sample. */
  seed?: number;
  /** Default 0: any difference is a deviation. */
  tolerance?: number;
}

export type StartResult =
  { ok: true; moderation: Moderation; unreadable: UnreadableScore[] } | { ok: false; reason: StartFailure };

/** A new moderation of one work of one journal: who wrote it, what they got, and the sample. */
export function startModeration(snapshot: JournalSnapshot, ref: WorkRef, options: StartOptions): StartResult {
  const found = moderationSubjects(snapshot, ref);
  if (!found.ok) return found;
  if (found.subjects.length === 0) return { ok: false, reason: 'noWorks' };
  const rule = options.rule ?? DEFAULT_SAMPLE_RULE;
  // A named work must be one the pupil wrote: a row with no score in the work is not re-checked.
  if (rule.kind === 'named' && !rule.rows.every((row) => found.subjects.some((s) => s.row === row)))
    return { ok: false, reason: 'namedNotWritten' };
  const seed = (options.seed ?? seedOf(options.id)) >>> 0;
  const meta = snapshot.meta;
  return {
    ok: true,
    unreadable: found.unreadable,
    moderation: {
      id: options.id,
      journal: snapshot.sheetName,
      className: meta?.className ?? '',
      subject: meta?.subject ?? '',
      teacher: meta?.teacher ?? '',
      period: meta?.period ?? 0,
      periodKind: meta?.structure.periodKind ?? 'quarter',
      work: found.work,
      rule,
      seed,
      tolerance: options.tolerance ?? 0,
      rules: snapshot.rules,
      considered: considered(found.subjects, found.work.max),
      rows: moderationRows(sample(found.subjects, rule, seed)),
    },
  };
}
