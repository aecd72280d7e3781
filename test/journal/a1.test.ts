import fc from 'fast-check';
import { cellA1, columnLetter, columnNumber, rangeA1, rowAbsoluteA1 } from '../../src/core/journal/a1';
import { columnTagValue, parseColumnTag } from '../../src/core/journal/columnTag';
import type { ColumnRole } from '../../src/core/journal/types';

describe('A1 notation', () => {
  test.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %d is %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  test('letters and numbers round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 18278 }), (n) => expect(columnNumber(columnLetter(n))).toBe(n)),
    );
  });

  test('cells and ranges', () => {
    expect(cellA1(5, 3)).toBe('C5');
    expect(rangeA1(5, 3, 34, 12)).toBe('C5:L34');
    expect(rangeA1(4, 16, 4, 16)).toBe('P4');
    expect(rowAbsoluteA1(4, 13, 15)).toBe('M$4:O$4');
    expect(rowAbsoluteA1(4, 16, 16)).toBe('P$4');
    expect(columnNumber('a1')).toBeUndefined();
    expect(() => columnLetter(0)).toThrow(RangeError);
  });
});

describe('column tags (metadata kb.col)', () => {
  test('values', () => {
    expect(columnTagValue('fo', 3)).toBe('fo:3');
    expect(columnTagValue('soch', 1)).toBe('soch');
    expect(columnTagValue('pupil', 1)).toBe('pupil');
    expect(parseColumnTag('detail:5')).toEqual({ role: 'detail', index: 5 });
    expect(parseColumnTag('soch')).toEqual({ role: 'soch', index: 1 });
  });

  test.each([null, '', 'fo', 'fo:0', 'soch:1', 'mark:1', 'fo:x', 'FO:1'])('%j is not a tag of ours', (v) => {
    expect(parseColumnTag(v)).toBeUndefined();
  });

  test('every role and index round-trips', () => {
    const roles: ColumnRole[] = ['number', 'pupil', 'fo', 'sor', 'soch', 'detail'];
    fc.assert(
      fc.property(fc.constantFrom(...roles), fc.integer({ min: 1, max: 60 }), (role, index) => {
        const single = role === 'number' || role === 'pupil' || role === 'soch';
        expect(parseColumnTag(columnTagValue(role, index))).toEqual({ role, index: single ? 1 : index });
      }),
    );
  });
});
