/**
 * The Work specification panel's texts, kept with the feature (the validation messages are the
 * core's, src/core/tasks/texts). The compiler checks each language has every text.
 */
import { textTable } from '../../../src/core/i18n/table';

export interface SpecUiText {
  title: string;
  intro: string;
  journal: string;
  choose: string;
  work: string;
  reading: string;
  library: string;
  libraryEmpty: string;
  open: string;
  export: string;
  delete: string;
  confirmDelete(title: string): string;
  yesDelete: string;
  no: string;
  deleted(title: string): string;
  opened(title: string): string;
  /** A library entry the core does not accept (edited by hand, an older version). */
  unreadable(title: string): string;
  newSpec: string;
  form: string;
  specTitle: string;
  subject: string;
  tasks: string;
  task(n: string): string;
  number: string;
  criterion: string;
  objective: string;
  objectiveHint: string;
  descriptor(n: number): string;
  descriptorText: string;
  points: string;
  addTask: string;
  removeTask(n: string): string;
  addDescriptor: string;
  removeDescriptor(n: number): string;
  total(points: string): string;
  check: string;
  valid: string;
  journalOk(total: string): string;
  save: string;
  saved(title: string): string;
  chooseWork: string;
  /** An action asked for before any specification was opened or typed. */
  noSpecYet: string;
  exportLabel(title: string): string;
  copy: string;
  copied: string;
  importTitle: string;
  importJson: string;
  import: string;
  imported(title: string): string;
  importFailed: string;
  otherProblems: string;
  createGrid: string;
  gridHint: string;
  gridDone(sheetName: string, linked: number): string;
  gridAlready(count: number): string;
  gridKept(count: number): string;
  keptCell(pupil: string, a1: string, found: string): string;
  rubrics: string;
  rubricsHint: string;
  rubricsPupil: string;
  wholeClass: string;
  rubricsLang: string;
  makeRubrics: string;
  rubricsDone(sheetName: string, pages: number): string;
  gridProblems(count: number): string;
}

const kk: SpecUiText = {
  title: 'Жұмыс спецификациясы',
  intro:
    'БЖБ немесе ТЖБ тапсырмалары: критерийлер, оқу мақсаттары, дескрипторлар мен балдар. Мектеп кітапханасындағы спецификацияны параллельдің барлық сыныбы қолдана алады.',
  journal: 'Журнал',
  choose: '— таңдаңыз —',
  work: 'Жұмыс',
  reading: 'Журнал оқылуда…',
  library: 'Мектеп кітапханасы',
  libraryEmpty: 'Кітапханада әзірге спецификация жоқ.',
  open: 'Ашу',
  export: 'Экспорт',
  delete: 'Жою',
  confirmDelete: (title) => `«${title}» жойылсын ба?`,
  yesDelete: 'Иә, жою',
  no: 'Жоқ',
  deleted: (title) => `«${title}» жойылды.`,
  opened: (title) => `«${title}» ашылды.`,
  unreadable: (title) => `«${title}» спецификациясын оқу мүмкін емес:`,
  newSpec: 'Жаңа спецификация',
  form: 'Спецификация',
  specTitle: 'Атауы',
  subject: 'Пән (міндетті емес)',
  tasks: 'Тапсырмалар',
  task: (n) => `${n}-тапсырма`,
  number: 'Нөмірі',
  criterion: 'Бағалау критерийі',
  objective: 'Оқу мақсаты',
  objectiveHint: 'Коды, мысалы 6.5.2.1',
  descriptor: (n) => `${n}-дескриптор`,
  descriptorText: 'Дескриптор',
  points: 'Балл',
  addTask: 'Тапсырма қосу',
  removeTask: (n) => `${n}-тапсырманы жою`,
  addDescriptor: 'Дескриптор қосу',
  removeDescriptor: (n) => `${n}-дескрипторды жою`,
  total: (points) => `Барлық балл: ${points}`,
  check: 'Тексеру',
  valid: 'Спецификацияда қате жоқ.',
  journalOk: (total) => `Барлық балл (${total}) журналдағы ең жоғары балға сәйкес.`,
  save: 'Кітапханаға сақтау',
  saved: (title) => `«${title}» кітапханаға сақталды.`,
  chooseWork: 'Журнал мен жұмысты таңдаңыз.',
  noSpecYet: 'Алдымен мектеп кітапханасынан спецификацияны ашыңыз немесе тапсырмаларды жоғарыда сипаттаңыз.',
  exportLabel: (title) => `«${title}» JSON түрінде`,
  copy: 'Көшіру',
  copied: 'Көшірілді.',
  importTitle: 'JSON-нан импорттау',
  importJson: 'Спецификация JSON-ы',
  import: 'Импорттау',
  imported: (title) => `«${title}» импортталды: тексеріп, сақтаңыз.`,
  importFailed: 'JSON импортталмады:',
  otherProblems: 'Басқа қателер:',
  createGrid: 'Балл кестесін құру',
  gridHint:
    'Әр оқушыға дескрипторлар бойынша балл қоятын парақ. Журналдың бос ұяшықтары кестедегі жиынтық балды алады; қолмен қойылған балл өзгертілмейді.',
  gridDone: (sheetName, linked) =>
    `«${sheetName}» балл кестесі құрылды; журналда байланған ұяшықтар: ${linked}.`,
  gridAlready: (count) => `Бұрыннан байланған ұяшықтар: ${count}.`,
  gridKept: (count) => `Балл қолмен қойылған ұяшықтар өзгертілмеді: ${count}.`,
  keptCell: (pupil, a1, found) => `${pupil} (${a1}): ${found}`,
  rubrics: 'Ата-аналарға арналған рубрика',
  rubricsHint:
    'Балл кестесінен: әр оқушыға бір бет, әр критерий бойынша деңгей (жоғары, орта, төмен) және балл.',
  rubricsPupil: 'Оқушы',
  wholeClass: 'Бүкіл сынып',
  rubricsLang: 'Рубрика тілі',
  makeRubrics: 'Рубрика құру',
  rubricsDone: (sheetName, pages) => `«${sheetName}» рубрикасы дайын; беттер: ${pages}.`,
  gridProblems: (count) => `Кестеде қате ұяшықтар бар, бұл оқушыларға бет жоқ: ${count}.`,
};

