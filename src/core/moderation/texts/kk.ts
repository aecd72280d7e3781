import type { ModerationTexts } from './types';

const periodMark = (kind: 'quarter' | 'half'): string =>
  kind === 'quarter' ? 'Тоқсандық баға' : 'Жартыжылдық баға';

export const kk: ModerationTexts = {
  moderation: 'Модерация',
  sheet: {
    info: (journal, max, rule, tolerance, id) =>
      `Журнал: ${journal} · макс. балл: ${max} · іріктеу: ${rule} · рұқсат етілген ауытқу: ${tolerance} · ${id}`,
    perLevel: (n) => `әр деңгейден ${n}`,
    share: (percent) => `сыныптың ${percent} %`,
    headers: {
      number: '№',
      pupil: 'Оқушы',
      cell: 'Журнал ұяшығы',
      max: 'Макс.',
      level: 'Деңгей',
      teacher: 'Мұғалімнің балы',
      moderators: 'Модераторлардың балы',
      difference: 'Ауытқу',
      quarterTeacher: (kind) => `${periodMark(kind)} (мұғалімнің балымен)`,
      quarterModerators: (kind) => `${periodMark(kind)} (модераторлардың балымен)`,
      agreed: 'Келісілген балл',
    },
    inputHelp: 'Балл: 0-ден макс. балға дейін («Макс.» бағаны); бос — әлі қойылмаған.',
    protection: 'KB Sheets: модерация — тек модераторлардың балы мен келісілген балл енгізіледі',
  },
  problems: {
    notANumber: (raw) => `«${raw}» — балл керек`,
    outOfRange: (value, max) => `${value} — балл 0 … ${max} аралығында болуы керек`,
    unknownRow: (cell) => `«${cell}» — бұл жұмыс іріктеуде жоқ`,
    rowMissing: (pupil, cell) => `${pupil} (${cell}): жол парақтан өшірілген`,
  },
  start: {
    noColumn: (work) => `Журналда ${work} бағаны жоқ`,
    notHeld: (work) => `${work}: макс. балл бос — жұмыс әлі өткізілмеген`,
    badMax: (work) => `${work}: макс. балл 0-ден үлкен сан емес`,
    noWorks: (work) => `${work}: ешкімде балл жоқ`,
  },
  protocol: {
    sheetWord: 'Хаттама',
    title: (number) => `ХАТТАМА № ${number}`,
    meeting: 'модерация комиссиясының отырысы',
    date: 'Күні',
    chair: 'Комиссия төрағасы',
    secretary: 'Хатшы',
    members: 'Комиссия мүшелері',
    member: 'Комиссия мүшесі',
    agenda: (work) => `Күн тәртібі: ${work} модерациясы`,
    className: 'Сынып',
    subject: 'Пән',
    work: 'Жұмыс',
    period: 'Кезең',
    teacher: 'Мұғалім',
    considered: 'Қаралды',
    works: (count, max) => `Жұмыс саны: ${count}, макс. балл: ${max}`,
    marks: 'Деңгейлер бойынша',
    mean: (score, max, percent) => `Орташа балл: ${score} / ${max} (${percent} %)`,
    quality: (percent) => `Білім сапасы: ${percent} %`,
    sample: (count) => `Модерацияға іріктелген жұмыстар (${count})`,
    conclusion: 'Қорытынды',
    noDeviation: 'Ауытқу анықталған жоқ: мұғалімнің балдары расталды.',
    deviations: 'Ауытқулар анықталды; келісілген балдар:',
    deviation: (pupil, teacher, moderators, agreed) =>
      `${pupil}: мұғалімнің балы ${teacher}, модераторлардың балы ${moderators}, ` +
      (agreed === undefined ? 'келісілген балл қойылмаған' : `келісілген балл ${agreed}`),
    notEntered: (count) => `Модераторлардың балы қойылмаған жұмыстар: ${count}.`,
  },
  audit: {
    headers: [
      'Уақыты',
      'Кім',
      'Журнал',
      'Оқушы',
      'Ұяшық',
      'Жұмыс',
      'Бұрынғы балл',
      'Жаңа балл',
      'Әрекет',
      'Негіздеме',
      'Модерация ID',
    ],
    apply: 'енгізілді',
    undo: 'қайтарылды',
    reason: 'Модерация комиссиясының шешімі',
  },
};
