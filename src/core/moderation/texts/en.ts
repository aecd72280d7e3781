import type { ModerationTexts } from './types';

const periodMark = (kind: 'quarter' | 'half'): string =>
  kind === 'quarter' ? 'Quarter mark' : 'Half-year mark';

export const en: ModerationTexts = {
  moderation: 'Moderation',
  sheet: {
    info: (journal, max, rule, tolerance, id) =>
      `Journal: ${journal} · max: ${max} · sample: ${rule} · tolerance: ${tolerance} · ${id}`,
    perLevel: (n) => `${n} per level`,
    share: (percent) => `${percent} % of the class`,
    headers: {
      number: 'No.',
      pupil: 'Pupil',
      cell: 'Journal cell',
      max: 'Max',
      level: 'Level',
      teacher: "Teacher's score",
      moderators: "Moderators' score",
      difference: 'Difference',
      quarterTeacher: (kind) => `${periodMark(kind)} (teacher's score)`,
      quarterModerators: (kind) => `${periodMark(kind)} (moderators' score)`,
      agreed: 'Agreed score',
    },
    inputHelp: 'A score from 0 to the max (column «Max»); empty — not entered yet.',
    protection: "KB Sheets: moderation — enter only the moderators' and the agreed scores",
  },
  problems: {
    notANumber: (raw) => `«${raw}» — a score is needed`,
    outOfRange: (value, max) => `${value} — a score from 0 to ${max} is needed`,
    unknownRow: (cell) => `«${cell}» — this work is not in the sample`,
    rowMissing: (pupil, cell) => `${pupil} (${cell}): the row was deleted from the sheet`,
  },
  start: {
    noColumn: (work) => `The journal has no ${work} column`,
    notHeld: (work) => `${work}: the max is empty — the work has not been held yet`,
    badMax: (work) => `${work}: the max is not a number above 0`,
    noWorks: (work) => `${work}: nobody has a score`,
  },
  protocol: {
    sheetWord: 'Minutes',
    title: (number) => `MINUTES No. ${number}`,
    meeting: 'of the moderation commission meeting',
    date: 'Date',
    chair: 'Chair of the commission',
    secretary: 'Secretary',
    members: 'Members of the commission',
    member: 'Member of the commission',
    agenda: (work) => `Agenda: moderation of the ${work}`,
    className: 'Class',
    subject: 'Subject',
    work: 'Work',
    period: 'Period',
    teacher: 'Teacher',
    considered: 'Considered',
    works: (count, max) => `Works: ${count}, max score: ${max}`,
    marks: 'By level',
    mean: (score, max, percent) => `Mean score: ${score} of ${max} (${percent} %)`,
    quality: (percent) => `Quality: ${percent} %`,
    sample: (count) => `Works sampled for moderation (${count})`,
    conclusion: 'Conclusion',
    noDeviation: "No deviations: the teacher's scores are confirmed.",
    deviations: 'Deviations found; agreed scores:',
    deviation: (pupil, teacher, moderators, agreed) =>
      `${pupil}: teacher's score ${teacher}, moderators' score ${moderators}, ` +
      (agreed === undefined ? 'agreed score not set' : `agreed score ${agreed}`),
    notEntered: (count) => `Works without the moderators' score: ${count}.`,
  },
  audit: {
    headers: [
      'When',
      'Who',
      'Journal',
      'Pupil',
      'Cell',
      'Work',
      'Old score',
      'New score',
      'Action',
      'Reason',
      'Moderation ID',
    ],
    apply: 'applied',
    undo: 'undone',
    reason: 'Moderation commission decision',
  },
};