const ru: SpecUiText = {
  title: 'Спецификация работы',
  intro:
    'Задания СОР или СОЧ: критерии, цели обучения, дескрипторы и баллы. Спецификацию из библиотеки школы могут взять все классы параллели.',
  journal: 'Журнал',
  choose: '— выберите —',
  work: 'Работа',
  reading: 'Читаю журнал…',
  library: 'Библиотека школы',
  libraryEmpty: 'В библиотеке пока нет спецификаций.',
  open: 'Открыть',
  export: 'Экспорт',
  delete: 'Удалить',
  confirmDelete: (title) => `Удалить «${title}»?`,
  yesDelete: 'Да, удалить',
  no: 'Нет',
  deleted: (title) => `«${title}» удалена.`,
  opened: (title) => `«${title}» открыта.`,
  unreadable: (title) => `Спецификацию «${title}» не удалось прочитать:`,
  newSpec: 'Новая спецификация',
  form: 'Спецификация',
  specTitle: 'Название',
  subject: 'Предмет (необязательно)',
  tasks: 'Задания',
  task: (n) => `Задание ${n}`,
  number: 'Номер',
  criterion: 'Критерий оценивания',
  objective: 'Цель обучения',
  objectiveHint: 'Код, например 6.5.2.1',
  descriptor: (n) => `Дескриптор ${n}`,
  descriptorText: 'Дескриптор',
  points: 'Балл',
  addTask: 'Добавить задание',
  removeTask: (n) => `Удалить задание ${n}`,
  addDescriptor: 'Добавить дескриптор',
  removeDescriptor: (n) => `Удалить дескриптор ${n}`,
  total: (points) => `Всего баллов: ${points}`,
  check: 'Проверить',
  valid: 'В спецификации нет ошибок.',
  journalOk: (total) => `Всего баллов (${total}) совпадает с максимумом в журнале.`,
  save: 'Сохранить в библиотеку',
  saved: (title) => `«${title}» сохранена в библиотеку.`,
  chooseWork: 'Выберите журнал и работу.',
  noSpecYet: 'Сначала откройте спецификацию из библиотеки школы или опишите задания выше.',
  exportLabel: (title) => `«${title}» в JSON`,
  copy: 'Копировать',
  copied: 'Скопировано.',
  importTitle: 'Импорт из JSON',
  importJson: 'JSON спецификации',
  import: 'Импортировать',
  imported: (title) => `«${title}» импортирована: проверьте и сохраните.`,
  importFailed: 'JSON не импортирован:',
  otherProblems: 'Другие ошибки:',
  createGrid: 'Создать сетку баллов',
  gridHint:
    'Лист, где баллы ставятся по дескрипторам каждому ученику. Пустые ячейки журнала получат итог из сетки; введённые вручную баллы не меняются.',
  gridDone: (sheetName, linked) => `Сетка «${sheetName}» создана; связано ячеек журнала: ${linked}.`,
  gridAlready: (count) => `Уже были связаны: ${count}.`,
  gridKept: (count) => `Оставлены без изменений (там балл, введённый вручную): ${count}.`,
  keptCell: (pupil, a1, found) => `${pupil} (${a1}): ${found}`,
  rubrics: 'Рубрики для родителей',
  rubricsHint:
    'Из сетки баллов: по странице на ученика, уровень (высокий, средний, низкий) и баллы по каждому критерию.',
  rubricsPupil: 'Ученик',
  wholeClass: 'Весь класс',
  rubricsLang: 'Язык рубрик',
  makeRubrics: 'Создать рубрики',
  rubricsDone: (sheetName, pages) => `Рубрики «${sheetName}» готовы; страниц: ${pages}.`,
  gridProblems: (count) => `В сетке есть ошибочные ячейки, у этих учеников нет страницы: ${count}.`,
};

