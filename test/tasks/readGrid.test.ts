import { readGrid, renderGridProblem, scoreGrid } from '../../src/core/tasks';
import { fractionsSpec } from './fixtures';

const spec = fractionsSpec();
const pupils = [
  'Абенов Нурлан',
  'Ахметова Айгерим',
  'Байжанов Ерлан',
  'Иванов Пётр',
  'Ким Виктория',
  'Нурланова Дана',
];
const layout = scoreGrid(spec, { pupils }, 'ru');

/** The grid as getValues gives it after the teacher typed `rows` (descriptor cells per pupil). */
function filled(rows: unknown[][]): unknown[][] {
  const values: unknown[][] = layout.values.map((r) => [...r]);
  rows.forEach((cells, i) => cells.forEach((v, k) => (values[5 + i][2 + k] = v)));
  values.forEach((r) => (r[9] = '')); // the formula's value is not read
  return values;
}

describe('reading a filled grid', () => {
  const values = filled([
    [2, 1, 1, 2, 1.5, 0.5, 2],
    [1, '', 0, 1, 0.5, '', ''],
    ['н', '', '', '', '', '', ''],
    ['', '', '', '', '', '', ''],
    [3, 1, 'x', 2, 1.5, 0.5, -1],
    ['ОСВ', 1, '', '', '', '', ''],
  ]);
  const read = readGrid(spec, layout.positions, values);
  const [full, partly, absent, empty, invalid, mixed] = read.pupils;

  test('points per descriptor and the total of a pupil who wrote (an empty cell counts 0)', () => {
    expect(full).toEqual({
      name: 'Абенов Нурлан',
      row: 6,
      state: 'wrote',
      points: [2, 1, 1, 2, 1.5, 0.5, 2],
      total: 10,
    });
    expect(partly).toMatchObject({ state: 'wrote', points: [1, null, 0, 1, 0.5, null, null], total: 2.5 });
  });

  test('absent, not written, exempt', () => {
    expect(absent).toMatchObject({ state: 'absent', total: null, points: Array(7).fill(null) });
    expect(empty).toMatchObject({ state: 'empty', total: null });
    expect(mixed).toMatchObject({ state: 'exempt', total: null, points: Array(7).fill(null) });
  });

  test('invalid cells with their A1: above the points, text, below 0', () => {
    expect(invalid).toMatchObject({ state: 'invalid', total: null });
    expect(read.problems).toEqual([
      { code: 'invalidCell', pupil: 'Ким Виктория', row: 10, a1: 'C10', raw: '3', points: 2 },
      { code: 'invalidCell', pupil: 'Ким Виктория', row: 10, a1: 'E10', raw: 'x', points: 1 },
      { code: 'invalidCell', pupil: 'Ким Виктория', row: 10, a1: 'I10', raw: '-1', points: 2 },
      { code: 'mixedRow', pupil: 'Нурланова Дана', row: 11 },
    ]);
  });

  test('problems in words', () => {
    expect(renderGridProblem(read.problems[0], 'ru')).toBe(
      'Ким Виктория, C10: «3» — нужен балл от 0 до 2, «н» или «осв»',
    );
    expect(renderGridProblem(read.problems[3], 'en')).toBe(
      'Нурланова Дана: the row has both points and an absence code; the code counts',
    );
    expect(renderGridProblem(read.problems[1], 'kk')).toContain('E10');
  });

  test('text that only looks like points, spaces, dates: invalid, as Sheets’ SUM ignores them', () => {
    const r = readGrid(
      spec,
      layout.positions,
      filled([
        ['2', 1],
        [' ', 1],
        [new Date(2025, 0, 2), 1],
      ]),
    );
    expect(r.pupils.slice(0, 3).map((p) => p.state)).toEqual(['invalid', 'invalid', 'invalid']);
    expect(r.problems.map((p) => p.code === 'invalidCell' && p.a1)).toEqual(['C6', 'C7', 'C8']);
  });

  test('the grid sorted by the teacher: names are read from the rows', () => {
    const values = filled([[2], [1]]);
    [values[5], values[6]] = [values[6], values[5]];
    const r = readGrid(spec, layout.positions, values);
    expect(r.pupils.slice(0, 2).map((p) => [p.name, p.total])).toEqual([
      ['Ахметова Айгерим', 1],
      ['Абенов Нурлан', 2],
    ]);
  });
});
