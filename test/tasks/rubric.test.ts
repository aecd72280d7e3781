import { readGrid, rubricReport, RUBRIC_ROW_HEIGHT, type PupilScores } from '../../src/core/tasks';
import { fractionsSpec, handGrid } from './fixtures';

const { layout, values } = handGrid();
const pupils = readGrid(fractionsSpec(), layout.positions, values).pupils;
const header = { className: '6А', teacher: 'Сейткали А. Б.' };

/** The rows of one page, as text cells (empty cells dropped). */
function page(l: ReturnType<typeof rubricReport>, k: number): (string | number)[][] {
  const { firstRow, lastRow } = l.pages[k];
  return l.values.slice(firstRow - 1, lastRow).map((r) => r.filter((v) => v !== ''));
}

describe('rubrics for the whole class (ru)', () => {
  const l = rubricReport(fractionsSpec(), pupils, header, 'ru');

  test('one page per pupil who wrote, every page as tall as the others', () => {
    expect(l.pages.map((p) => p.pupil)).toEqual(pupils.slice(0, 10).map((p) => p.name));
    expect(l.pageRows).toBe(36);
    l.pages.forEach((p, k) => expect([p.firstRow, p.lastRow]).toEqual([1 + k * 36, 36 + k * 36]));
    expect(l.rows).toBe(360);
    expect(l.rowHeights).toHaveLength(360);
    const heights = (k: number) => l.rowHeights.slice(k * 36, k * 36 + 36).map((h) => h.height);
    expect(heights(7)).toEqual(heights(0));
  });

  test('Иванов Пётр: the work, the pupil, each criterion with level, points and max, the total, the rules, the comment', () => {
    const rows = page(l, 3);
    expect(rows.slice(0, 6)).toEqual([
      ['Рубрика для родителей'],
      ['Работа', 'СОР 2 · Обыкновенные дроби'],
      ['Ученик', 'Иванов Пётр'],
      ['Класс', "'6А"],
      ['Предмет', 'Математика'],
      ['Учитель', 'Сейткали А. Б.'],
    ]);
    expect(rows.slice(7, 12)).toEqual([
      ['№ задания', 'Цель обучения', 'Критерий оценивания', 'Уровень', 'Баллы', 'Макс.'],
      ["'1, 2", "'6.1.2.1", 'Выполняет действия с дробями', 'средний', 2, 4],
      ["'3", "'6.5.2.1", 'Решает текстовые задачи на дроби', 'низкий', 1, 4],
      ["'4", "'6.3.1.2", 'Изображает дроби на координатном луче', 'низкий', 0, 2],
      ['Итого', 3, 10],
    ]);
    expect(rows[13]).toEqual(['Как определяется уровень']);
    expect(rows[14][0]).toContain('высокий — 85 % и больше');
    expect(rows[16]).toEqual(['Комментарий учителя']);
    // The comment lines are empty, bordered, taller.
    const commentTop = l.pages[3].firstRow + 17;
    expect(l.borders).toContain(`A${commentTop}:F${commentTop + 2}`);
    expect(l.rowHeights[commentTop - 1].height).toBe(RUBRIC_ROW_HEIGHT.comment);
  });

  test('pupils’ names and the class are written as text', () => {});
});

describe('one pupil, pupils who did not write, other languages', () => {
  test('a formula-like name is quoted; a single-pupil rubric is one page', () => {
    const odd: PupilScores = { ...pupils[0], name: '=IMPORTRANGE("x")' };
    const l = rubricReport(fractionsSpec(), [odd], { className: '6А' }, 'ru');
    expect(l.pages).toHaveLength(1);
    expect(l.values[2][2]).toBe(`'=IMPORTRANGE("x")`);
  });

  test('absent and exempt pupils get a page with the reason when asked', () => {
    const l = rubricReport(fractionsSpec(), pupils, header, 'ru', { includeNotWritten: true });
    expect(l.pages).toHaveLength(13);
    expect(page(l, 10)[7]).toEqual(['Работу не писал(а): отсутствовал(а).']);
    expect(page(l, 11)[7]).toEqual(['Освобождён(а) от работы.']);
    expect(page(l, 12)[7]).toEqual(['Результаты работы ещё не внесены.']);
    expect(page(l, 12)).toContainEqual(['Комментарий учителя']);
  });

  test('Kazakh and English', () => {
    const kk = rubricReport(fractionsSpec(), pupils.slice(0, 1), header, 'kk');
    expect(page(kk, 0)[0]).toEqual(['Ата-аналарға арналған рубрика']);
    expect(page(kk, 0)[1]).toEqual(['Жұмыс', 'БЖБ 2 · Обыкновенные дроби']);
    expect(page(kk, 0)[8]).toContain('жоғары');
    const en = rubricReport(fractionsSpec(), pupils.slice(3, 4), { className: '6A', subject: 'Maths' }, 'en');
    expect(page(en, 0)[4]).toEqual(['Subject', 'Maths']);
    expect(
      page(en, 0)
        .slice(8, 11)
        .map((r) => r[3]),
    ).toEqual(['medium', 'low', 'low']);
    expect(page(en, 0)[14][0]).toContain('high 85 % or more');
  });

  test('custom level thresholds reach the levels and the printed rule', () => {
    const l = rubricReport(fractionsSpec(), pupils.slice(3, 4), header, 'ru', {
      levels: { high: 90, medium: 50 },
    });
    expect(page(l, 0)[8][3]).toBe('средний'); // 2 of 4 = 50 %
    expect(page(l, 0)[14][0]).toContain('высокий — 90 %');
  });
});