const en: SpecUiText = {
  title: 'Work specification',
  intro:
    'The tasks of a SAU or SAT: criteria, learning objectives, descriptors and points. A specification in the school library serves every class of the parallel.',
  journal: 'Journal',
  choose: '— choose —',
  work: 'Work',
  reading: 'Reading the journal…',
  library: 'School library',
  libraryEmpty: 'No specifications in the library yet.',
  open: 'Open',
  export: 'Export',
  delete: 'Delete',
  confirmDelete: (title) => `Delete "${title}"?`,
  yesDelete: 'Yes, delete',
  no: 'No',
  deleted: (title) => `"${title}" deleted.`,
  opened: (title) => `"${title}" opened.`,
  unreadable: (title) => `The specification "${title}" could not be read:`,
  newSpec: 'New specification',
  form: 'Specification',
  specTitle: 'Title',
  subject: 'Subject (optional)',
  tasks: 'Tasks',
  task: (n) => `Task ${n}`,
  number: 'Number',
  criterion: 'Assessment criterion',
  objective: 'Learning objective',
  objectiveHint: 'Code, e.g. 6.5.2.1',
  descriptor: (n) => `Descriptor ${n}`,
  descriptorText: 'Descriptor',
  points: 'Points',
  addTask: 'Add task',
  removeTask: (n) => `Remove task ${n}`,
  addDescriptor: 'Add descriptor',
  removeDescriptor: (n) => `Remove descriptor ${n}`,
  total: (points) => `Total points: ${points}`,
  check: 'Check',
  valid: 'The specification has no errors.',
  journalOk: (total) => `The total (${total}) matches the journal's max.`,
  save: 'Save to the library',
  saved: (title) => `"${title}" saved to the library.`,
  chooseWork: 'Choose a journal and a work.',
  noSpecYet: 'First open a specification from the school library, or describe the tasks above.',
  exportLabel: (title) => `"${title}" as JSON`,
  copy: 'Copy',
  copied: 'Copied.',
  importTitle: 'Import from JSON',
  importJson: 'Specification JSON',
  import: 'Import',
  imported: (title) => `"${title}" imported: check it and save.`,
  importFailed: 'The JSON was not imported:',
  otherProblems: 'Other errors:',
  createGrid: 'Create score grid',
  gridHint:
    'A sheet where each pupil is marked descriptor by descriptor. Empty journal cells get the total from the grid; scores typed by hand are never changed.',
  gridDone: (sheetName, linked) => `Score grid "${sheetName}" created; journal cells linked: ${linked}.`,
  gridAlready: (count) => `Linked before: ${count}.`,
  gridKept: (count) => `Left unchanged (a score typed by hand): ${count}.`,
  keptCell: (pupil, a1, found) => `${pupil} (${a1}): ${found}`,
  rubrics: 'Rubrics for parents',
  rubricsHint:
    "From the score grid: a page per pupil with each criterion's level (high, medium, low) and points.",
  rubricsPupil: 'Pupil',
  wholeClass: 'Whole class',
  rubricsLang: 'Rubric language',
  makeRubrics: 'Create rubrics',
  rubricsDone: (sheetName, pages) => `Rubrics "${sheetName}" ready; pages: ${pages}.`,
  gridProblems: (count) => `The grid has invalid cells; those pupils get no page: ${count}.`,
};

export const SPEC_UI = textTable<SpecUiText>({ kk, ru, en });
