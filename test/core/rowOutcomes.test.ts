import { MESSAGES } from '../../src/core/i18n';
import { outcomeText } from '../../src/core/outcome';
import type { PeriodInput } from '../../src/core/period';
import { KZ2016, KZ2020, markOrKind, period, pupil, rules } from './fixtures';

// Contract, "Row outcomes" and "What is invalid in a row".

const ru = MESSAGES.ru;
const text = (input: PeriodInput, r = KZ2020) => {
  const res = period(input, r);
  return res.kind === 'mark' ? res.mark : outcomeText(res, ru);
};

describe('nothing entered', () => {
  it.each([
    ['all cells empty', pupil(['', '', ''], ['', ''], [15, 20], '', 25)],
    ['blank text', pupil([' ', '\u00a0'], [' '], [15], ' ', 25)],
    ['no columns at all', pupil([], [], [], undefined, undefined)],
    ['maxima alone are no data', pupil([], [], [15, 20], undefined, 25)],
  ])('%s → ""', (_, input) => {
    expect(period(input)).toEqual({ kind: 'empty' });
    expect(text(input)).toBe('');
  });
});

describe('exempt: a code in a summative cell of the row', () => {
  it.each([
    ['in a СОР column', pupil([8], [12, 'освоб'], [15, 20], 20, 25)],
    ['in a СОР column not yet held', pupil([8], [12, 'бос'], [15, ''], 20, 25)],
    ['in the СОЧ', pupil([8], [12], [15], 'exempt', 25)],
    ['in the СОЧ of a period without one', pupil([8], [12], [15], 'ex', '')],
  ])('%s', (_, input) => {
    expect(period(input)).toEqual({ kind: 'exempt' });
    expect(text(input)).toBe('осв');
  });
});

describe('an exemption code in a ФО cell is an excused lesson (contract v2)', () => {
  it('it counts as no mark: the other ФО marks make the mean', () => {
    expect(period(pupil([8, 'осв', 9], [12], [15], 20, 25))).toMatchObject({ kind: 'mark', foMean: 8.5 });
    expect(period(pupil([8, 'осв'], [12], [15], 20, 25))).toEqual(period(pupil([8, ''], [12], [15], 20, 25)));
  });

  it('alone in the row, it is nothing entered', () => {
    expect(period(pupil(['ОСВ'], [''], [15], '', 25))).toEqual({ kind: 'empty' });
    expect(text(pupil(['ОСВ'], [''], [15], '', 25))).toBe('');
  });
});

describe('not attested', () => {
  it.each([
    ['СОЧ held, cell empty', pupil([8], [12], [15], '', 25), 'soch'],
    ['СОЧ held, pupil absent', pupil([8], [12], [15], 'н', 25), 'soch'],
    ['СОЧ held, pupil absent (нб)', pupil([8], [12], [15], 'НБ', 25), 'soch'],
    ['СОР held, none written', pupil([8], ['б', 'отс'], [15, 20], 20, 25), 'sor'],
    ['СОР held, cells empty', pupil([8], ['', ''], [15, 20], 20, 25), 'sor'],
    ['no СОЧ period, СОР missed', pupil([8], ['abs'], [15]), 'sor'],
  ])('%s → н/а', (_, input, reason) => {
    expect(period(input)).toEqual({ kind: 'na', reason });
    expect(text(input)).toBe('н/а');
  });
});

