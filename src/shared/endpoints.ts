/**
 * The sidebar ↔ server contract: every function the sidebar calls through google.script.run,
 * with its argument and result types. The server (src/gas/endpoints) implements this interface
 * and the sidebar's promise wrapper (sidebar/rpc.ts) is typed by it, so a change on one side that
 * the other does not follow fails to compile. Only plain data crosses (no Date: ISO strings).
 */
import type { Lang } from '../core/i18n';
import type { ExamJournalForm } from '../core/journal/examJournal';
import type { JournalForm, PeriodKind, Template } from '../core/journal/types';
import type { Settings } from '../core/settings';
import type { JournalSnapshot } from '../core/journal/snapshot';
import type { CheckCode, CheckProblem, CheckReport } from '../core/journal/checkTypes';
import type { RosterClass } from '../core/journal/roster';

export type { CheckCode, CheckProblem, CheckReport, RosterClass };
import type { ClassResults } from '../core/reports/classResults';
import type { SheetProblem } from '../core/moderation/read';
import type { ModerationRecord } from '../core/moderation/record';
import type { StartFailure } from '../core/moderation/texts/types';
import type {
  ModerationRow,
  ProtocolDetails,
  SampleRule,
  ScoreChange,
  ScoreConflict,
  WorkRef,
} from '../core/moderation/types';
import type { GridProblem } from '../core/tasks/readGrid';

/** Each analysis writes a sheet: a few per server execution keep the progress moving. */
export const ANALYSES_PER_EXECUTION = 5;

/** A journal a run could not use, and why (in the user's language). */
export interface JournalError {
  sheetName: string;
  message: string;
}

export interface AnalysesWritten {
  sheets: { sheetName: string; printUrl: string }[];
  errors: JournalError[];
}

export type Panel =
  | 'newJournal'
  | 'fromTemplate'
  | 'check'
  | 'settings'
  | 'help'
  | 'moderation'
  | 'analysis'
  | 'monitoring'
  | 'specs';

export interface JournalSummary {
  sheetName: string;
  className: string;
  subject: string;
  teacher: string;
  periodKind: PeriodKind;
  period: number;
  /** false for formative-only journals (no period marks, no analysis). */
  marks: boolean;
}

/**
 * What the sidebar's first screen needs, in one execution that reads two document properties:
 * no listing of journals or sheets, which costs a few local getters per sheet of a large file.
 */
export interface Bootstrap {
  panel: Panel;
  lang: Lang;
  settings: Settings;
  /** Built-in gallery first, then the school's saved templates. */
  templates: Template[];
  /** Ruleset preset names. */
  presets: string[];
}

/** The lists a panel loads when it is first opened (listJournals, listSheets). */
export interface SheetLists {
  journals: JournalSummary[];
  /** Every sheet's name, for choosing a roster sheet. */
  sheets: string[];
}

/** What a panel is drawn from: the bootstrap and the lists. */
export type PanelData = Bootstrap & SheetLists;

export interface FromTemplateRequest {
  template: string;
  className: string;
  pupils: string[];
  subject: string;
  teacher: string;
  period: number;
}

export interface PlanItem {
  className: string;
  pupils: number;
  sheetName: string;
  /** A journal of that name exists already: it will be skipped, never overwritten. */
  exists: boolean;
}

/** Moderation: one journal score cell to rewrite, if it still holds `expected` (compare-and-set). */
export interface ScoreCellChange {
  a1: string;
  pupil: string;
  expected: number | string;
  value: number | string;
}

export interface ScoreChangeRequest {
  /** The journal sheet. */
  sheetName: string;
  changes: ScoreCellChange[];
  audit: {
    moderationId: string;
    work: string;
    reason: string;
    action: 'apply' | 'undo';
    labels: AuditLabels;
  };
}

/** The audit log's words, from the core's moderation texts: the sheet's name and its 11 headers (actions are stored as codes). */
export interface AuditLabels {
  sheetName: string;
  protection: string;
  headers: string[];
}

/** A change the server refused: the cell (or its row's pupil) is not what the plan read. */
export interface ScoreConflictFound {
  a1: string;
  pupil: string;
  expected: number | string;
  found: number | string;
  pupilFound?: string;
}

export interface ScoreChangeResult {
  applied: { a1: string; pupil: string; old: number | string; value: number | string }[];
  conflicts: ScoreConflictFound[];
  /** ISO time of the application, as in the audit log. */
  when: string;
}

/** A moderation sheet (the add-on's own `moderation:<id>`) and its record (kept in its metadata). */
export interface StoredModeration {
  sheetName: string;
  record: ModerationRecord;
}

/** The start form of a moderation: the journal, the work, the sampling rule and the protocol's details. */
export interface StartRequest {
  sheetName: string;
  work: WorkRef;
  rule: SampleRule;
  seed: number;
  tolerance: number;
  details: ProtocolDetails;
  /** The language of the moderation sheet (and of its audit lines). */
  lang: Lang;
}

export type ModerationStart =
  | { ok: false; reason: StartFailure }
  | { ok: true; record: ModerationRecord; sheetName: string; unreadable: number };

/** The moderation sheet as the commission left it, with the server's computed columns. */
export interface ModerationRead {
  record: ModerationRecord;
  rows: ModerationRow[];
  problems: SheetProblem[];
  sheetName: string;
}

