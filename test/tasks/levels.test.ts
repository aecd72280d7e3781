import type { Lang } from '../../src/core/i18n';
import {
  DEFAULT_LEVELS,
  levelOf,
  levelRuleText,
  pupilCriteria,
  readGrid,
  validLevels,
} from '../../src/core/tasks';
import { fractionsSpec, handGrid } from './fixtures';

describe('levels at the boundaries', () => {
  test('default: high from 85 %, medium from 40 %', () => {
    expect(DEFAULT_LEVELS).toEqual({ high: 85, medium: 40 });
    expect(levelOf(20, 20)).toBe('high');
    expect(levelOf(17, 20)).toBe('high'); // 85 %
    expect(levelOf(16.5, 20)).toBe('medium'); // 82.5 %
    expect(levelOf(8, 20)).toBe('medium'); // 40 %
    expect(levelOf(7.5, 20)).toBe('low'); // 37.5 %
    expect(levelOf(0, 20)).toBe('low');
  });

  test('exact despite floating point: 2.55 of 3 is 85 %', () => {
    expect(2.55 * 100).not.toBe(255); // the noise the comparison must not see
    expect(levelOf(2.55, 3)).toBe('high');
    expect(levelOf(1.2, 3)).toBe('medium'); // 40 %
  });

  test('configurable thresholds', () => {
    const strict = { high: 90, medium: 50 };
    expect(levelOf(18, 20, strict)).toBe('high');
    expect(levelOf(17.5, 20, strict)).toBe('medium');
    expect(levelOf(10, 20, strict)).toBe('medium');
    expect(levelOf(9.5, 20, strict)).toBe('low');
    expect(validLevels(strict)).toBe(true);
    expect(validLevels({ high: 40, medium: 40 })).toBe(false);
    expect(validLevels({ high: 101, medium: 40 })).toBe(false);
    expect(validLevels({ high: 85, medium: 0 })).toBe(false);
    expect(() => levelOf(1, 0)).toThrow(RangeError);
  });

  test.each<[Lang, RegExp]>([
    ['ru', /высокий — 85 % и больше, средний — 40 % и больше, но меньше 85 %, низкий — меньше 40 %/],
    ['kk', /жоғары — 85 % және одан көп, орта — 40 % және одан көп, бірақ 85 %-дан аз, төмен — 40 %-дан аз/],
    ['en', /high 85 % or more, medium 40 % or more but below 85 %, low below 40 %/],
  ])('the rule text (%s) states the thresholds', (lang, rule) => {
    expect(levelRuleText(DEFAULT_LEVELS, lang)).toMatch(rule);
    expect(levelRuleText({ high: 87.5, medium: 40 }, lang)).toContain(lang === 'en' ? '87.5' : '87,5');
  });
});

describe("a pupil's levels per criterion (tasks sharing an objective form one criterion)", () => {
  const { layout, values } = handGrid();
  const pupils = readGrid(fractionsSpec(), layout.positions, values).pupils;

  test('Иванов Пётр: 2 of 4 medium, 1 of 4 low, 0 of 2 low', () => {
    const r = pupilCriteria(fractionsSpec(), pupils[3]);
    expect(
      r.map((c) => [c.criterion.objective, c.criterion.tasks, c.points, c.criterion.max, c.level]),
    ).toEqual([
      ['6.1.2.1', [1, 2], 2, 4, 'medium'],
      ['6.5.2.1', [3], 1, 4, 'low'],
      ['6.3.1.2', [4], 0, 2, 'low'],
    ]);
    expect(r.map((c) => c.percent)).toEqual([50, 25, 0]);
  });

  test('3.5 of 4 is high (87.5 %), 3 of 4 medium (75 %)', () => {
    expect(pupilCriteria(fractionsSpec(), pupils[1])[1].level).toBe('high');
    expect(pupilCriteria(fractionsSpec(), pupils[7])[1].level).toBe('medium');
  });

  test('no levels for a pupil who did not write', () => {
    expect(pupils.slice(10).map((p) => pupilCriteria(fractionsSpec(), p))).toEqual([[], [], []]);
  });
});
