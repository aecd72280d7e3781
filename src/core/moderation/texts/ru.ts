import type { ModerationTexts } from './types';

const periodMark = (kind: 'quarter' | 'half'): string =>
  kind === 'quarter' ? 'Четвертная оценка' : 'Полугодовая оценка';

export const ru: ModerationTexts = {
  moderation: 'Модерация',
  sheet: {
    info: (journal, max, rule, tolerance, id) =>
      `Журнал: ${journal} · макс. балл: ${max} · выборка: ${rule} · допуск: ${tolerance} · ${id}`,
    perLevel: (n) => `по ${n} на уровень`,
    share: (percent) => `${percent} % класса`,
    headers: {
      number: '№',
      pupil: 'Ученик',
      cell: 'Ячейка журнала',
      max: 'Макс.',
      level: 'Уровень',
      teacher: 'Балл учителя',
      moderators: 'Балл модераторов',
      difference: 'Отклонение',
      quarterTeacher: (kind) => `${periodMark(kind)} (балл учителя)`,
      quarterModerators: (kind) => `${periodMark(kind)} (балл модераторов)`,
      agreed: 'Согласованный балл',
    },
    inputHelp: 'Балл от 0 до макс. балла (столбец «Макс.»); пусто — ещё не выставлен.',
    protection: 'KB Sheets: модерация — вводите только балл модераторов и согласованный балл',
  },
  problems: {
    notANumber: (raw) => `«${raw}» — нужен балл`,
    outOfRange: (value, max) => `${value} — нужен балл от 0 до ${max}`,
    unknownRow: (cell) => `«${cell}» — этой работы нет в выборке`,
    rowMissing: (pupil, cell) => `${pupil} (${cell}): строка удалена с листа`,
  },
  start: {
    noColumn: (work) => `В журнале нет столбца ${work}`,
    notHeld: (work) => `${work}: макс. балл пуст — работа ещё не проводилась`,
    badMax: (work) => `${work}: макс. балл — не число больше 0`,
    noWorks: (work) => `${work}: ни у кого нет балла`,
  },
  protocol: {
    sheetWord: 'Протокол',
    title: (number) => `ПРОТОКОЛ № ${number}`,
    meeting: 'заседания комиссии по модерации',
    date: 'Дата',
    chair: 'Председатель комиссии',
    secretary: 'Секретарь',
    members: 'Члены комиссии',
    member: 'Член комиссии',
    agenda: (work) => `Повестка дня: модерация ${work}`,
    className: 'Класс',
    subject: 'Предмет',
    work: 'Работа',
    period: 'Период',
    teacher: 'Учитель',
    considered: 'Рассмотрено',
    works: (count, max) => `Работ: ${count}, макс. балл: ${max}`,
    marks: 'По уровням',
    mean: (score, max, percent) => `Средний балл: ${score} из ${max} (${percent} %)`,
    quality: (percent) => `Качество знаний: ${percent} %`,
    sample: (count) => `Выборка для модерации (работ: ${count})`,
    conclusion: 'Заключение',
    noDeviation: 'Отклонений не выявлено: баллы учителя подтверждены.',
    deviations: 'Выявлены отклонения; согласованные баллы:',
    deviation: (pupil, teacher, moderators, agreed) =>
      `${pupil}: балл учителя ${teacher}, балл модераторов ${moderators}, ` +
      (agreed === undefined ? 'согласованный балл не выставлен' : `согласованный балл ${agreed}`),
    notEntered: (count) => `Балл модераторов не выставлен (работ: ${count}).`,
  },
  audit: {
    headers: [
      'Когда',
      'Кто',
      'Журнал',
      'Ученик',
      'Ячейка',
      'Работа',
      'Было',
      'Стало',
      'Действие',
      'Основание',
      'ID модерации',
    ],
    apply: 'применено',
    undo: 'отменено',
    reason: 'Решение комиссии по модерации',
  },
};
