import { parseCell } from '../../src/core/cells';

// Contract, "Cell values": what a teacher may type, and what it means.

describe('parseCell: numbers', () => {
  it.each([
    [7, 7],
    [0, 0],
    [8.6, 8.6],
    [-1, -1],
    ['7,5', 7.5],
    ['7.5', 7.5],
    [' 8 ', 8],
    ['12', 12],
    ['0', 0],
    [',5', 0.5],
    ['\u00a09,5\u00a0', 9.5],
    ['\u202f10\u202f', 10],
    ['\t3\n', 3],
    ['-2', -2],
  ])('%j is the number %d', (raw, value) => {
    expect(parseCell(raw)).toEqual({ kind: 'number', value });
  });
});

describe('parseCell: nothing entered', () => {
  it.each([[undefined], [null], [''], ['   '], ['\u00a0'], ['\u202f \t']])('%j is empty', (raw) => {
    expect(parseCell(raw)).toEqual({ kind: 'empty' });
  });
});

describe('parseCell: absence codes (the pupil missed the work)', () => {
  const codes = ['н', 'нб', 'н/б', 'б', 'отс', 'ж', 'жоқ', 'abs', 'absent', '-', '—'];
  it.each(codes)('%s', (code) => expect(parseCell(code)).toEqual({ kind: 'absent' }));
  it.each(codes.map((c) => ` ${c.toUpperCase()}\u00a0`))('%j, any case, trimmed', (code) =>
    expect(parseCell(code)).toEqual({ kind: 'absent' }),
  );
});

describe('parseCell: exemption codes', () => {
  const codes = ['осв', 'освоб', 'бос', 'exempt', 'ex'];
  it.each(codes)('%s', (code) => expect(parseCell(code)).toEqual({ kind: 'exempt' }));
  it.each(codes.map((c) => `\u00a0${c.toUpperCase()} `))('%j, any case, trimmed', (code) =>
    expect(parseCell(code)).toEqual({ kind: 'exempt' }),
  );
});

describe('parseCell: not attested', () => {
  it.each(['н/а', 'n/a', 'на', 'Н/А', 'N/A', ' НА '])('%j', (code) =>
    expect(parseCell(code)).toEqual({ kind: 'na' }),
  );
});

describe('parseCell: invalid', () => {
  it.each([
    ['other text', 'пять', 'пять'],
    ['a number with a unit', '5 баллов', '5 баллов'],
    ['two decimal marks', '7,5,1', '7,5,1'],
    ['a thousands space', '1 000', '1 000'],
    ['true', true, 'true'],
    ['false', false, 'false'],
    ['#N/A', '#N/A', '#N/A'],
    ['#REF!', '#REF!', '#REF!'],
    ['#DIV/0!', '#DIV/0!', '#DIV/0!'],
    ['#VALUE!', '#VALUE!', '#VALUE!'],
    ['NaN', NaN, 'NaN'],
    ['Infinity', Infinity, 'Infinity'],
    ['text "Infinity"', 'Infinity', 'Infinity'],
  ])('%s', (_, raw, shown) => {
    expect(parseCell(raw)).toEqual({ kind: 'invalid', raw: shown });
  });

  it('a date is invalid and shown as the day it is', () => {
    expect(parseCell(new Date(Date.UTC(2026, 8, 1)))).toEqual({ kind: 'invalid', raw: '2026-09-01' });
  });

  it('a long text is shortened for the message', () => {
    const c = parseCell('x'.repeat(100));
    expect(c.kind).toBe('invalid');
    if (c.kind === 'invalid') expect(c.raw.length).toBeLessThanOrEqual(24);
  });
});
