import fc from 'fast-check';
import { cleanSheetName, journalSheetName, takenIn, uniqueSheetName } from '../../src/core/journal/sheetName';
import { HALF, QUARTER } from './fixtures';

describe('sheet names', () => {
  test('class, subject and the period, in the journal language', () => {
    const f = { className: '7А', subject: 'Математика', period: 2 };
    expect(journalSheetName({ ...f, structure: QUARTER })).toBe('7А Математика 2ч');
    expect(journalSheetName({ ...f, structure: { ...QUARTER, headerLang: 'kk' } })).toBe('7А Математика 2т');
    expect(journalSheetName({ ...f, structure: { ...QUARTER, headerLang: 'en' } })).toBe('7А Математика Q2');
    expect(journalSheetName({ ...f, period: 1, structure: HALF })).toBe('7А Математика 1п');
    expect(journalSheetName({ ...f, period: 1, structure: { ...HALF, headerLang: 'kk' } })).toBe(
      '7А Математика 1ж',
    );
  });

  test('forbidden characters are replaced and a long name keeps its period', () => {
    expect(
      journalSheetName({ className: '7/1', subject: 'Химия [углубл.]: лаб*', period: 3, structure: QUARTER }),
    ).toBe('7-1 Химия -углубл.-- лаб- 3ч');
    const long = journalSheetName({
      className: '11Б',
      subject: 'Я'.repeat(200),
      period: 4,
      structure: QUARTER,
    });
    expect(long).toHaveLength(100);
    expect(long.endsWith(' 4ч')).toBe(true);
    expect(cleanSheetName("  'x'  ")).toBe('x');
  });

  test('a free name: (2), (3)…, whatever the case of the existing names', () => {
    expect(uniqueSheetName('7А Математика 2ч', takenIn(['Лист1']))).toBe('7А Математика 2ч');
    expect(uniqueSheetName('7А Математика 2ч', takenIn(['7а математика 2Ч']))).toBe('7А Математика 2ч (2)');
    expect(uniqueSheetName('7А Математика 2ч', takenIn(['7А Математика 2ч', '7А Математика 2ч (2)']))).toBe(
      '7А Математика 2ч (3)',
    );
  });

  test('the free name is never taken, at most 100 characters and clean', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.array(fc.string({ maxLength: 110 }), { maxLength: 8 }),
        (wanted, others) => {
          const existing = [...others, wanted, `${wanted} (2)`];
          const name = uniqueSheetName(wanted, takenIn(existing));
          expect(existing.map((n) => n.toLowerCase())).not.toContain(name.toLowerCase());
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(100);
          expect(name).not.toMatch(/[[\]\\/?*:]/);
        },
      ),
    );
  });
});
