import type { TaskTexts } from './types';

export const ru: TaskTexts = {
  specErrors: {
    notSpec: () =>
      'это не спецификация работы KB Sheets: нужен объект { "format": "kb-sheets/work-spec", … }',
    specFormat: (got, expected) => `${got} — это не спецификация работы KB Sheets (нужно "${expected}")`,
    specVersion: (got, supported) =>
      `${got} — эта версия спецификации не поддерживается (поддерживается ${supported})`,
    objectiveCode: (value) => `${value} — код цели обучения: от 2 до 5 чисел через точку, например 6.5.2.1`,
    points: (value) => `${value} — нужен балл больше 0, целый или с половиной (0,5)`,
    taskNumber: (value) => `${value} — номер задания: целое число от 1`,
    duplicateNumber: (value, firstPath) => `задание № ${value} уже есть (${firstPath})`,
    sorIndex: (value, max) => `${value} — номер СОР: целое число от 1 до ${max}`,
    grade: (value, min, max) => `${value} — класс: целое число от ${min} до ${max}`,
    noTasks: () => 'нужно хотя бы одно задание',
    noDescriptors: () => 'нужен хотя бы один дескриптор',
    tooMany: (count, max) => `${count} — можно не больше ${max}`,
    totalTooLarge: (total, max) => `сумма баллов ${total} — можно не больше ${max}`,
  },
  journal: {
    noSuchSor: (work, sorCount) => `в журнале нет ${work}: в нём СОР — ${sorCount}`,
    noSoch: () => 'в журнале этого периода нет СОЧ',
    noMax: (work) => `в журнале не указан макс. балл ${work}`,
    maxMismatch: (work, total, max) =>
      `${work}: сумма баллов спецификации ${total}, а макс. балл в журнале ${max} — исправьте одно из двух`,
  },
  grid: {
    title: (work, title, details) => [work, title, details].filter(Boolean).join(' · '),
    number: '№',
    pupil: 'Ученик',
    task: (n) => `Задание ${n}`,
    max: 'Макс. балл',
    total: 'Итого',
    protectHeader: 'KB Sheets: задания, дескрипторы и баллы — из спецификации работы; меняйте спецификацию',
    protectTotal: 'KB Sheets: итог считается формулой и передаётся в журнал',
    help: (points) => `Балл от 0 до ${points}, «н» (отсутствовал) или «осв» (освобождён)`,
    aboveMax: '! балл выше макс. дескриптора',
    invalidCell: (a1, raw, points) => `${a1}: «${raw}» — нужен балл от 0 до ${points}, «н» или «осв»`,
    mixedRow: (pupil, row) =>
      `${pupil || `строка ${row}`}: в строке и баллы, и код отсутствия — засчитан код`,
  },
  levels: { high: 'высокий', medium: 'средний', low: 'низкий' },
  levelRule: (high, medium) =>
    `Уровень по критерию — по доле набранных баллов критерия: высокий — ${high} % и больше, средний — ${medium} % и больше, но меньше ${high} %, низкий — меньше ${medium} %.`,
  analysis: {
    achieved: (objective, criterion, percent) => `${objective} ${criterion} — достигли ${percent} % учащихся`,
    difficult: (objective, criterion, percent) =>
      `${objective} ${criterion} — низкий уровень у ${percent} % учащихся`,
  },
  rubric: {
    title: 'Рубрика для родителей',
    work: 'Работа',
    pupil: 'Ученик',
    className: 'Класс',
    subject: 'Предмет',
    teacher: 'Учитель',
    tasks: '№ задания',
    criterion: 'Критерий оценивания',
    objective: 'Цель обучения',
    level: 'Уровень',
    points: 'Баллы',
    max: 'Макс.',
    total: 'Итого',
    rulesHeading: 'Как определяется уровень',
    comment: 'Комментарий учителя',
    notWritten: {
      absent: 'Работу не писал(а): отсутствовал(а).',
      exempt: 'Освобождён(а) от работы.',
      empty: 'Результаты работы ещё не внесены.',
    },
  },
};