describe('invalid data: "! " and a message naming the column', () => {
  it.each([
    ['ФО mark above fo_max', pupil([8, 11], [12], [15], 20, 25), KZ2020, 'foOutOfScale', 'ФО 2'],
    ['ФО mark below 1', pupil([0], [12], [15], 20, 25), KZ2020, 'foOutOfScale', 'ФО 1'],
    [
      'ФО mark above a custom fo_max',
      pupil([4, 6], [12], [15], 20, 25),
      rules('KZ-2020', ['fo_max', 5]),
      'foOutOfScale',
      'ФО 2',
    ],
    ['ФО text', pupil([8, 'девять'], [12], [15], 20, 25), KZ2020, 'notANumber', 'ФО 2'],
    ['н/а typed in a ФО column', pupil(['н/а'], [12], [15], 20, 25), KZ2020, 'notANumber', 'ФО 1'],
    [
      'СОР score above its max',
      pupil([8], [10, 12], [15, 10], 20, 25),
      KZ2020,
      'scoreAboveMax',
      'СОР 2: 12 > макс 10',
    ],
    ['СОР score below 0', pupil([8], [12, -1], [15, 10], 20, 25), KZ2020, 'scoreNegative', 'СОР 2'],
    ['СОЧ score above its max', pupil([8], [12], [15], 26, 25), KZ2020, 'scoreAboveMax', 'СОЧ: 26 > макс 25'],
    ['СОЧ score below 0', pupil([8], [12], [15], -3, 25), KZ2020, 'scoreNegative', 'СОЧ'],
    ['СОР max 0', pupil([8], [12, 0], [15, 0], 20, 25), KZ2020, 'badMax', 'СОР 2'],
    ['СОР max negative', pupil([8], [12], [-15], 20, 25), KZ2020, 'badMax', 'СОР 1'],
    ['СОР max text', pupil([8], [12], ['пятнадцать'], 20, 25), KZ2020, 'badMax', 'СОР 1'],
    ['СОЧ max 0', pupil([8], [12], [15], 0, 0), KZ2020, 'badMax', 'СОЧ'],
    [
      'a score in a СОР column whose max is empty',
      pupil([8], [12, 7], [15, ''], 20, 25),
      KZ2020,
      'scoreWithoutMax',
      'СОР 2',
    ],
    ['a СОЧ score with no soch_max', pupil([8], [12], [15], 20, ''), KZ2020, 'scoreWithoutMax', 'СОЧ'],
    ['СОР text', pupil([8], [12, 'abc'], [15, 20], 20, 25), KZ2020, 'notANumber', 'СОР 2'],
    ['СОР boolean', pupil([8], [true], [15], 20, 25), KZ2020, 'notANumber', 'СОР 1'],
    ['СОР date', pupil([8], [new Date(2026, 9, 1)], [15], 20, 25), KZ2020, 'notANumber', 'СОР 1'],
    ['СОЧ error value', pupil([8], [12], [15], '#N/A', 25), KZ2020, 'notANumber', 'СОЧ'],
    ['СОЧ #REF!', pupil([8], [12], [15], '#REF!', 25), KZ2020, 'notANumber', 'СОЧ'],
    ['summatives but no ФО mark (KZ-2020)', pupil(['', 'н'], [12], [15], 20, 25), KZ2020, 'noFoMarks', 'ФО'],
    ['no СОР column has a max (KZ-2020)', pupil([8], ['', ''], ['', ''], 20, 25), KZ2020, 'noSorHeld', 'СОР'],
    ['no СОР column has a max (KZ-2016)', pupil([], [], [], 20, 25), KZ2016, 'noSorHeld', 'СОР'],
  ])('%s', (_, input, r, code, column) => {
    const res = period(input, r);
    expect(res).toMatchObject({ kind: 'invalid', problem: { code } });
    const shown = text(input, r);
    expect(shown).toMatch(/^! /);
    expect(shown).toContain(column);
  });

  it('the contract example reads exactly "! СОР 2: 12 > макс 10"', () => {
    expect(text(pupil([8], [10, 12], [15, 10], 20, 25))).toBe('! СОР 2: 12 > макс 10');
  });

  it('a max read from text with a decimal comma is a max', () => {
    // ФО 80 % · 0.25 + СОР 7.5/7.5 · 25 + СОЧ 80 % · 0.5 = 85 → 5
    expect(period(pupil([8], ['7,5'], ['7,5'], 20, 25))).toMatchObject({ percent: 85 });
    expect(markOrKind(period(pupil([8], ['7,5'], [' 10 '], 20, 25)))).toBe(4);
  });
});

describe('absences are excluded, never zeros; a written 0 is a score', () => {
  it('a missed СОР leaves Σp and Σm: 12/15 and б/20 → СОР 80 %', () => {
    const missed = period(pupil([8], [12, 'б'], [15, 20], 20, 25));
    const zero = period(pupil([8], [12, 0], [15, 20], 20, 25));
    expect(missed).toMatchObject({ kind: 'mark', percent: 80, sorWorks: [{ score: 12, max: 15 }] });
    // Had it counted as 0, СОР would be 12/35.
    expect(zero).toMatchObject({
      kind: 'mark',
      sorWorks: [
        { score: 12, max: 15 },
        { score: 0, max: 20 },
      ],
    });
    if (zero.kind === 'mark')
      expect(zero.parts.find((p) => p.part === 'sor')?.percent).toBeCloseTo((12 / 35) * 100, 9);
  });

  it('a missed ФО lesson is not a zero', () => {
    expect(period(pupil([8, 'н', 'ж'], [12], [15], 20, 25))).toMatchObject({ foMean: 8, percent: 80 });
  });

  it('a СОР of 0 is written: the row is marked, not н/а', () => {
    const r = period(pupil([10], [0], [20], 25, 25));
    expect(r).toMatchObject({ kind: 'mark', percent: 75, mark: 4 });
  });

  it('a СОЧ of 0 is written: P 40 → 3', () => {
    expect(period(pupil([8], [12], [15], 0, 25))).toMatchObject({ kind: 'mark', percent: 40, mark: 3 });
  });

  it('a СОР column not yet held is ignored', () => {
    expect(period(pupil([8, 9], [12, ''], [15, ''], 20, 25))).toMatchObject({ kind: 'mark', percent: 81.25 });
  });
});

describe('transfers: per-pupil maxima join Σp/Σm', () => {
  it('points and maxima from the previous school pool with this one', () => {
    const r = period(pupil([8], [9, 14], [10, 20], 20, 25));
    if (r.kind !== 'mark') throw new Error('expected a mark');
    expect(r.percent).toBeCloseTo(20 + (23 / 30) * 25 + 40, 9);
  });
});
