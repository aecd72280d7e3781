import type { TaskTexts } from './types';

export const kk: TaskTexts = {
  specErrors: {
    notSpec: () =>
      'бұл KB Sheets жұмыс спецификациясы емес: { "format": "kb-sheets/work-spec", … } нысаны қажет',
    specFormat: (got, expected) => `${got} — бұл KB Sheets жұмыс спецификациясы емес ("${expected}" қажет)`,
    specVersion: (got, supported) =>
      `${got} — спецификацияның бұл нұсқасы қолданылмайды (қолданылатыны: ${supported})`,
    objectiveCode: (value) =>
      `${value} — оқу мақсатының коды нүктемен бөлінген 2–5 саннан тұрады, мысалы 6.5.2.1`,
    points: (value) => `${value} — балл 0-ден үлкен, бүтін немесе жартылай (0,5) болуы керек`,
    taskNumber: (value) => `${value} — тапсырма нөмірі 1-ден бастап бүтін сан болуы керек`,
    duplicateNumber: (value, firstPath) => `№ ${value} тапсырма бұрын да бар (${firstPath})`,
    sorIndex: (value, max) => `${value} — БЖБ нөмірі 1-ден ${max}-ге дейінгі бүтін сан болуы керек`,
    grade: (value, min, max) => `${value} — сынып ${min}-ден ${max}-ге дейінгі бүтін сан болуы керек`,
    noTasks: () => 'кемінде бір тапсырма қажет',
    noDescriptors: () => 'кемінде бір дескриптор қажет',
    tooMany: (count, max) => `${count} — ең көбі ${max}`,
    totalTooLarge: (total, max) => `балдардың қосындысы ${total} — ең көбі ${max}`,
  },
  journal: {
    noSuchSor: (work, sorCount) => `журналда ${work} жоқ: ондағы БЖБ саны — ${sorCount}`,
    noSoch: () => 'бұл кезеңнің журналында ТЖБ жоқ',
    noMax: (work) => `журналда ${work} макс. балы көрсетілмеген`,
    maxMismatch: (work, total, max) =>
      `${work}: спецификация балдарының қосындысы ${total}, ал журналдағы макс. балл ${max} — біреуін түзетіңіз`,
  },
  grid: {
    title: (work, title, details) => [work, title, details].filter(Boolean).join(' · '),
    number: '№',
    pupil: 'Оқушы',
    task: (n) => `${n}-тапсырма`,
    max: 'Макс. балл',
    total: 'Барлығы',
    protectHeader:
      'KB Sheets: тапсырмалар, дескрипторлар мен балдар жұмыс спецификациясынан алынған; спецификацияны өзгертіңіз',
    protectTotal: 'KB Sheets: қорытынды формуламен есептеліп, журналға беріледі',
    help: (points) => `0-ден ${points}-ге дейінгі балл, «ж» (болмады) немесе «бос» (босатылған)`,
    aboveMax: '! балл дескриптор максимумынан жоғары',
    invalidCell: (a1, raw, points) =>
      `${a1}: «${raw}» — 0-ден ${points}-ге дейінгі балл, «ж» немесе «бос» қажет`,
    mixedRow: (pupil, row) => `${pupil || `${row}-жол`}: жолда балдар да, болмау коды да бар — код есептелді`,
  },
  levels: { high: 'жоғары', medium: 'орта', low: 'төмен' },
  levelRule: (high, medium) =>
    `Критерий бойынша деңгей критерий балының жиналған үлесімен анықталады: жоғары — ${high} % және одан көп, орта — ${medium} % және одан көп, бірақ ${high} %-дан аз, төмен — ${medium} %-дан аз.`,
  analysis: {
    achieved: (objective, criterion, percent) =>
      `${objective} ${criterion} — оқушылардың ${percent} %-ы меңгерді`,
    difficult: (objective, criterion, percent) =>
      `${objective} ${criterion} — оқушылардың ${percent} %-ы төмен деңгейде`,
  },
  rubric: {
    title: 'Ата-аналарға арналған рубрика',
    work: 'Жұмыс',
    pupil: 'Оқушы',
    className: 'Сынып',
    subject: 'Пән',
    teacher: 'Мұғалім',
    tasks: 'Тапсырма №',
    criterion: 'Бағалау критерийі',
    objective: 'Оқу мақсаты',
    level: 'Деңгей',
    points: 'Балл',
    max: 'Макс.',
    total: 'Барлығы',
    rulesHeading: 'Деңгей қалай анықталады',
    comment: 'Мұғалімнің түсініктемесі',
    notWritten: {
      absent: 'Жұмысты жазбады: сабақта болмады.',
      exempt: 'Жұмыстан босатылған.',
      empty: 'Жұмыс нәтижелері әлі енгізілмеген.',
    },
  },
};
