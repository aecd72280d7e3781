/**
 * The sample school's people and journals, made deterministically: the same seed gives the same
 * classes, names and scores on every start, so screenshots and tests see the same school.
 */

/** The same seeded PRNG (mulberry32) as moderation's reproducible sampling. */
export { mulberry32 as seededRandom } from '../../../src/core/moderation/random';

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

const KAZAKH = {
  female: [
    'Айгерим',
    'Аружан',
    'Дана',
    'Жансая',
    'Мадина',
    'Камила',
    'Аяжан',
    'Томирис',
    'Әсел',
    'Балнұр',
    'Інжу',
    'Дильназ',
    'Айару',
    'Сабина',
    'Алуа',
    'Нұрай',
  ],
  male: [
    'Нурлан',
    'Ерлан',
    'Данияр',
    'Арман',
    'Алихан',
    'Нұрсұлтан',
    'Бауыржан',
    'Ерасыл',
    'Темирлан',
    'Адиль',
    'Санжар',
    'Әлихан',
    'Айбек',
    'Ерназар',
    'Мирас',
    'Қуаныш',
  ],
  // Male forms; the female form adds «а».
  surnames: [
    'Абенов',
    'Сериков',
    'Касымов',
    'Жумабаев',
    'Нурланов',
    'Ахметов',
    'Есенов',
    'Тулегенов',
    'Омаров',
    'Мукашев',
    'Сагинтаев',
    'Калиев',
    'Ермеков',
    'Байжанов',
    'Рахимов',
    'Аубакиров',
    'Искаков',
    'Жаксылыков',
  ],
};

const RUSSIAN = {
  female: [
    'Анастасия',
    'Дарья',
    'Екатерина',
    'Мария',
    'Полина',
    'Софья',
    'Виктория',
    'Алина',
    'Ксения',
    'Елизавета',
  ],
  male: ['Дмитрий', 'Александр', 'Максим', 'Иван', 'Артём', 'Кирилл', 'Никита', 'Егор', 'Михаил', 'Андрей'],
  surnames: [
    'Ковалев',
    'Иванов',
    'Смирнов',
    'Петров',
    'Кузнецов',
    'Попов',
    'Волков',
    'Соколов',
    'Морозов',
    'Новиков',
    'Лебедев',
    'Козлов',
    'Федоров',
    'Белов',
  ],
};

/** "Surname Name", as class journals list pupils; unique within the class and in alphabetical order. */
export function classRoster(random: Random, size: number): string[] {
  const names = new Set<string>();
  while (names.size < size) {
    const people = random() < 0.7 ? KAZAKH : RUSSIAN;
    const female = random() < 0.5;
    const surname = pick(random, people.surnames) + (female ? 'а' : '');
    names.add(`${surname} ${pick(random, female ? people.female : people.male)}`);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'ru'));
}

export interface SampleClass {
  className: string;
  size: number;
}

export const CLASSES: SampleClass[] = [
  { className: '1А', size: 18 },
  { className: '5А', size: 24 },
  { className: '7Б', size: 21 },
  { className: '9В', size: 26 },
];

/** Classes of the roster sheet that have no journal yet: "Journals from a template" creates them. */
export const ROSTER_ONLY_CLASSES: SampleClass[] = [
  { className: '6А', size: 22 },
  { className: '8Б', size: 19 },
];

export interface SampleJournal {
  className: string;
  subject: string;
  teacher: string;
  periodKind: 'quarter' | 'half';
  period: number;
  foCount: number;
  sorMaxes: number[];
  sochMax: number | null;
  marks: boolean;
  headerLang: 'kk' | 'ru' | 'en';
}

export const JOURNALS: SampleJournal[] = [
  {
    className: '5А',
    subject: 'Математика',
    teacher: 'Жумабаева Г. К.',
    periodKind: 'quarter',
    period: 2,
    foCount: 8,
    sorMaxes: [10, 15],
    sochMax: 20,
    marks: true,
    headerLang: 'ru',
  },
  {
    className: '5А',
    subject: 'Қазақ тілі',
    teacher: 'Омарова А. С.',
    periodKind: 'quarter',
    period: 2,
    foCount: 6,
    sorMaxes: [12, 12],
    sochMax: 25,
    marks: true,
    headerLang: 'kk',
  },
  {
    className: '7Б',
    subject: 'Русский язык',
    teacher: 'Ковалева Н. В.',
    periodKind: 'quarter',
    period: 2,
    foCount: 8,
    sorMaxes: [15, 10, 12],
    sochMax: 25,
    marks: true,
    headerLang: 'ru',
  },
  {
    className: '9В',
    subject: 'Математика',
    teacher: 'Жумабаева Г. К.',
    periodKind: 'quarter',
    period: 2,
    foCount: 10,
    sorMaxes: [10, 15],
    sochMax: 30,
    marks: true,
    headerLang: 'ru',
  },
  // One hour a week: marked per half-year, without a СОЧ.
  {
    className: '9В',
    subject: 'История Казахстана',
    teacher: 'Сериков Е. Б.',
    periodKind: 'half',
    period: 1,
    foCount: 6,
    sorMaxes: [20, 20],
    sochMax: null,
    marks: true,
    headerLang: 'ru',
  },
  // Grade 1 is not marked: formative work only, no computed columns.
  {
    className: '1А',
    subject: 'Обучение грамоте',
    teacher: 'Искакова Д. М.',
    periodKind: 'quarter',
    period: 2,
    foCount: 10,
    sorMaxes: [],
    sochMax: null,
    marks: false,
    headerLang: 'ru',
  },
];

/** One pupil's scores, as a teacher would type them: numbers, blanks and absence codes. */
export interface PupilScores {
  fo: (number | string)[];
  sor: (number | string)[];
  soch: number | string;
}

/** A pupil's scores around an ability level, with unmarked lessons and a few absences. */
export function pupilScores(random: Random, journal: SampleJournal): PupilScores {
  const ability = 0.35 + random() * 0.63;
  const noise = (spread: number) => (random() * 2 - 1) * spread;
  const fo = Array.from({ length: journal.foCount }, () => {
    const r = random();
    if (r < 0.15) return ''; // no mark that lesson
    if (r < 0.19) return 'н';
    return Math.min(10, Math.max(1, Math.round(ability * 10 + noise(2))));
  });
  const score = (max: number) => Math.min(max, Math.max(0, Math.round(max * (ability + noise(0.15)))));
  // «н» for a missed work: «б» is an absence code too, but a Kazakh teacher reads it as «бос» (exempt).
  const sor = journal.sorMaxes.map((max) => (random() < 0.04 ? 'н' : score(max)));
  const soch = journal.sochMax === null ? '' : score(journal.sochMax);
  return { fo, sor, soch };
}
