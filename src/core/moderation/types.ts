/**
 * Moderation (assessment rules §7) as plain data: a commission re-checks a sample of one summative
 * work of one class journal. Everything here is JSON-safe so the gas layer can keep a moderation
 * with its sheet (developer metadata) and read it back.
 */
import type { PeriodKind } from '../journal/types';
import type { PeriodInput } from '../period';
import type { Ruleset } from '../ruleset';
import type { Mark } from '../scale';

/** The work moderated: the СОЧ, or the n-th СОР (its `sor:n` column tag). */
export type WorkRef = { kind: 'soch' } | { kind: 'sor'; index: number };

/** The work as found in the journal: its column, its max, and its place in a PeriodInput. */
export interface HeldWork {
  ref: WorkRef;
  column: number;
  max: number;
  /** Position of the work in `PeriodInput.sor` (СОР only). */
  sorPosition?: number;
}

/** A pupil's period mark as the commission sees it: 2–5, or why there is none. */
export type QuarterMark = Mark | 'na' | 'exempt' | 'invalid' | 'empty';

/** A pupil who wrote the work: a numeric score within 0…max. */
export interface ModerationSubject {
  pupil: string;
  /** Journal row and column of the score cell, and its A1. */
  row: number;
  column: number;
  a1: string;
  score: number;
  max: number;
  /** The period mark now, from the journal's cells and ruleset. */
  quarter: QuarterMark;
  /** Sampling level: the mark the work's own percentage gets on the scale (see subjects.ts). */
  level: Mark;
  /** The pupil's cells for the period mark, to recompute it with another score for this work. */
  input: PeriodInput;
}

/**
 * How the works are chosen: sampling (per mark level, or a random share of the class), or a
 * re-check of named works — the disputed СОЧ works the pedagogical council names (rules §3a, п. 22),
 * given as the pupils' journal rows.
 */
export type SampleRule =
  { kind: 'perLevel'; n: number } | { kind: 'share'; percent: number } | { kind: 'named'; rows: number[] };

export const DEFAULT_SAMPLE_RULE: SampleRule = { kind: 'perLevel', n: 1 };

/** One sampled work on the moderation sheet. */
export interface ModerationRow {
  pupil: string;
  row: number;
  column: number;
  a1: string;
  max: number;
  level: Mark;
  /** The teacher's score: the journal cell when the moderation started. */
  teacher: number;
  /** Entered by the commission; absent until then. */
  moderators?: number;
  agreed?: number;
  /** moderators − teacher, once the moderators' score is entered. */
  difference?: number;
  quarterTeacher: QuarterMark;
  /** The period mark with the moderators' score in place of the teacher's. */
  quarterModerators?: QuarterMark;
  input: PeriodInput;
}

/** «What was considered»: every work written, with the teacher's scores. */
export interface Considered {
  works: number;
  max: number;
  /** Works per level (the work's own mark on the scale). */
  counts: { n5: number; n4: number; n3: number; n2: number };
  meanScore?: number;
  meanPercent?: number;
  /** Works at levels 5 and 4 over all works × 100 (quality, as in the analysis form §6). */
  quality?: number;
}

export interface Moderation {
  id: string;
  /** The journal sheet's name and its record. */
  journal: string;
  className: string;
  subject: string;
  teacher: string;
  period: number;
  periodKind: PeriodKind;
  work: HeldWork;
  rule: SampleRule;
  seed: number;
  /** A difference above this many points is a deviation. */
  tolerance: number;
  rules: Ruleset;
  considered: Considered;
  rows: ModerationRow[];
}

/** What the protocol needs beyond the moderation: typed by the secretary. */
export interface ProtocolDetails {
  number: string;
  school: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  chair: string;
  secretary: string;
  members: string[];
}

/** One journal cell to rewrite. `old` is the value found (restored exactly by an undo). */
export interface ScoreChange {
  pupil: string;
  row: number;
  column: number;
  a1: string;
  old: number | string;
  new: number | string;
}

/** A cell that no longer holds what the plan started from: refused, never overwritten. */
export interface ScoreConflict {
  pupil: string;
  a1: string;
  expected: number | string;
  /** What the cell holds now: its number, or its text ('' when empty). */
  found: number | string;
  /** The row now holds this other pupil (rows inserted or sorted since). */
  pupilFound?: string;
}
