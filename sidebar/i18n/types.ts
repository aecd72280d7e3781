import type { Lang } from '../../src/core/i18n/messages';
import type { PeriodKind } from '../../src/core/journal/types';
import type { FinalRule, Rounding, SorMode } from '../../src/core/ruleset';
import type { CheckCode, Panel } from '../../src/shared/endpoints';
import type { InvalidMessages } from '../forms/invalid';

/** Every text of the sidebar; the compiler checks each language has all of them. */
export interface UiText {
  loading: string;
  working: string;
  unknownError: string;
  /** Heading of several problems the server reported at once. */
  problemsFound(n: number): string;
  navLabel: string;
  nav: Readonly<Record<Panel, string>>;
  /** Labels of the nav's groups of panels (app.tsx NAV_GROUPS). */
  navGroups: Readonly<Record<'journals' | 'reports' | 'addon', string>>;
  langNames: Readonly<Record<Lang, string>>;
  periodKinds: Readonly<Record<PeriodKind, string>>;
  invalid: InvalidMessages;
  /** Shown with a form that did not pass validation. */
  fixErrors: string;
  dismiss: string;
  /** A link to a written sheet as an A4 PDF (Sheets' export). */
  printPdf: string;

  settings: {
    title: string;
    lang: string;
    ruleset: string;
    custom: string;
    basedOn: string;
    weightsWithSoch: string;
    weightsWithoutSoch: string;
    w_fo: string;
    w_sor: string;
    w_soch: string;
    w_fo_nosoch: string;
    w_sor_nosoch: string;
    thresholds: string;
    t3: string;
    t4: string;
    t5: string;
    rounding: string;
    roundings: Readonly<Record<Rounding, string>>;
    sorMode: string;
    sorModes: Readonly<Record<SorMode, string>>;
    foMax: string;
    /** Exam years: how the final mark combines the annual and the exam mark (the ruleset key `final`). */
    final: string;
    finals: Readonly<Record<FinalRule | '', string>>;
    finalHint: string;
    /** A preset in the ruleset list: what it means, not just its code. */
    presetLabel(name: string, weights: string, rounding: Rounding, years: string): string;
    /** The chosen ruleset is not the one in force in the school year set below. */
    notInForce(name: string, years: string, schoolYear: string): string;
    schoolName: string;
    schoolYear: string;
    schoolYearHint: string;
    minFoMarks: string;
    minFoMarksHint: string;
    save: string;
    saved: string;
  };

  journal: {
    title: string;
    /** A period journal, or the annual journal of an exam subject. */
    kind: string;
    kinds: { period: string; exam: string };
    kindHint: string;
    examScale: string;
    examScales: Readonly<Record<string, string>>;
    template: string;
    noTemplate: string;
    className: string;
    subject: string;
    teacher: string;
    periodKind: string;
    period: string;
    pupilSource: string;
    fromPaste: string;
    fromRoster: string;
    pupils: string;
    pupilsHint: string;
    pupilCount(n: number): string;
    rosterSheet: string;
    rosterClass: string;
    choose: string;
    structure: string;
    foCount: string;
    sorCount: string;
    sorMax(n: number): string;
    noSoch: string;
    sochMax: string;
    marks: string;
    headerLang: string;
    create: string;
    created(sheetName: string): string;
    /** Link to the journal as an A4 landscape PDF (Sheets' export). */
    printA4: string;
  };

  fromTemplate: {
    title: string;
    template: string;
    rosterSheet: string;
    preview: string;
    previewEmpty: string;
    planCaption: string;
    pupils(n: number): string;
    exists: string;
    create(n: number): string;
    cancel: string;
    cancelling: string;
    progressLabel: string;
    progress(done: number, total: number, className: string): string;
    summary: string;
    created(n: number): string;
    skipped(n: number): string;
    failed(n: number): string;
    notStarted(n: number): string;
    notInRoster: string;
  };

  templates: {
    title: string;
    builtin: string;
    export: string;
    exportLabel(name: string): string;
    copy: string;
    copied: string;
    delete: string;
    confirmDelete(name: string): string;
    yesDelete: string;
    no: string;
    deleted(name: string): string;
    saveTitle: string;
    journal: string;
    name: string;
    save: string;
    saved(name: string): string;
    importTitle: string;
    importJson: string;
    import: string;
    imported(name: string): string;
  };

  check: {
    title: string;
    intro: string;
    run: string;
    journals(n: number): string;
    problems(n: number): string;
    none: string;
    filter: string;
    all: string;
    codes: Readonly<Record<CheckCode, string>>;
    jump(sheet: string, a1: string): string;
  };

  help: {
    title: string;
    functionsTitle: string;
    functionsIntro: string;
    functions: readonly { name: string; text: string }[];
    codesTitle: string;
    codes: readonly { code: string; text: string }[];
    checkTitle: string;
    checkText: string;
  };
}
