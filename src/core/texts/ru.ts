import type { Texts } from './types';

const periodWord = (kind: 'quarter' | 'half'): string => (kind === 'quarter' ? 'четверть' : 'полугодие');

export const ru: Texts = {
  menu: {
    newJournal: 'Новый журнал класса…',
    fromTemplate: 'Журналы по шаблону…',
    checkJournals: 'Проверить журналы',
    settings: 'Настройки…',
    help: 'Справка',
    analysis: 'Анализ СОР/СОЧ…',
    monitoring: 'Мониторинг успеваемости…',
    moderation: 'Модерация…',
    specs: 'Спецификация работы…',
    runMonitoring: 'Мониторинг за последний период (без боковой панели)',
    runAnalyses: 'Анализ СОР/СОЧ за последний период (без боковой панели)',
    runCheck: 'Проверить журналы: сводка (без боковой панели)',
  },

  runs: {
    title: 'KB Sheets',
    noJournals: 'В файле нет журналов KB Sheets.',
    reading: (done, total) => `Журналов обработано: ${done} из ${total}…`,
    monitoringDone: (sheetName, failed) =>
      `Мониторинг готов: лист «${sheetName}».` + (failed > 0 ? ` Не прочитано журналов: ${failed}.` : ''),
    analysesDone: (written, failed) =>
      `Анализов записано: ${written}.` +
      (failed > 0 ? ` С ошибками: ${failed} (см. боковую панель «Анализ СОР/СОЧ»).` : ''),
    checkDone: (journals, problems) =>
      `Проверено журналов: ${journals}; замечаний: ${problems}.` +
      (problems > 0 ? ' Откройте «Проверить журналы», чтобы перейти к ячейкам.' : ''),
  },

  journal: {
    number: '№',
    pupil: 'ФИО ученика',
    fo: (n) => `ФО ${n}`,
    sor: (n) => `СОР ${n}`,
    soch: 'СОЧ',
    max: 'макс.',
    detail: ['ФО %', 'СОР %', 'СОЧ %', 'Итог %', 'Оценка'],
    title: (className, subject) => `${className} · ${subject}`,
    subtitle: (period, teacher) => (teacher ? `${period} · ${teacher}` : period),
    codes: (foMax) =>
      `ФО: 1–${foMax} · н, б — отсутствовал (это не 0) · осв — освобождён · пустой макс. — работа ещё не проводилась`,
    provisional: 'серые оценки — предварительные, пока класс не написал СОЧ',
    period: (kind, n) => `${n} ${periodWord(kind)}`,
    periodShort: (kind, n) => `${n}${kind === 'quarter' ? 'ч' : 'п'}`,
    describe: (s) =>
      [
        `${s.foCount} ФО`,
        s.sorMaxes.length > 0 ? `${s.sorMaxes.length} СОР (${s.sorMaxes.join(', ')})` : 'без СОР',
        s.sochMax === null ? 'без СОЧ' : `СОЧ ${s.sochMax}`,
        s.marks ? (s.periodKind === 'quarter' ? 'четвертные оценки' : 'полугодовые оценки') : 'без оценок',
      ].join(' · '),
  },

  validation: {
    fo: (foMax) => `ФО: оценка от 1 до ${foMax}; н — отсутствовал, осв — освобождён; пусто — оценки нет.`,
    score: 'Балл от 0 до макс. балла этого столбца (строка «макс.»); н — не писал, осв — освобождён.',
    max: 'Макс. балл работы: число больше 0; пусто — работа ещё не проводилась.',
  },

  protection: {
    header: 'KB Sheets: заголовки журнала',
    maxRow: 'KB Sheets: макс. баллы СОР и СОЧ — по ним считаются оценки',
    detail: 'KB Sheets: расчёт оценок (формула KB_DETAIL)',
  },

  templates: {
    quarter: { name: 'Четверть: 3 СОР + СОЧ', purpose: 'Обычный предмет с четвертными оценками.' },
    half: {
      name: 'Полугодие: 2 СОР без СОЧ',
      purpose: 'Предмет 1 час в неделю: оценка за полугодие, СОЧ не проводится.',
    },
    formative: {
      name: 'Только ФО, без оценок',
      purpose: 'Безотметочное обучение (1 класс): только формативное оценивание.',
    },
  },

  fieldErrors: {
    notJson: (line, column, near) =>
      `это не JSON: ошибка в строке ${line}, позиция ${column}, около «${near}»`,
    notTemplate: () => 'это не шаблон KB Sheets: нужен объект { "format": "kb-sheets/template", … }',
    wrongFormat: (got, expected) => `${got} — это не шаблон KB Sheets (нужно "${expected}")`,
    wrongVersion: (got, supported) =>
      `${got} — эта версия шаблона не поддерживается (поддерживается ${supported})`,
    missing: () => 'поле отсутствует',
    unknownKey: () => 'неизвестное поле',
    wrongType: (expected, got) => `ожидается ${ru.typeNames[expected]}, а здесь ${got}`,
    foCount: (value, max) => `${value} — нужно целое число от 1 до ${max}`,
    tooManySor: (count, max) => `${count} СОР — можно не больше ${max}`,
    notPositive: (value) => `${value} — нужен балл больше 0`,
    tooLarge: (value, max) => `${value} — балл не может быть больше ${max}`,
    halfWithSoch: () => 'за полугодие СОЧ не проводится (предметы 1 час в неделю): укажите null',
    marksWithoutSor: () => 'для журнала с оценками нужен хотя бы один СОР',
    empty: () => 'не может быть пустым',
    tooLong: (length, max) => `${length} символов — можно не больше ${max}`,
    oneOf: (value, choices) => `${value} — допустимо: ${choices}`,
    schoolYear: (value) => `«${value}» — укажите учебный год в виде 2026-2027`,
    integerRange: (value, min, max) => `${value} — нужно целое число от ${min} до ${max}`,
  },
  typeNames: {
    string: 'текст',
    number: 'число',
    integer: 'целое число',
    boolean: 'true или false',
    array: 'список […]',
    object: 'объект {…}',
    null: 'null',
  },

  check: {
    where: (pupil, row) => pupil || `строка ${row}`,
    invalidFo: (column, raw, foMax) => `${column}: «${raw}» — нужна оценка от 1 до ${foMax}, «н» или «осв»`,
    invalidScore: (column, raw) => `${column}: «${raw}» — нужен балл, «н» или «осв»`,
    invalidMax: (column, raw) => `${column}: макс. «${raw}» — нужно число больше 0`,
    aboveMax: (column, value, max) => `${column}: ${value} больше макс. балла ${max}`,
    belowZero: (column, value) => `${column}: ${value} — балл не может быть меньше 0`,
    scoreWithoutMax: (column, count) =>
      `${column}: баллов ${count}, а макс. балл не указан — эти строки не считаются`,
    codesWithoutMax: (column, count) =>
      `${column}: отмечено отсутствующих ${count}, а макс. балл не указан — работа считается непроведённой`,
    sochMaxMissing: () => 'СОЧ: макс. балл не указан — оценки считаются как без СОЧ',
    noSorMax: () => 'ни у одного СОР нет макс. балла — оценки не выставляются',
    missingSoch: (absent) =>
      absent ? 'не писал СОЧ — н/а, пока не напишет' : 'нет балла за СОЧ (класс его писал)',
    missingAllSor: (held) => `не написал ни одного из проведённых СОР (${held})`,
    fewFoMarks: (count, min) => `оценок ФО ${count}, нужно не меньше ${min}`,
    duplicatePupil: (name, firstRow) => `«${name}» уже есть в строке ${firstRow}`,
    formulaMissing: () => 'формула расчёта оценок удалена',
    formulaChanged: (found) => `формула расчёта изменена: ${found}`,
    detailError: (value) => `расчёт оценок показывает ошибку ${value}`,
    detailColumnMissing: (header) => `удалён столбец расчёта «${header}»`,
    pupilsBelowFormula: (formulaLastRow, pupilLastRow) =>
      `формула считает строки до ${formulaLastRow}, а ученики есть до строки ${pupilLastRow}`,
  },

  roster: {
    classHeaders: ['класс', 'классы'],
    pupilHeaders: ['ученик', 'ученики', 'учащийся', 'фио', 'фио ученика', 'фамилия имя'],
    noClass: (row, pupil) => `строка ${row}: у ученика «${pupil}» не указан класс`,
    duplicate: (className, pupil, firstRow, row) =>
      `${className}: «${pupil}» записан дважды (строки ${firstRow} и ${row})`,
    noPupils: () => 'в списке нет учеников (столбец A — класс, B — ученик)',
  },

  server: {
    busy: 'Журналы сейчас изменяет другой пользователь — попробуйте ещё раз через минуту.',
    templateNotFound: (name) => `Шаблон «${name}» не найден.`,
    journalNotFound: (sheetName) => `Лист «${sheetName}» не является журналом KB Sheets.`,
    builtinReadOnly: (name) =>
      `«${name}» — встроенный шаблон: его нельзя изменить или удалить, выберите другое имя.`,
    templateNameRequired: 'Укажите имя шаблона.',
    templateNameTooLong: (max) => `Имя шаблона — не больше ${max} символов.`,
    sheetNotFound: (name) => `Лист «${name}» не найден.`,
    badCell: (a1) => `«${a1}» — это не адрес ячейки.`,
    classRequired: 'Укажите класс.',
    subjectRequired: 'Укажите предмет.',
    periodRange: (periods) => `Период — число от 1 до ${periods}.`,
    pupilsList: 'Список учеников должен быть списком имён.',
    badLayout: (detail) => `Отчёт не записан: неверные данные (${detail}).`,
    badScope: 'Неверный вид или идентификатор отчёта.',
    specBad: 'Спецификация не сохранена: нужен JSON-объект с непустым полем «title».',
    specTooLarge: (kb) => `Спецификация больше ${kb} КБ: сократите тексты дескрипторов.`,
    specLibraryFull: (max) => `В библиотеке уже ${max} спецификаций: удалите ненужные.`,
    specNotFound: (title) => `Спецификация «${title}» не найдена.`,
    gridExists: (sheetName) =>
      `Сетка баллов уже есть: «${sheetName}». Баллы в ней сохранены; чтобы создать заново, удалите этот лист.`,
    noGrid: 'У этой работы нет сетки баллов: сначала создайте её.',
    otherSpec: (sheetName) =>
      `Сетка баллов «${sheetName}» создана по другой спецификации (баллы дескрипторов не совпадают).`,
    noPupils: 'В сетке баллов нет учеников, написавших работу.',
  },

  settings: {
    sheetName: 'Настройки KB',
    title: 'KB Sheets — настройки',
    schoolName: 'Школа',
    schoolYear: 'Учебный год',
    lang: 'Язык (kk, ru, en)',
    minFoMarks: 'Проверка: минимум оценок ФО',
    rulesHeading: 'Правила оценивания (KB_RULES)',
    rulesNote: 'ключ | значение; после изменения все журналы пересчитаются',
  },
};
