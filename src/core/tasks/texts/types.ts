/**
 * Texts of the task-level scoring (work specifications, score grid, levels, analysis lines,
 * rubrics) as a typed table per language; the compiler checks every language has every text.
 * Numbers arrive already formatted for the language (a decimal comma in kk and ru).
 */
import type { TaskLevel } from '../types';

/**
 * Problems of a work specification that the journal's field texts (src/core/texts fieldErrors)
 * do not cover; shared ones (missing, unknownKey, wrongType, empty, tooLong, oneOf) come from there.
 */
export interface SpecErrorTexts {
  notSpec(): string;
  specFormat(got: string, expected: string): string;
  specVersion(got: string, supported: string): string;
  objectiveCode(value: string): string;
  points(value: string): string;
  taskNumber(value: string): string;
  duplicateNumber(value: string, firstPath: string): string;
  sorIndex(value: string, max: number): string;
  grade(value: string, min: number, max: number): string;
  noTasks(): string;
  noDescriptors(): string;
  tooMany(count: number, max: number): string;
  totalTooLarge(total: string, max: number): string;
}

/** A specification against the journal it will score: the work must exist and the maxes agree. */
export interface JournalCheckTexts {
  noSuchSor(work: string, sorCount: number): string;
  noSoch(): string;
  noMax(work: string): string;
  maxMismatch(work: string, total: string, max: string): string;
}

export interface TaskTexts {
  specErrors: SpecErrorTexts;
  journal: JournalCheckTexts;
  grid: {
    /** «СОР 1 · Дроби · 6А · Математика». */
    title(work: string, title: string, details: string): string;
    number: string;
    pupil: string;
    task(n: number): string;
    /** The label of the points row. */
    max: string;
    total: string;
    /** Descriptions of the warning-only protections: the headers and points, the totals. */
    protectHeader: string;
    protectTotal: string;
    /** Data-validation help of a descriptor cell. */
    help(points: string): string;
    /** A total whose row has points above a descriptor's max: a «! …» text the journal flags. */
    aboveMax: string;
    /** Problems found reading a filled grid. */
    invalidCell(a1: string, raw: string, points: string): string;
    mixedRow(pupil: string, row: number): string;
  };
  levels: Record<TaskLevel, string>;
  /** The level rule printed on the rubric: «high: 85 % of the criterion's points or more; …». */
  levelRule(high: string, medium: string): string;
  analysis: {
    /** A line of the «objectives achieved» block: the share reached at least medium. */
    achieved(objective: string, criterion: string, percent: string): string;
    /** A line of the «objectives with difficulties» block: the share at the low level. */
    difficult(objective: string, criterion: string, percent: string): string;
  };
  rubric: {
    title: string;
    work: string;
    pupil: string;
    className: string;
    subject: string;
    teacher: string;
    tasks: string;
    criterion: string;
    objective: string;
    level: string;
    points: string;
    max: string;
    total: string;
    rulesHeading: string;
    comment: string;
    notWritten: Record<'absent' | 'exempt' | 'empty', string>;
  };
}
