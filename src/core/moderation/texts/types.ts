/**
 * Texts of moderation (the moderation sheet, its problems, the protocol, the audit log) as a typed
 * table per language; the compiler checks every language has every text. Kept apart from
 * ../../texts so moderation owns them. Work and period names come from the journal's texts.
 */
import type { PeriodKind } from '../../journal/types';

export type StartFailure = 'noColumn' | 'notHeld' | 'badMax' | 'noWorks' | 'namedNotWritten';

export interface ModerationTexts {
  /** «Модерация»: sheet names and titles. */
  moderation: string;
  sheet: {
    info(journal: string, max: string, rule: string, tolerance: string, id: string): string;
    perLevel(n: number): string;
    share(percent: string): string;
    named(count: number): string;
    headers: {
      number: string;
      pupil: string;
      cell: string;
      max: string;
      level: string;
      teacher: string;
      moderators: string;
      difference: string;
      quarterTeacher(kind: PeriodKind): string;
      quarterModerators(kind: PeriodKind): string;
      agreed: string;
    };
    inputHelp: string;
    protection: string;
  };
  /** What is wrong with a cell or a row of the moderation sheet as read back. */
  problems: {
    notANumber(raw: string): string;
    outOfRange(value: string, max: string): string;
    unknownRow(cell: string): string;
    rowMissing(pupil: string, cell: string): string;
  };
  /** Why a moderation cannot start on a work (the work's name is the journal's: «СОЧ», «СОР 2»). */
  start: Record<StartFailure, (work: string) => string>;
  protocol: {
    /** Sheet name word: «Протокол». */
    sheetWord: string;
    title(number: string): string;
    meeting: string;
    /** Which procedure the protocol records: sampling, or the council's re-check of named works. */
    procedureSample: string;
    procedureNamed: string;
    date: string;
    chair: string;
    secretary: string;
    members: string;
    /** Singular, for a signature line. */
    member: string;
    agenda(work: string): string;
    className: string;
    subject: string;
    work: string;
    period: string;
    teacher: string;
    considered: string;
    works(count: number, max: string): string;
    marks: string;
    mean(score: string, max: string, percent: string): string;
    quality(percent: string): string;
    sample(count: number): string;
    conclusion: string;
    noDeviation: string;
    deviations: string;
    deviation(pupil: string, teacher: string, moderators: string, agreed: string | undefined): string;
    notEntered(count: number): string;
  };
  audit: {
    /** when, who, journal, pupil, cell, work, old, new, action, reason, moderation id. */
    headers: readonly [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    apply: string;
    undo: string;
    /** The audit log sheet's name and its protection's description. */
    sheet: string;
    protection: string;
    /** The moderation sheet was deleted. */
    sheetGone: string;
    reason: string;
  };
}
