import type { Lang } from '../i18n';

/** Quarters (1–4) for most subjects; half-years (1–2) for 1-hour-a-week subjects without СОЧ. */
export type PeriodKind = 'quarter' | 'half';

/**
 * The shape of a class journal without its pupils or scores: what a template saves and shares.
 */
export interface JournalStructure {
  periodKind: PeriodKind;
  /** Number of formative (ФО) columns, 1–60. */
  foCount: number;
  /** Max score of each unit summative (СОР), in order; 0–6 works. */
  sorMaxes: number[];
  /** Max score of the term summative (СОЧ); null: the period has no СОЧ. */
  sochMax: number | null;
  /** false for the formative-only lower grades where marks are not given: no computed columns. */
  marks: boolean;
  /** Language of the journal's headers. */
  headerLang: Lang;
}

export interface Template {
  name: string;
  structure: JournalStructure;
  /** One of the built-in gallery templates (cannot be deleted or overwritten). */
  builtin?: boolean;
  description?: string;
}

/** What a teacher fills in to create one class journal. */
export interface JournalForm {
  className: string;
  subject: string;
  teacher: string;
  /** 1–4 for quarters, 1–2 for half-years. */
  period: number;
  pupils: string[];
  structure: JournalStructure;
  /** Name of the template it came from, if any. */
  template?: string;
}

/** The roles of a journal's columns, tagged with developer metadata (key `kb.col`). */
export type ColumnRole = 'number' | 'pupil' | 'fo' | 'sor' | 'soch' | 'detail';

/** The journal's own record, kept as sheet developer metadata (key `kb.journal`). */
export interface JournalMeta {
  v: 1;
  className: string;
  subject: string;
  teacher: string;
  period: number;
  structure: JournalStructure;
  template?: string;
}
