import { keptTextOf, findBlocks } from '../../src/core/reports/keptText';
import {
  criterionStats,
  mergeObjectiveBlocks,
  objectiveBlocks,
  readGrid,
  type CriterionStats,
} from '../../src/core/tasks';
import { fractionsSpec, handGrid } from './fixtures';

const { layout, values } = handGrid();
const pupils = readGrid(fractionsSpec(), layout.positions, values).pupils;

/** The figures of one criterion, without the criterion itself. */
const figures = (s: CriterionStats) => ({
  writers: s.writers,
  full: s.full,
  partly: s.partly,
  none: s.none,
  levels: s.levels,
  achieved: s.achieved,
  difficult: s.difficult,
});

describe('per-criterion statistics of the hand-scored class (10 wrote; absent, exempt, empty left out)', () => {
  const stats = criterionStats(fractionsSpec(), pupils);

  test('6.1.2.1 (tasks 1–2, 4 points): achieved by 80 %', () => {
    expect(stats[0].criterion.objective).toBe('6.1.2.1');
    expect(figures(stats[0])).toEqual({
      writers: 10,
      full: 5,
      partly: 4,
      none: 1,
      levels: { high: 5, medium: 3, low: 2 },
      achieved: true,
      difficult: false,
    });
    expect([stats[0].fullPercent, stats[0].partlyPercent, stats[0].nonePercent]).toEqual([50, 40, 10]);
    expect(stats[0].reachedPercent).toBe(80);
  });

  test('6.5.2.1 (task 3): difficulty, 40 % low', () => {
    expect(figures(stats[1])).toEqual({
      writers: 10,
      full: 3,
      partly: 5,
      none: 2,
      levels: { high: 4, medium: 2, low: 4 },
      achieved: false,
      difficult: true,
    });
    expect(stats[1].lowPercent).toBe(40);
  });

  test('6.3.1.2 (task 4): exactly 70 % reached and 30 % low — both thresholds are inclusive', () => {
    expect(figures(stats[2])).toEqual({
      writers: 10,
      full: 5,
      partly: 3,
      none: 2,
      levels: { high: 5, medium: 2, low: 3 },
      achieved: true,
      difficult: true,
    });
  });

  test('configurable thresholds', () => {
    const strict = criterionStats(fractionsSpec(), pupils, { achieved: 75, difficult: 35 });
    expect(strict.map((s) => [s.achieved, s.difficult])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
    // Levels from 50 %: Иванов's 2 of 4 stays medium, Сериков's 1.5 of 2 (75 %) too; 0.5 of 2 stays low.
    const levels = criterionStats(fractionsSpec(), pupils, { levels: { high: 100, medium: 50 } });
    expect(levels[0].levels).toEqual({ high: 5, medium: 3, low: 2 });
    expect(levels[1].levels).toEqual({ high: 3, medium: 3, low: 4 });
  });

  test('nobody wrote: no percentages, nothing achieved or difficult', () => {
    const none = criterionStats(fractionsSpec(), pupils.slice(10));
    expect(none.map((s) => [s.writers, s.reachedPercent, s.achieved, s.difficult])).toEqual([
      [0, null, false, false],
      [0, null, false, false],
      [0, null, false, false],
    ]);
  });
});

describe('the analysis form’s objective blocks', () => {
  const stats = criterionStats(fractionsSpec(), pupils);

  test('lines for «objectives achieved» and «objectives with difficulty» (ru)', () => {
    expect(objectiveBlocks(stats, 'ru')).toEqual({
      achieved: [
        '6.1.2.1 Выполняет действия с дробями — достигли 80 % учащихся',
        '6.3.1.2 Изображает дроби на координатном луче — достигли 70 % учащихся',
      ].join('\n'),
      difficult: [
        '6.5.2.1 Решает текстовые задачи на дроби — низкий уровень у 40 % учащихся',
        '6.3.1.2 Изображает дроби на координатном луче — низкий уровень у 30 % учащихся',
      ].join('\n'),
    });
  });

  test('kk and en', () => {
    expect(objectiveBlocks(stats, 'kk').achieved.split('\n')[0]).toBe(
      '6.1.2.1 Выполняет действия с дробями — оқушылардың 80 %-ы меңгерді',
    );
    expect(objectiveBlocks(stats, 'en').difficult.split('\n')[0]).toBe(
      '6.5.2.1 Решает текстовые задачи на дроби: 40 % of pupils at the low level',
    );
  });

  test('no objective qualifies: empty blocks', () => {
    expect(objectiveBlocks(criterionStats(fractionsSpec(), []), 'ru')).toEqual({
      achieved: '',
      difficult: '',
    });
  });

  test('regenerating keeps the teacher’s edits and refreshes untouched blocks', () => {
    const first = objectiveBlocks(stats, 'ru');
    // The previous report: untouched «achieved», edited «difficult», and other blocks of the teacher.
    const kept = {
      achieved: first.achieved,
      difficult: 'Задачи на дроби — разберём ещё раз',
      reasons: 'болезнь',
    };
    const fewer = objectiveBlocks(criterionStats(fractionsSpec(), pupils.slice(0, 3)), 'ru');
    expect(fewer.achieved).not.toBe(first.achieved);
    expect(mergeObjectiveBlocks(fewer, kept, first)).toEqual({
      achieved: fewer.achieved,
      difficult: 'Задачи на дроби — разберём ещё раз',
      reasons: 'болезнь',
    });
    // Without what was generated last time, any kept text is the teacher's.
    expect(mergeObjectiveBlocks(fewer, kept).achieved).toBe(first.achieved);
    // Nothing kept: the generated text; an empty generated block stays empty.
    expect(mergeObjectiveBlocks({ achieved: 'x', difficult: '' }, {})).toEqual({ achieved: 'x' });
  });

  test('a block read back from a sheet (cells trimmed, one per line) still counts as untouched', () => {
    const first = objectiveBlocks(stats, 'ru');
    const sheet = [
      ['Достигнутые цели обучения'],
      [` ${first.achieved.split('\n')[0]} `],
      [first.achieved.split('\n')[1]],
      [''],
      [''],
    ];
    const kept = keptTextOf(sheet, findBlocks(sheet, 1));
    expect(mergeObjectiveBlocks({ achieved: 'new', difficult: '' }, kept, first).achieved).toBe('new');
  });
});
