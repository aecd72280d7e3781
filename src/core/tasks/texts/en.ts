import type { TaskTexts } from './types';

export const en: TaskTexts = {
  specErrors: {
    notSpec: () =>
      'this is not a KB Sheets work specification: expected { "format": "kb-sheets/work-spec", … }',
    specFormat: (got, expected) => `${got} is not a KB Sheets work specification (expected "${expected}")`,
    specVersion: (got, supported) =>
      `${got}: this specification version is not supported (supported: ${supported})`,
    objectiveCode: (value) =>
      `${value}: a learning-objective code is 2 to 5 numbers separated by dots, e.g. 6.5.2.1`,
    points: (value) => `${value}: points must be above 0, whole or a half (0.5)`,
    taskNumber: (value) => `${value}: a task number is a whole number from 1`,
    duplicateNumber: (value, firstPath) => `task ${value} is already there (${firstPath})`,
    sorIndex: (value, max) => `${value}: a SAU number is a whole number from 1 to ${max}`,
    grade: (value, min, max) => `${value}: a grade is a whole number from ${min} to ${max}`,
    noTasks: () => 'at least one task is needed',
    noDescriptors: () => 'at least one descriptor is needed',
    tooMany: (count, max) => `${count}: at most ${max}`,
    totalTooLarge: (total, max) => `the points add up to ${total}: at most ${max}`,
  },
  journal: {
    noSuchSor: (work, sorCount) => `the journal has no ${work}: it has ${sorCount} SAU`,
    noSoch: () => 'the journal of this period has no SAT',
    noMax: (work) => `the journal gives no max score for ${work}`,
    maxMismatch: (work, total, max) =>
      `${work}: the specification's points add up to ${total} but the journal's max score is ${max}; correct one of them`,
  },
  grid: {
    title: (work, title, details) => [work, title, details].filter(Boolean).join(' · '),
    number: 'No.',
    pupil: 'Pupil',
    task: (n) => `Task ${n}`,
    max: 'Max points',
    total: 'Total',
    protectHeader:
      'KB Sheets: tasks, descriptors and points come from the work specification; change the specification',
    protectTotal: 'KB Sheets: the total is a formula and feeds the journal',
    help: (points) => `Points from 0 to ${points}, "abs" (absent) or "ex" (exempt)`,
    aboveMax: '! points above a descriptor max',
    invalidCell: (a1, raw, points) => `${a1}: "${raw}": expected points from 0 to ${points}, "abs" or "ex"`,
    mixedRow: (pupil, row) =>
      `${pupil || `row ${row}`}: the row has both points and an absence code; the code counts`,
  },
  levels: { high: 'high', medium: 'medium', low: 'low' },
  levelRule: (high, medium) =>
    `The level on a criterion follows the share of the criterion's points scored: high ${high} % or more, medium ${medium} % or more but below ${high} %, low below ${medium} %.`,
  analysis: {
    achieved: (objective, criterion, percent) =>
      `${objective} ${criterion}: reached by ${percent} % of pupils`,
    difficult: (objective, criterion, percent) =>
      `${objective} ${criterion}: ${percent} % of pupils at the low level`,
  },
  rubric: {
    title: 'Rubric for parents',
    work: 'Work',
    pupil: 'Pupil',
    className: 'Class',
    subject: 'Subject',
    teacher: 'Teacher',
    tasks: 'Task No.',
    criterion: 'Assessment criterion',
    objective: 'Learning objective',
    level: 'Level',
    points: 'Points',
    max: 'Max',
    total: 'Total',
    rulesHeading: 'How the level is set',
    comment: "Teacher's comment",
    notWritten: {
      absent: 'Did not write the work: absent.',
      exempt: 'Exempt from the work.',
      empty: 'The results have not been entered yet.',
    },
  },
};
