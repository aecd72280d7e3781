import type { SheetLayout } from '../sheetLayout';
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

/** A 1-based column span of the journal sheet. */
export interface Span {
  first: number;
  count: number;
}

/** Where each part of a journal is, as laid out when created (later found again by metadata). */
export interface JournalPositions {
  /** Row of the column headers (ФО 1, СОР 1 …), the max-score row, and the first pupil row. */
  headerRow: number;
  maxRow: number;
  firstPupilRow: number;
  pupilCount: number;
  numberColumn: number;
  pupilColumn: number;
  fo: Span;
  sor: Span;
  /** Absent when the period has no СОЧ. */
  soch?: number;
  /** The five KB_DETAIL columns (ФО %, СОР %, СОЧ %, P, mark); absent in formative-only journals. */
  detail?: Span;
}

/** A conditional-format rule as data; the gas layer turns it into a Sheets rule. */
export interface FormatRule {
  ranges: string[];
  when: 'textStartsWith' | 'textEqualTo' | 'numberEqualTo' | 'formula';
  value: string | number;
  background: string;
  fontColor?: string;
}

/**
 * Everything the gas layer writes to create a journal sheet, computed by the core: the gas layer
 * only applies it, in bulk. Every A1 reference is relative to the journal sheet.
 */
/**
 * A journal's sheet (SheetLayout: its values are rows 1…(last pupil row), user text already quoted
 * with sheetText) and what makes it a journal.
 */
export interface JournalLayout extends SheetLayout {
  sheetName: string;
  positions: JournalPositions;
  /** The one custom-function call of the journal (absent in formative-only journals). */
  formula?: { a1: string; text: string };
  frozenColumns: number;
  validations: { a1: string; formula: string; helpText: string }[];
  formatRules: FormatRule[];
  /** Warning-only protections (headers, max row, computed columns). */
  protections: { a1: string; description: string }[];
  /** Developer metadata `kb.col` per column: the column's role, e.g. "fo:3", "sor:1", "soch", "detail:5". */
  columnRoles: { column: number; role: ColumnRole; index: number }[];
  meta: JournalMeta;
}
