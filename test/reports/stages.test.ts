import { gradeOf, stageOf } from '../../src/core/reports/stages';
import { previousScope } from '../../src/core/reports/scope';

test.each([
  ['7А', 7, 'basic'],
  ['10 Б', 10, 'upper'],
  ['5-В', 5, 'basic'],
  ['11', 11, 'upper'],
  ['4a', 4, 'primary'],
  ['1 «Ә»', 1, 'primary'],
  ['9 Г', 9, 'basic'],
  ['12А', 12, 'upper'],
  ['13А', undefined, 'other'],
  ['0 класс', undefined, 'other'],
  ['Лицей', undefined, 'other'],
  ['', undefined, 'other'],
  ['105', undefined, 'other'],
])('%s is grade %s, %s', (name, grade, stage) => {
  expect(gradeOf(name)).toBe(grade);
  expect(stageOf(name)).toBe(stage);
});

test('the previous period stays within the school year', () => {
  expect(previousScope({ kind: 'quarter', n: 3 })).toEqual({ kind: 'quarter', n: 2 });
  expect(previousScope({ kind: 'half', n: 2 })).toEqual({ kind: 'half', n: 1 });
  expect(previousScope({ kind: 'quarter', n: 1 })).toBeUndefined();
  expect(previousScope({ kind: 'half', n: 1 })).toBeUndefined();
  expect(previousScope({ kind: 'year' })).toBeUndefined();
});
