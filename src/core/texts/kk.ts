import type { Texts } from './types';

const periodWord = (kind: 'quarter' | 'half'): string => (kind === 'quarter' ? 'тоқсан' : 'жартыжылдық');

export const kk: Texts = {
  menu: {
    newJournal: 'Жаңа сынып журналы…',
    fromTemplate: 'Үлгі бойынша журналдар…',
    checkJournals: 'Журналдарды тексеру',
    settings: 'Баптаулар…',
    help: 'Анықтама',
    analysis: 'БЖБ/ТЖБ талдауы…',
    monitoring: 'Үлгерім мониторингі…',
    moderation: 'Модерация…',
    specs: 'Жұмыс спецификациясы…',
    runMonitoring: 'Соңғы кезеңнің мониторингі (бүйір панельсіз)',
    runAnalyses: 'Соңғы кезеңнің БЖБ/ТЖБ талдауы (бүйір панельсіз)',
    runCheck: 'Журналдарды тексеру: қорытынды (бүйір панельсіз)',
  },

  runs: {
    title: 'KB Sheets',
    noJournals: 'Бұл файлда KB Sheets журналдары жоқ.',
    reading: (done, total) => `Өңделген журналдар: ${total} ішінен ${done}…`,
    monitoringDone: (sheetName, failed) =>
      `Мониторинг дайын: «${sheetName}» парағы.` + (failed > 0 ? ` Оқылмаған журналдар: ${failed}.` : ''),
    analysesDone: (written, failed) =>
      `Жазылған талдаулар: ${written}.` +
      (failed > 0 ? ` Қатесі барлары: ${failed} (бүйір панельдегі талдауды қараңыз).` : ''),
    checkDone: (journals, problems) =>
      `Тексерілген журналдар: ${journals}; ескертулер: ${problems}.` +
      (problems > 0 ? ' Ұяшықтарға өту үшін «Журналдарды тексеру» панелін ашыңыз.' : ''),
  },

  journal: {
    number: '№',
    pupil: 'Оқушының аты-жөні',
    fo: (n) => `ҚБ ${n}`,
    sor: (n) => `БЖБ ${n}`,
    soch: 'ТЖБ',
    max: 'макс.',
    detail: ['ҚБ %', 'БЖБ %', 'ТЖБ %', 'Қорытынды %', 'Баға'],
    title: (className, subject) => `${className} · ${subject}`,
    subtitle: (period, teacher) => (teacher ? `${period} · ${teacher}` : period),
    codes: (foMax) =>
      `ҚБ: 1–${foMax} · н, ж, б — қатыспады (бұл 0 емес) · бос — босатылған (б емес) · макс. толтырылмаса — жұмыс әлі өткізілмеген`,
    provisional: 'сұр бағалар — сынып ТЖБ жазғанға дейін алдын ала',
    period: (kind, n) => `${n}-${periodWord(kind)}`,
    periodShort: (kind, n) => `${n}${kind === 'quarter' ? 'т' : 'ж'}`,
    describe: (s) =>
      [
        `${s.foCount} ҚБ`,
        s.sorMaxes.length > 0 ? `${s.sorMaxes.length} БЖБ (${s.sorMaxes.join(', ')})` : 'БЖБ жоқ',
        s.sochMax === null ? 'ТЖБ жоқ' : `ТЖБ ${s.sochMax}`,
        s.marks ? (s.periodKind === 'quarter' ? 'тоқсандық баға' : 'жартыжылдық баға') : 'бағасыз',
      ].join(' · '),
  },

  validation: {
    fo: (foMax) =>
      `ҚБ: 1–${foMax} аралығындағы баға; н — қатыспады, бос — босатылған; толтырылмаған ұяшық — баға жоқ.`,
    score: 'Балл: 0 мен осы бағанның макс. балы аралығында («макс.» жолы); н — жазбады, бос — босатылған.',
    max: 'Жұмыстың макс. балы: 0-ден үлкен сан; толтырылмаса — жұмыс әлі өткізілмеген.',
  },

  protection: {
    header: 'KB Sheets: журнал тақырыптары',
    maxRow: 'KB Sheets: БЖБ мен ТЖБ-ның макс. балдары — бағалар солар бойынша есептеледі',
    detail: 'KB Sheets: бағаларды есептеу (KB_DETAIL формуласы)',
  },

  templates: {
    quarter: { name: 'Тоқсан: 3 БЖБ + ТЖБ', purpose: 'Тоқсандық баға қойылатын кәдімгі пән.' },
    half: {
      name: 'Жартыжылдық: 2 БЖБ, ТЖБ жоқ',
      purpose: 'Аптасына 1 сағаттық пән: баға жартыжылдыққа қойылады, ТЖБ өткізілмейді.',
    },
    formative: {
      name: 'Тек ҚБ, бағасыз',
      purpose: 'Бағасыз оқыту (1-сынып): тек қалыптастырушы бағалау.',
    },
  },

  fieldErrors: {
    notJson: (line, column, near) =>
      `бұл JSON емес: ${line}-жол, ${column}-позицияда қате, «${near}» маңында`,
    notTemplate: () => 'бұл KB Sheets үлгісі емес: { "format": "kb-sheets/template", … } объектісі керек',
    wrongFormat: (got, expected) => `${got} — бұл KB Sheets үлгісі емес ("${expected}" керек)`,
    wrongVersion: (got, supported) => `${got} — үлгінің бұл нұсқасы оқылмайды (оқылатыны: ${supported})`,
    missing: () => 'өріс жоқ',
    unknownKey: () => 'белгісіз өріс',
    wrongType: (expected, got) => `${kk.typeNames[expected]} керек, ал мұнда ${got}`,
    foCount: (value, max) => `${value} — 1–${max} аралығындағы бүтін сан керек`,
    tooManySor: (count, max) => `${count} БЖБ — ең көбі ${max}`,
    notPositive: (value) => `${value} — 0-ден үлкен балл керек`,
    tooLarge: (value, max) => `${value} — балл ең көбі ${max} бола алады`,
    halfWithSoch: () => 'жартыжылдықта ТЖБ өткізілмейді (аптасына 1 сағаттық пәндер): null қойыңыз',
    marksWithoutSor: () => 'баға қойылатын журналға кемінде бір БЖБ керек',
    empty: () => 'бос болмауы керек',
    tooLong: (length, max) => `${length} таңба — ең көбі ${max}`,
    oneOf: (value, choices) => `${value} — рұқсат етілгені: ${choices}`,
    schoolYear: (value) => `«${value}» — оқу жылын 2026-2027 түрінде жазыңыз`,
    integerRange: (value, min, max) => `${value} — ${min}–${max} аралығындағы бүтін сан керек`,
  },
  typeNames: {
    string: 'мәтін',
    number: 'сан',
    integer: 'бүтін сан',
    boolean: 'true не false',
    array: 'тізім […]',
    object: 'объект {…}',
    null: 'null',
  },

  check: {
    where: (pupil, row) => pupil || `${row}-жол`,
    invalidFo: (column, raw, foMax) =>
      `${column}: «${raw}» — 1–${foMax} аралығындағы баға, «н» не «бос» керек`,
    invalidScore: (column, raw) => `${column}: «${raw}» — балл, «н» не «бос» керек`,
    invalidMax: (column, raw) => `${column}: макс. «${raw}» — 0-ден үлкен сан керек`,
    aboveMax: (column, value, max) => `${column}: ${value} макс. балдан (${max}) асып кетті`,
    belowZero: (column, value) => `${column}: ${value} — балл 0-ден кем бола алмайды`,
    scoreWithoutMax: (column, count) =>
      `${column}: ${count} балл қойылған, бірақ макс. балл көрсетілмеген — бұл жолдар есептелмейді`,
    codesWithoutMax: (column, count) =>
      `${column}: ${count} оқушы қатыспады деп белгіленген, бірақ макс. балл көрсетілмеген — жұмыс өткізілмеген болып саналады`,
    sochMaxMissing: () => 'ТЖБ: макс. балл көрсетілмеген — бағалар ТЖБ-сыз есептеледі',
    noSorMax: () => 'бірде-бір БЖБ-ның макс. балы жоқ — баға шықпайды',
    missingSoch: (absent) => (absent ? 'ТЖБ жазбаған — жазғанша н/а' : 'ТЖБ балы жоқ (сынып жазды)'),
    missingAllSor: (held) => `өткізілген БЖБ-ның (${held}) бірде-бірін жазбаған`,
    fewFoMarks: (count, min) => `ҚБ бағалары ${count}, кемінде ${min} керек`,
    duplicatePupil: (name, firstRow) => `«${name}» ${firstRow}-жолда бұрыннан бар`,
    formulaMissing: () => 'бағаларды есептейтін формула өшірілген',
    formulaChanged: (found) => `есептеу формуласы өзгертілген: ${found}`,
    detailError: (value) => `бағаларды есептеу ${value} қатесін көрсетіп тұр`,
    detailColumnMissing: (header) => `«${header}» есептеу бағаны өшірілген`,
    pupilsBelowFormula: (formulaLastRow, pupilLastRow) =>
      `формула ${formulaLastRow}-жолға дейін есептейді, ал оқушылар ${pupilLastRow}-жолға дейін бар`,
  },

  roster: {
    classHeaders: ['сынып', 'сыныптар'],
    pupilHeaders: ['оқушы', 'оқушылар', 'аты-жөні', 'оқушының аты-жөні', 'тегі, аты'],
    noClass: (row, pupil) => `${row}-жол: «${pupil}» оқушысының сыныбы көрсетілмеген`,
    duplicate: (className, pupil, firstRow, row) =>
      `${className}: «${pupil}» екі рет жазылған (${firstRow}- және ${row}-жолдар)`,
    noPupils: () => 'тізімде оқушы жоқ (A бағаны — сынып, B — оқушы)',
  },

  server: {
    busy: 'Журналдарды қазір басқа пайдаланушы өзгертіп жатыр — бір минуттан соң қайталап көріңіз.',
    templateNotFound: (name) => `«${name}» үлгісі табылмады.`,
    journalNotFound: (sheetName) => `«${sheetName}» парағы KB Sheets журналы емес.`,
    builtinReadOnly: (name) =>
      `«${name}» — кіріктірілген үлгі: оны өзгертуге не жоюға болмайды, басқа атау таңдаңыз.`,
    templateNameRequired: 'Үлгінің атауын жазыңыз.',
    templateNameTooLong: (max) => `Үлгінің атауы — ең көбі ${max} таңба.`,
    sheetNotFound: (name) => `«${name}» парағы табылмады.`,
    badCell: (a1) => `«${a1}» — ұяшық мекенжайы емес.`,
    classRequired: 'Сыныпты көрсетіңіз.',
    subjectRequired: 'Пәнді көрсетіңіз.',
    periodRange: (periods) => `Кезең — 1–${periods} аралығындағы сан.`,
    pupilsList: 'Оқушылар тізімі аты-жөндердің тізімі болуы керек.',
    badLayout: (detail) => `Есеп жазылмады: деректер дұрыс емес (${detail}).`,
    badScope: 'Есептің түрі немесе идентификаторы дұрыс емес.',
    specBad: 'Спецификация сақталмады: бос емес «title» өрісі бар JSON-нысан қажет.',
    specTooLarge: (kb) => `Спецификация ${kb} КБ-тан үлкен: дескрипторлар мәтінін қысқартыңыз.`,
    specLibraryFull: (max) => `Кітапханада ${max} спецификация бар: қажетсіздерін жойыңыз.`,
    specNotFound: (title) => `«${title}» спецификациясы табылмады.`,
    gridExists: (sheetName) =>
      `Балл кестесі бар: «${sheetName}». Онда қойылған балдар сақталады; жаңасын құру үшін ол парақты жойыңыз.`,
    noGrid: 'Бұл жұмыстың балл кестесі жоқ: алдымен оны құрыңыз.',
    otherSpec: (sheetName) =>
      `«${sheetName}» балл кестесі басқа спецификациямен құрылған (дескрипторлардың балдары сәйкес емес).`,
    noPupils: 'Балл кестесінде жұмыс жазған оқушы жоқ.',
  },

  settings: {
    sheetName: 'KB баптаулары',
    title: 'KB Sheets — баптаулар',
    schoolName: 'Мектеп',
    schoolYear: 'Оқу жылы',
    lang: 'Тіл (kk, ru, en)',
    minFoMarks: 'Тексеру: ҚБ бағаларының ең аз саны',
    rulesHeading: 'Бағалау ережелері (KB_RULES)',
    rulesNote: 'кілт | мән; өзгертсеңіз, барлық журнал қайта есептеледі',
  },
};
