/**
 * The Moderation panel's texts, kept with the feature (the sheet's and the protocol's texts are
 * the core's, src/core/moderation/texts). The compiler checks each language has every text.
 */
import { textTable } from '../../../src/core/i18n/table';

export interface ModerationUiText {
  title: string;
  intro: string;
  existing: string;
  newModeration: string;
  journal: string;
  choose: string;
  work: string;
  commission: string;
  school: string;
  number: string;
  date: string;
  chair: string;
  secretary: string;
  members: string;
  membersHint: string;
  rule: string;
  rules: { perLevel: string; share: string; named: string };
  /** The council's re-check of disputed works (rules п. 22): the pupils whose works are named. */
  namedPupils: string;
  namedHint: string;
  namedChooseJournal: string;
  perLevel: string;
  share: string;
  seed: string;
  seedHint: string;
  tolerance: string;
  toleranceHint: string;
  start: string;
  started(sheetName: string, rows: number): string;
  unreadable(count: number): string;
  current(sheetName: string): string;
  refresh: string;
  refreshed(entered: number, total: number): string;
  sheetProblems(count: number): string;
  headers: {
    pupil: string;
    teacher: string;
    moderators: string;
    difference: string;
    mark: string;
    agreed: string;
  };
  discrepancies(count: number): string;
  noDiscrepancies: string;
  notEnteredYet: string;
  noDiscrepanciesSoFar(entered: number, total: number): string;
  protocolLang: string;
  protocol: string;
  protocolDone(sheetName: string): string;
  apply: string;
  undo: string;
  confirmApply(count: number): string;
  confirmUndo(count: number): string;
  confirm: string;
  cancel: string;
  nothingToApply: string;
  nothingToUndo: string;
  notAgreed(count: number): string;
  alreadyApplied(count: number): string;
  applied(count: number): string;
  undone(count: number): string;
  refused(count: number): string;
  conflict(expected: string, found: string): string;
  otherPupil(found: string): string;
  cancelled: string;
  /** The audit log sheet: its name and its protection's description. */
  /** Refresh found no moderation sheet: it was deleted. */
}

const kk: ModerationUiText = {
  title: 'Модерация',
  intro:
    'Комиссия жиынтық жұмыстың іріктемесін қайта тексереді. Балдар журналға тек сіздің растауыңызбен енгізіледі, әр өзгеріс өзгерістер журналында сақталады.',
  existing: 'Модерация',
  newModeration: '— жаңа модерация —',
  journal: 'Журнал',
  choose: '— таңдаңыз —',
  work: 'Жұмыс',
  commission: 'Комиссия',
  school: 'Мектеп',
  number: 'Хаттама №',
  date: 'Күні',
  chair: 'Комиссия төрағасы',
  secretary: 'Хатшы',
  members: 'Комиссия мүшелері',
  membersHint: 'Әр жолға бір адам',
  rule: 'Іріктеме',
  rules: {
    perLevel: 'Әр деңгейден',
    share: 'Сыныптың үлесі (кездейсоқ)',
    named: 'Аталған жұмыстарды қайта тексеру (даулы, педкеңес шешімі)',
  },
  namedPupils: 'Жұмыстары қайта тексерілетін оқушылар',
  namedHint: 'Педагогикалық кеңес атаған даулы жұмыстардың авторларын белгілеңіз.',
  namedChooseJournal: 'Алдымен журнал мен жұмысты таңдаңыз.',
  perLevel: 'Әр деңгейден жұмыс саны',
  share: 'Сыныптың үлесі, %',
  seed: 'Кездейсоқтық кілті (seed)',
  seedHint: 'Сол кілт сол іріктемені береді',
  tolerance: 'Рұқсат етілген айырма, балл',
  toleranceHint: 'Одан үлкен айырма ерекшеленеді',
  start: 'Модерацияны бастау',
  started: (sheetName, rows) => `«${sheetName}» парағы құрылды: ${rows} жұмыс.`,
  unreadable: (count) => `Іріктемеге кірмеген оқылмайтын балдар: ${count}`,
  current: (sheetName) => `Модерация парағы: ${sheetName}`,
  refresh: 'Жаңарту',
  refreshed: (entered, total) => `Модераторлардың балы қойылды: ${entered} / ${total}.`,
  sheetProblems: (count) => `Модерация парағындағы түзетілетін ұяшықтар: ${count}`,
  headers: {
    pupil: 'Оқушы',
    teacher: 'Мұғалім',
    moderators: 'Модераторлар',
    difference: 'Айырма',
    mark: 'Баға',
    agreed: 'Келісілген',
  },
  discrepancies: (count) => `Ауытқулар: ${count}`,
  noDiscrepancies: 'Ауытқу жоқ.',
  notEnteredYet: 'Модераторлардың балдары әлі енгізілмеген.',
  noDiscrepanciesSoFar: (entered, total) => `Енгізілген ${entered} жұмыстың (${total}-дан) ауытқуы жоқ.`,
  protocolLang: 'Хаттама тілі',
  protocol: 'Хаттама',
  protocolDone: (sheetName) => `Хаттама «${sheetName}» парағына жазылды.`,
  apply: 'Келісілген балдарды енгізу',
  undo: 'Соңғы енгізуді кері қайтару',
  confirmApply: (count) => `Журналда ${count} балл өзгереді:`,
  confirmUndo: (count) => `Журналда ${count} балл бұрынғы күйіне қайтады:`,
  confirm: 'Растау',
  cancel: 'Бас тарту',
  nothingToApply: 'Енгізетін ештеңе жоқ.',
  nothingToUndo: 'Болдырмайтын енгізу жоқ.',
  notAgreed: (count) => `Келісілген балы жоқ жұмыстар: ${count}`,
  alreadyApplied: (count) => `Бұрын енгізілген: ${count}`,
  applied: (count) => `Журналға енгізілді: ${count}.`,
  undone: (count) => `Қайтарылды: ${count}.`,
  refused: (count) => `Қабылданбады (ұяшық өзгерген): ${count}`,
  conflict: (expected, found) => `күтілді ${expected}, ұяшықта ${found}`,
  otherPupil: (found) => `бұл жолда енді «${found}»`,
  cancelled: 'Ештеңе өзгерген жоқ.',
};

