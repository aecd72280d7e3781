/**
 * Every text of the add-on itself (menu, journals, checks, settings sheet, templates, roster and
 * import errors) as a typed table per language, like the KB_ functions' messages in ../i18n. The
 * compiler checks that every language has every text with the same arguments.
 */
import type { PeriodKind } from '../journal/types';

/** The built-in gallery templates (see journal/templates.ts). */
export type BuiltinTemplateId = 'quarter' | 'half' | 'formative';

/** JSON value types named in import errors. */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

/**
 * What is wrong with one field of an imported template or of the settings. Each text renders the
 * part after the field's path: «structure.sorMaxes[1]: » + «-5 — нужен балл больше 0».
 */
export interface FieldErrorTexts {
  notJson(line: number, column: number, near: string): string;
  notTemplate(): string;
  wrongFormat(got: string, expected: string): string;
  wrongVersion(got: string, supported: string): string;
  missing(): string;
  unknownKey(): string;
  wrongType(expected: FieldType, got: string): string;
  foCount(value: string, max: number): string;
  tooManySor(count: number, max: number): string;
  notPositive(value: string): string;
  tooLarge(value: string, max: number): string;
  halfWithSoch(): string;
  marksWithoutSor(): string;
  empty(): string;
  tooLong(length: number, max: number): string;
  oneOf(value: string, choices: string): string;
  schoolYear(value: string): string;
  integerRange(value: string, min: number, max: number): string;
}

/** Check journals: one text per finding (several findings share a CheckCode). */
export interface CheckTexts {
  /** Who a pupil-row problem is about: the pupil's name, or the row when the name is empty. */
  where(pupil: string, row: number): string;
  invalidFo(column: string, raw: string, foMax: string): string;
  invalidScore(column: string, raw: string): string;
  invalidMax(column: string, raw: string): string;
  aboveMax(column: string, value: string, max: string): string;
  belowZero(column: string, value: string): string;
  scoreWithoutMax(column: string, count: number): string;
  codesWithoutMax(column: string, count: number): string;
  sochMaxMissing(): string;
  noSorMax(): string;
  missingSoch(absent: boolean): string;
  missingAllSor(held: number): string;
  fewFoMarks(count: number, min: number): string;
  duplicatePupil(name: string, firstRow: number): string;
  formulaMissing(): string;
  formulaChanged(found: string): string;
  detailError(value: string): string;
  detailColumnMissing(header: string): string;
  pupilsBelowFormula(formulaLastRow: number, pupilLastRow: number): string;
}

export interface Texts {
  /** The add-on menu (its title, «KB Sheets», is not translated). */
  menu: {
    newJournal: string;
    fromTemplate: string;
    checkJournals: string;
    settings: string;
    help: string;
    analysis: string;
    monitoring: string;
    moderation: string;
    specs: string;
    /** Runs without the sidebar, progress as toasts. */
    runMonitoring: string;
    runAnalyses: string;
    runCheck: string;
  };

  /** Toasts of the runs started from the menu (no sidebar). */
  runs: {
    title: string;
    noJournals: string;
    reading(done: number, total: number): string;
    monitoringDone(sheetName: string, failed: number): string;
    analysesDone(written: number, failed: number): string;
    checkDone(journals: number, problems: number): string;
  };

  journal: {
    number: string;
    pupil: string;
    fo(n: number): string;
    sor(n: number): string;
    soch: string;
    /** Label of the max-score row. */
    max: string;
    /** The five KB_DETAIL columns: ФО %, СОР %, СОЧ %, total %, mark. */
    detail: readonly [string, string, string, string, string];
    /** Row 1, frozen part: class · subject. */
    title(className: string, subject: string): string;
    /** Row 1, after the frozen columns: period · teacher (teacher may be empty). */
    subtitle(period: string, teacher: string): string;
    /** Row 2: what the codes mean. */
    codes(foMax: string): string;
    /** Row 2, journals with a СОЧ: the grey running marks before the class writes it. */
    provisional: string;
    period(kind: PeriodKind, n: number): string;
    /** For sheet names: «2ч», «2т», «Q2». */
    periodShort(kind: PeriodKind, n: number): string;
    /** One line describing a structure, e.g. «10 ФО · 3 СОР (20, 20, 20) · СОЧ 25 · четвертные оценки». */
    describe(s: {
      periodKind: PeriodKind;
      foCount: number;
      sorMaxes: readonly number[];
      sochMax: number | null;
      marks: boolean;
    }): string;
  };

  /** Help texts of the journal's data validation. */
  validation: { fo(foMax: string): string; score: string; max: string };

  /** Descriptions of the warning-only protections. */
  protection: { header: string; maxRow: string; detail: string };

  templates: Record<BuiltinTemplateId, { name: string; purpose: string }>;

  fieldErrors: FieldErrorTexts;
  typeNames: Record<FieldType, string>;

  check: CheckTexts;

  roster: {
    /** Header words recognised in the class and pupil columns (lower case). */
    classHeaders: readonly string[];
    pupilHeaders: readonly string[];
    noClass(row: number, pupil: string): string;
    duplicate(className: string, pupil: string, firstRow: number, row: number): string;
    noPupils(): string;
  };

  /** Errors the server endpoints report to the sidebar. */
  server: {
    busy: string;
    templateNotFound(name: string): string;
    journalNotFound(sheetName: string): string;
    builtinReadOnly(name: string): string;
    templateNameRequired: string;
    templateNameTooLong(max: number): string;
    sheetNotFound(name: string): string;
    badCell(a1: string): string;
    classRequired: string;
    subjectRequired: string;
    periodRange(periods: number): string;
    pupilsList: string;
    /** Report runs (runLock.ts) and the add-on's own sheets (ownSheets.ts). */
    badLayout(detail: string): string;
    badScope: string;
    /** The work-specification library (src/gas/specStore.ts). */
    specBad: string;
    specTooLarge(kb: number): string;
    specLibraryFull(max: number): string;
    specNotFound(title: string): string;
    /** Task-level scoring: a grid exists already (its points are kept), no grid, another specification's grid, nobody wrote. */
    gridExists(sheetName: string): string;
    noGrid: string;
    otherSpec(sheetName: string): string;
    noPupils: string;
  };

  settings: {
    sheetName: string;
    title: string;
    schoolName: string;
    schoolYear: string;
    lang: string;
    minFoMarks: string;
    rulesHeading: string;
    rulesNote: string;
  };
}
