/**
 * The sidebar ↔ server contract: every function the sidebar calls through google.script.run,
 * with its argument and result types. The server (src/gas/endpoints) implements this interface
 * and the sidebar's promise wrapper (sidebar/rpc.ts) is typed by it, so a change on one side that
 * the other does not follow fails to compile. Only plain data crosses (no Date: ISO strings).
 */
import type { Lang } from '../core/i18n';
import type { JournalForm, PeriodKind, Template } from '../core/journal/types';
import type { Settings } from '../core/settings';

export type Panel = 'newJournal' | 'fromTemplate' | 'check' | 'settings' | 'help';

export interface JournalSummary {
  sheetName: string;
  className: string;
  subject: string;
  teacher: string;
  periodKind: PeriodKind;
  period: number;
}

export interface Bootstrap {
  panel: Panel;
  lang: Lang;
  settings: Settings;
  /** Built-in gallery first, then the school's saved templates. */
  templates: Template[];
  journals: JournalSummary[];
  /** Every sheet's name, for choosing a roster sheet. */
  sheets: string[];
  /** Ruleset preset names. */
  presets: string[];
}

/** One class of a roster sheet (columns: class, pupil). */
export interface RosterClass {
  className: string;
  pupils: string[];
}

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

export type CheckCode =
  | 'invalidValue'
  | 'aboveMax'
  | 'scoreWithoutMax'
  | 'missingMax'
  | 'missingSoch'
  | 'missingAllSor'
  | 'fewFoMarks'
  | 'duplicatePupil'
  | 'computedOverwritten';

export interface CheckProblem {
  sheetName: string;
  /** The cell or range to jump to, e.g. "E7". */
  a1: string;
  code: CheckCode;
  /** Rendered in the settings language. */
  message: string;
}

export interface CheckReport {
  journals: number;
  problems: CheckProblem[];
  /** Problems per code (codes with none are left out). */
  summary: Partial<Record<CheckCode, number>>;
}

export interface Endpoints {
  getBootstrap(panel: Panel): Bootstrap;
  saveSettings(settings: Settings): Settings;
  /** `printUrl`: the journal as an A4 landscape PDF (Sheets' export; Apps Script cannot set print settings). */
  createJournal(form: JournalForm): { sheetName: string; printUrl?: string };
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
  checkJournals(): CheckReport;
  jumpTo(target: { sheetName: string; a1: string }): void;
}

export type EndpointName = keyof Endpoints;