const ru: ModerationUiText = {
  title: 'Модерация',
  intro:
    'Комиссия перепроверяет выборку суммативной работы. Баллы в журнале меняются только после вашего подтверждения, каждое изменение записывается в журнал изменений.',
  existing: 'Модерация',
  newModeration: '— новая модерация —',
  journal: 'Журнал',
  choose: '— выберите —',
  work: 'Работа',
  commission: 'Комиссия',
  school: 'Школа',
  number: 'Протокол №',
  date: 'Дата',
  chair: 'Председатель комиссии',
  secretary: 'Секретарь',
  members: 'Члены комиссии',
  membersHint: 'По одному на строку',
  rule: 'Выборка',
  rules: {
    perLevel: 'По уровням',
    share: 'Доля класса (случайно)',
    named: 'Перепроверка названных работ (спорные, решение педсовета)',
  },
  namedPupils: 'Ученики, чьи работы перепроверяются',
  namedHint: 'Отметьте авторов спорных работ, названных педагогическим советом.',
  namedChooseJournal: 'Сначала выберите журнал и работу.',
  perLevel: 'Работ на уровень',
  share: 'Доля класса, %',
  seed: 'Ключ случайности (seed)',
  seedHint: 'Тот же ключ даёт ту же выборку',
  tolerance: 'Допуск, баллов',
  toleranceHint: 'Отклонение больше допуска выделяется',
  start: 'Начать модерацию',
  started: (sheetName, rows) => `Создан лист «${sheetName}»: работ в выборке — ${rows}.`,
  unreadable: (count) => `Нечитаемые баллы, не вошедшие в выборку: ${count}`,
  current: (sheetName) => `Лист модерации: ${sheetName}`,
  refresh: 'Обновить',
  refreshed: (entered, total) => `Баллы модераторов выставлены: ${entered} из ${total}.`,
  sheetProblems: (count) => `Ячейки листа модерации, которые нужно исправить: ${count}`,
  headers: {
    pupil: 'Ученик',
    teacher: 'Учитель',
    moderators: 'Модераторы',
    difference: 'Откл.',
    mark: 'Оценка',
    agreed: 'Согласовано',
  },
  discrepancies: (count) => `Расхождения: ${count}`,
  noDiscrepancies: 'Расхождений нет.',
  notEnteredYet: 'Баллы модераторов ещё не введены.',
  noDiscrepanciesSoFar: (entered, total) => `Расхождений нет в ${entered} введённых работах из ${total}.`,
  protocolLang: 'Язык протокола',
  protocol: 'Протокол',
  protocolDone: (sheetName) => `Протокол записан на лист «${sheetName}».`,
  apply: 'Применить согласованные баллы',
  undo: 'Отменить последнее применение',
  confirmApply: (count) => `В журнале изменятся баллы: ${count}.`,
  confirmUndo: (count) => `В журнале вернутся прежние баллы: ${count}.`,
  confirm: 'Подтвердить',
  cancel: 'Отмена',
  nothingToApply: 'Применять нечего.',
  nothingToUndo: 'Нет применения, которое можно отменить.',
  notAgreed: (count) => `Без согласованного балла: ${count}`,
  alreadyApplied: (count) => `Уже применено ранее: ${count}`,
  applied: (count) => `Внесено в журнал: ${count}.`,
  undone: (count) => `Возвращено: ${count}.`,
  refused: (count) => `Отклонено (ячейка изменилась): ${count}`,
  conflict: (expected, found) => `ожидалось ${expected}, в ячейке ${found}`,
  otherPupil: (found) => `в строке теперь «${found}»`,
  cancelled: 'Ничего не изменено.',
};