/** What an application (or an undo) would change; nothing is written before the user confirms. */
export interface ModerationPlan {
  /** Apply only: the sheet read afresh. */
  read?: ModerationRead;
  changes: ScoreChange[];
  conflicts: ScoreConflict[];
  notAgreed: number;
  alreadyApplied: number;
}

/** A journal as the sidebar's forms read it (the core's JournalSnapshot, Dates as ISO text). */
export type JournalData = JournalSnapshot & { values: (string | number | boolean)[][]; sheetId: number };

/** One of the add-on's own sheets, found by its tag «kind:id» (e.g. analysis:<sheet id>, monitoring:q2). */
export interface OwnSheetContent {
  sheetName: string;
  values: (string | number | boolean)[][];
}

/** A work specification of the school's library: its JSON file as saved (checked by the server with src/core/tasks). */
export interface StoredSpec {
  title: string;
  json: string;
}

/** Linked: written now; already: held that formula; kept: not empty (a typed score), left as it was. */
export interface LinkScoreResult {
  linked: string[];
  already: string[];
  kept: { a1: string; pupil: string; found: number | string }[];
}

/** A score grid written (the add-on's own `scoreGrid:<journal id>.<work>`) and the journal cells linked to it. */
export interface GridOutcome {
  gridSheet: string;
  link: LinkScoreResult;
}

export interface RubricsOutcome {
  sheetName: string;
  printUrl: string;
  pages: number;
  /** Cells the grid reader refused (those pupils get no page until fixed). */
  problems: GridProblem[];
}

export interface Endpoints {
  getBootstrap(panel: Panel): Bootstrap;
  listJournals(): JournalSummary[];
  listSheets(): string[];
  saveSettings(settings: Settings): Settings;
  /** `printUrl`: the journal as an A4 landscape PDF (Sheets' export; Apps Script cannot set print settings). */
  createJournal(form: JournalForm): { sheetName: string; printUrl?: string };
  /** The annual journal of an exam subject: period marks, annual, exam score and mark, final. */
  createExamJournal(form: ExamJournalForm): { sheetName: string; printUrl?: string };
  readRoster(sheetName: string): RosterClass[];
  saveTemplate(request: { sheetName: string; name: string }): Template;
  deleteTemplate(name: string): Template[];
  exportTemplate(name: string): string;
  importTemplate(json: string): Template;
  planFromTemplate(request: {
    template: string;
    rosterSheet: string;
    subject: string;
    period: number;
  }): PlanItem[];
  createFromTemplate(request: FromTemplateRequest): { sheetName: string; skipped: boolean };
  /** Every journal, or only these (a batch: the sidebar keeps several in flight). */
  checkJournals(only?: string[]): CheckReport;
  /** The journals a run reads, in batches of server executions: a scope's (q1…q4, h1, h2, year) or all. */
  journalBatches(scope?: string): string[][];
  /** One batch of the monitoring: each journal read and computed on the server. */
  monitoringResults(sheetNames: string[]): { results: ClassResults[]; errors: JournalError[] };
  /** The monitoring written from every batch's results (checked again: they crossed the sidebar). */
  writeMonitoring(request: { scope: string; results: ClassResults[] }): {
    sheetName: string;
    printUrl: string;
  };
  /** The СОР/СОЧ analyses of these journals, computed and written on the server. */
  writeAnalyses(request: { sheetNames: string[]; purpose?: string; date: string }): AnalysesWritten;
  jumpTo(target: { sheetName: string; a1: string }): void;
  /** A journal's cells and column roles (the forms list its works and pupils from them). */
  readJournal(sheetName: string): JournalData;
  listModerations(): StoredModeration[];
  /** Draws the sample and writes the moderation sheet (with its record). */
  startModeration(request: StartRequest): ModerationStart;
  /** Reads what the commission typed and writes the computed columns back. */
  refreshModeration(id: string): ModerationRead;
  /** The protocol (хаттама) in a language, from the moderation sheet as it is now. */
  writeProtocol(request: { id: string; lang: Lang }): ModerationRead & {
    protocol: { sheetName: string; printUrl: string };
  };
  planModeration(request: { id: string; action: 'apply' | 'undo' }): ModerationPlan;
  /** The confirmed changes, compare-and-set under the document lock, each logged first. */
  commitModeration(request: {
    id: string;
    action: 'apply' | 'undo';
    changes: ScoreChange[];
  }): ScoreChangeResult;
  /** The school's work specifications (task-level scoring). */
  listSpecs(): StoredSpec[];
  /** Adds or replaces (same title) a specification's JSON; returns the library. */
  saveSpec(json: string): StoredSpec[];
  deleteSpec(title: string): StoredSpec[];
  /**
   * Creates the score grid of a journal's work from a specification (its JSON file) and links the
   * journal's EMPTY cells of that work to the grid's totals; an existing grid is never rebuilt.
   */
  createScoreGrid(request: { json: string; sheetName: string }): GridOutcome;
  /** Rubrics for parents from the work's score grid: the whole class, or one pupil. */
  writeRubrics(request: { json: string; sheetName: string; lang: Lang; pupil?: string }): RubricsOutcome;
}

export type EndpointName = keyof Endpoints;
