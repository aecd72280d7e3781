import type { Texts } from './types';

const periodWord = (kind: 'quarter' | 'half'): string => (kind === 'quarter' ? 'Quarter' : 'Half-year');

// Kazakhstan's English-medium schools (NIS) say FA, SAU and SAT for ФО, СОР and СОЧ.
export const en: Texts = {
  menu: {
    newJournal: 'New class journal…',
    fromTemplate: 'Journals from a template…',
    checkJournals: 'Check journals',
    settings: 'Settings…',
    help: 'Help',
    analysis: 'SAU/SAT analysis…',
    monitoring: 'Monitoring report…',
    moderation: 'Moderation…',
    specs: 'Work specification…',
    runMonitoring: 'Monitoring of the latest period (no sidebar)',
    runAnalyses: 'SAU/SAT analyses of the latest period (no sidebar)',
    runCheck: 'Check journals: summary (no sidebar)',
  },

  runs: {
    title: 'KB Sheets',
    noJournals: 'This file has no KB Sheets journals.',
    reading: (done, total) => `Journals done: ${done} of ${total}…`,
    monitoringDone: (sheetName, failed) =>
      `Monitoring ready: sheet "${sheetName}".` + (failed > 0 ? ` Journals not read: ${failed}.` : ''),
    analysesDone: (written, failed) =>
      `Analyses written: ${written}.` +
      (failed > 0 ? ` With errors: ${failed} (see the Analysis panel).` : ''),
    checkDone: (journals, problems) =>
      `Journals checked: ${journals}; problems: ${problems}.` +
      (problems > 0 ? ' Open «Check journals» to jump to the cells.' : ''),
  },

  journal: {
    number: '№',
    pupil: 'Pupil',
    fo: (n) => `FA ${n}`,
    sor: (n) => `SAU ${n}`,
    soch: 'SAT',
    max: 'max',
    detail: ['FA %', 'SAU %', 'SAT %', 'Total %', 'Mark'],
    title: (className, subject) => `${className} · ${subject}`,
    subtitle: (period, teacher) => (teacher ? `${period} · ${teacher}` : period),
    codes: (foMax) => `FA: 1–${foMax} · abs — absent (not 0) · ex — exempt · empty max — work not held yet`,
    provisional: 'grey marks are provisional until the class writes the SAT',
    period: (kind, n) => `${periodWord(kind)} ${n}`,
    periodShort: (kind, n) => `${kind === 'quarter' ? 'Q' : 'H'}${n}`,
    describe: (s) =>
      [
        `${s.foCount} FA`,
        s.sorMaxes.length > 0 ? `${s.sorMaxes.length} SAU (${s.sorMaxes.join(', ')})` : 'no SAU',
        s.sochMax === null ? 'no SAT' : `SAT ${s.sochMax}`,
        s.marks ? (s.periodKind === 'quarter' ? 'quarter marks' : 'half-year marks') : 'no marks',
      ].join(' · '),
  },

  validation: {
    fo: (foMax) => `FA: a mark from 1 to ${foMax}; abs — absent, ex — exempt; empty — no mark.`,
    score: "A score from 0 to this column's max (the «max» row); abs — did not write it, ex — exempt.",
    max: 'Max score of the work: a number above 0; empty — the work has not been held yet.',
  },

  protection: {
    header: 'KB Sheets: journal headers',
    maxRow: 'KB Sheets: SAU and SAT max scores — the marks are computed from them',
    detail: 'KB Sheets: computed marks (the KB_DETAIL formula)',
  },

  templates: {
    quarter: { name: 'Quarter: 3 SAU + SAT', purpose: 'A usual subject with quarter marks.' },
    half: {
      name: 'Half-year: 2 SAU, no SAT',
      purpose: 'A 1-hour-a-week subject: marked per half-year, no SAT.',
    },
    formative: {
      name: 'Formative only, no marks',
      purpose: 'Lower grades without marks (grade 1): formative assessment only.',
    },
  },

  fieldErrors: {
    notJson: (line, column, near) => `not JSON: error at line ${line}, column ${column}, near "${near}"`,
    notTemplate: () => 'not a KB Sheets template: expected an object { "format": "kb-sheets/template", … }',
    wrongFormat: (got, expected) => `${got} — not a KB Sheets template (expected "${expected}")`,
    wrongVersion: (got, supported) =>
      `${got} — this template version is not supported (supported: ${supported})`,
    missing: () => 'missing',
    unknownKey: () => 'unknown field',
    wrongType: (expected, got) => `expected ${en.typeNames[expected]}, found ${got}`,
    foCount: (value, max) => `${value} — expected a whole number from 1 to ${max}`,
    tooManySor: (count, max) => `${count} SAU — at most ${max}`,
    notPositive: (value) => `${value} — a score above 0 is needed`,
    tooLarge: (value, max) => `${value} — a max score cannot exceed ${max}`,
    halfWithSoch: () => 'half-year subjects (1 hour a week) have no SAT: use null',
    marksWithoutSor: () => 'a journal with marks needs at least one SAU',
    empty: () => 'must not be empty',
    tooLong: (length, max) => `${length} characters — at most ${max}`,
    oneOf: (value, choices) => `${value} — allowed: ${choices}`,
    schoolYear: (value) => `"${value}" — write the school year as 2026-2027`,
    integerRange: (value, min, max) => `${value} — expected a whole number from ${min} to ${max}`,
  },
  typeNames: {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    array: 'a list […]',
    object: 'an object {…}',
    null: 'null',
  },

  check: {
    where: (pupil, row) => pupil || `row ${row}`,
    invalidFo: (column, raw, foMax) =>
      `${column}: "${raw}" — expected a mark from 1 to ${foMax}, "abs" or "ex"`,
    invalidScore: (column, raw) => `${column}: "${raw}" — expected a score, "abs" or "ex"`,
    invalidMax: (column, raw) => `${column}: max "${raw}" — expected a number above 0`,
    aboveMax: (column, value, max) => `${column}: ${value} is above the max score ${max}`,
    belowZero: (column, value) => `${column}: ${value} — a score cannot be below 0`,
    scoreWithoutMax: (column, count) =>
      `${column}: ${count} scores but no max score — these rows get no mark`,
    codesWithoutMax: (column, count) =>
      `${column}: ${count} pupils marked absent but no max score — the work counts as not held`,
    sochMaxMissing: () => 'SAT: no max score — marks are computed as if there were no SAT',
    noSorMax: () => 'no SAU has a max score — no marks can be given',
    missingSoch: (absent) =>
      absent ? 'did not write the SAT — n/a until written' : 'no SAT score (the class has written it)',
    missingAllSor: (held) => `wrote none of the SAU held (${held})`,
    fewFoMarks: (count, min) => `${count} FA marks, at least ${min} needed`,
    duplicatePupil: (name, firstRow) => `"${name}" is already in row ${firstRow}`,
    formulaMissing: () => 'the formula computing the marks has been deleted',
    formulaChanged: (found) => `the formula computing the marks has been changed: ${found}`,
    detailError: (value) => `the computed marks show the error ${value}`,
    detailColumnMissing: (header) => `the computed column "${header}" has been deleted`,
    pupilsBelowFormula: (formulaLastRow, pupilLastRow) =>
      `the formula covers rows up to ${formulaLastRow}, but pupils go down to row ${pupilLastRow}`,
  },

  roster: {
    classHeaders: ['class', 'grade', 'form'],
    pupilHeaders: ['pupil', 'pupils', 'student', 'students', 'name', 'full name', 'pupil name'],
    noClass: (row, pupil) => `row ${row}: pupil "${pupil}" has no class`,
    duplicate: (className, pupil, firstRow, row) =>
      `${className}: "${pupil}" is listed twice (rows ${firstRow} and ${row})`,
    noPupils: () => 'no pupils found (column A — class, B — pupil)',
  },

  server: {
    busy: 'Someone else is changing the journals right now — try again in a minute.',
    templateNotFound: (name) => `Template "${name}" not found.`,
    journalNotFound: (sheetName) => `Sheet "${sheetName}" is not a KB Sheets journal.`,
    builtinReadOnly: (name) =>
      `"${name}" is a built-in template: it cannot be changed or deleted; choose another name.`,
    templateNameRequired: 'Enter a template name.',
    templateNameTooLong: (max) => `A template name has at most ${max} characters.`,
    sheetNotFound: (name) => `Sheet "${name}" not found.`,
    badCell: (a1) => `"${a1}" is not a cell address.`,
    classRequired: 'Enter the class.',
    subjectRequired: 'Enter the subject.',
    periodRange: (periods) => `The period is a number from 1 to ${periods}.`,
    pupilsList: 'The pupils must be a list of names.',
    badLayout: (detail) => `The report was not written: invalid data (${detail}).`,
    badScope: 'Invalid report kind or id.',
    specBad: 'The specification was not saved: a JSON object with a non-empty "title" is needed.',
    specTooLarge: (kb) => `The specification is larger than ${kb} KB: shorten the descriptor texts.`,
    specLibraryFull: (max) => `The library already holds ${max} specifications: delete some unused ones.`,
    specNotFound: (title) => `Specification "${title}" not found.`,
    gridExists: (sheetName) =>
      `A score grid exists already: "${sheetName}". Its points are kept; delete that sheet to create it again.`,
    noGrid: 'This work has no score grid: create it first.',
    otherSpec: (sheetName) =>
      `The score grid "${sheetName}" was made from another specification (descriptor points differ).`,
    noPupils: 'No pupil in the score grid wrote the work.',
  },

  settings: {
    sheetName: 'KB settings',
    title: 'KB Sheets — settings',
    schoolName: 'School',
    schoolYear: 'School year',
    lang: 'Language (kk, ru, en)',
    minFoMarks: 'Check: minimum FA marks',
    rulesHeading: 'Assessment rules (KB_RULES)',
    rulesNote: 'key | value; all journals recalculate after a change',
  },
};
