import { scoreGrid, type ScoreGridLayout, type WorkSpec } from '../../src/core/tasks';

/**
 * СОР 2 of a 6th-grade mathematics quarter, 10 points: tasks 1 and 2 check the same objective
 * (one criterion of 4 points), task 3 a second (4 points), task 4 a third (2 points).
 */
export function fractionsSpec(): WorkSpec {
  return {
    format: 'kb-sheets/work-spec',
    version: 1,
    title: 'Обыкновенные дроби',
    work: { kind: 'sor', index: 2 },
    subject: 'Математика',
    grade: 6,
    tasks: [
      {
        number: 1,
        criterion: 'Выполняет действия с дробями',
        objective: '6.1.2.1',
        descriptors: [
          { text: 'складывает дроби с разными знаменателями', points: 2 },
          { text: 'вычитает дроби', points: 1 },
        ],
      },
      {
        number: 2,
        criterion: 'Выполняет действия с дробями',
        objective: '6.1.2.1',
        descriptors: [{ text: 'умножает смешанные числа', points: 1 }],
      },
      {
        number: 3,
        criterion: 'Решает текстовые задачи на дроби',
        objective: '6.5.2.1',
        descriptors: [
          { text: 'составляет выражение по условию задачи', points: 2 },
          {
            text: 'находит значение выражения, используя свойства действий с обыкновенными дробями',
            points: 1.5,
          },
          { text: 'записывает ответ', points: 0.5 },
        ],
      },
      {
        number: 4,
        criterion: 'Изображает дроби на координатном луче',
        objective: '6.3.1.2',
        descriptors: [{ text: 'отмечает точки', points: 2 }],
      },
    ],
  };
}

/** A copy of a plain JSON-like value, to break a spec in one place. */
export function copy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/**
 * A class on fractionsSpec, descriptor cells per pupil [task 1: 2,1 | task 2: 1 | task 3: 2,1.5,0.5 |
 * task 4: 2], hand-scored per criterion (6.1.2.1 of 4, 6.5.2.1 of 4, 6.3.1.2 of 2) in the comments.
 */
export const HAND_CLASS: [string, unknown[]][] = [
  ['Абенов Нурлан', [2, 1, 1, 2, 1.5, 0.5, 2]], //     4 H, 4 H,   2 H    = 10
  ['Ахметова Айгерим', [2, 1, 1, 2, 1.5, 0, 2]], //    4 H, 3.5 H, 2 H    = 9.5
  ['Байжанов Ерлан', [2, 1, 0, 2, 0, 0, 1]], //        3 M, 2 M,   1 M    = 6
  ['Иванов Пётр', [2, 0, 0, 1, 0, 0, 0]], //           2 M, 1 L,   0 L    = 3
  ['Ким Виктория', [0, 0, 0, 0, 0, 0, 0]], //          0 L, 0 L,   0 L    = 0
  ['Нурланова Дана', [1, 1, 0, 2, 1.5, 0.5, 2]], //    2 M, 4 H,   2 H    = 8
  ['Сериков Алихан', [2, 1, 1, 0, 0, 0.5, 1.5]], //    4 H, 0.5 L, 1.5 M  = 6
  ['Тулегенова Жанар', [2, 1, 1, 2, 1, 0, 2]], //      4 H, 3 M,   2 H    = 9
  ['Омаров Арман', [1, 0, 0, 0, 0, 0, 2]], //          1 L, 0 L,   2 H    = 3
  ['Петрова Мария', [2, 1, 1, 2, 1.5, 0.5, 0.5]], //   4 H, 4 H,   0.5 L  = 9.5
  ['Жумабаев Данияр', ['н']],
  ['Садыкова Алия', ['осв']],
  ['Ли Александр', []],
];

/** The grid of HAND_CLASS as getValues gives it, and its layout. */
export function handGrid(lang: 'kk' | 'ru' | 'en' = 'ru'): { layout: ScoreGridLayout; values: unknown[][] } {
  const layout = scoreGrid(fractionsSpec(), { pupils: HAND_CLASS.map(([n]) => n), className: '6А' }, lang);
  const values: unknown[][] = layout.values.map((r) => [...r]);
  const p = layout.positions;
  HAND_CLASS.forEach(([, cells], i) =>
    cells.forEach((v, k) => (values[p.firstPupilRow - 1 + i][p.firstDescriptorColumn - 1 + k] = v)),
  );
  return { layout, values };
}