const en: ModerationUiText = {
  title: 'Moderation',
  intro:
    'The commission re-marks a sample of a summative work. Journal scores change only after you confirm, and every change is written to the change log.',
  existing: 'Moderation',
  newModeration: '— new moderation —',
  journal: 'Journal',
  choose: '— choose —',
  work: 'Work',
  commission: 'Commission',
  school: 'School',
  number: 'Protocol no.',
  date: 'Date',
  chair: 'Chair of the commission',
  secretary: 'Secretary',
  members: 'Members of the commission',
  membersHint: 'One per line',
  rule: 'Sample',
  rules: {
    perLevel: 'Per mark level',
    share: 'Share of the class (random)',
    named: 'Re-check of named works (disputed, by the council)',
  },
  namedPupils: 'Pupils whose works are re-checked',
  namedHint: 'Tick the authors of the disputed works the pedagogical council named.',
  namedChooseJournal: 'Choose the journal and the work first.',
  perLevel: 'Works per level',
  share: 'Share of the class, %',
  seed: 'Random seed',
  seedHint: 'The same seed draws the same sample',
  tolerance: 'Tolerance, points',
  toleranceHint: 'A larger difference stands out',
  start: 'Start moderation',
  started: (sheetName, rows) => `Sheet "${sheetName}" created: ${rows} works in the sample.`,
  unreadable: (count) => `Unreadable scores left out of the sample: ${count}`,
  current: (sheetName) => `Moderation sheet: ${sheetName}`,
  refresh: 'Refresh',
  refreshed: (entered, total) => `Moderators' scores entered: ${entered} of ${total}.`,
  sheetProblems: (count) => `Cells of the moderation sheet to correct: ${count}`,
  headers: {
    pupil: 'Pupil',
    teacher: 'Teacher',
    moderators: 'Moderators',
    difference: 'Diff.',
    mark: 'Mark',
    agreed: 'Agreed',
  },
  discrepancies: (count) => `Discrepancies: ${count}`,
  noDiscrepancies: 'No discrepancies.',
  notEnteredYet: 'The moderators’ scores are not entered yet.',
  noDiscrepanciesSoFar: (entered, total) => `No discrepancies in the ${entered} of ${total} works entered.`,
  protocolLang: 'Protocol language',
  protocol: 'Protocol',
  protocolDone: (sheetName) => `The protocol is on sheet "${sheetName}".`,
  apply: 'Apply agreed scores',
  undo: 'Undo last application',
  confirmApply: (count) => `Scores that will change in the journal: ${count}.`,
  confirmUndo: (count) => `Scores that will go back to what they were: ${count}.`,
  confirm: 'Confirm',
  cancel: 'Cancel',
  nothingToApply: 'Nothing to apply.',
  nothingToUndo: 'No application to undo.',
  notAgreed: (count) => `Without an agreed score: ${count}`,
  alreadyApplied: (count) => `Applied before: ${count}`,
  applied: (count) => `Written to the journal: ${count}.`,
  undone: (count) => `Restored: ${count}.`,
  refused: (count) => `Refused (the cell has changed): ${count}`,
  conflict: (expected, found) => `expected ${expected}, the cell holds ${found}`,
  otherPupil: (found) => `the row now holds "${found}"`,
  cancelled: 'Nothing was changed.',
};

export const MODERATION_UI = textTable<ModerationUiText>({ kk, ru, en });
