import { readModerationRows } from '../../src/core/moderation/read';
import { moderationComputed, moderationSheetLayout } from '../../src/core/moderation/sheet';
import { startModeration } from '../../src/core/moderation/start';
import type { Moderation } from '../../src/core/moderation/types';
import { parseRange } from '../journal/fixtures';
import { classSnapshot, readBack } from './journals';

/** The class journal's СОЧ, sampled 50 %: 4 of the 8 works. */
function moderation(extra: Partial<Moderation> = {}): Moderation {
  const r = startModeration(
    classSnapshot(),
    { kind: 'soch' },
    { id: 'M-1', rule: { kind: 'share', percent: 50 }, tolerance: 1 },
  );
  if (!r.ok) throw new Error(r.reason);
  return { ...r.moderation, ...extra };
}

describe('moderationSheetLayout', () => {
  const m = moderation();
  const l = moderationSheetLayout(m, 'ru');

  test('title, info and headers; one row per sampled work with the teacher’s side filled in', () => {
    expect(l.values[0][0]).toBe('Модерация · СОЧ · 7А · Математика · 2 четверть');
    expect(l.values[1][0]).toContain('Журнал: 7А Математика 2ч');
    expect(l.values[1][0]).toContain('50 % класса');
    expect(l.values[2]).toEqual([
      '№',
      'Ученик',
      'Ячейка журнала',
      'Макс.',
      'Уровень',
      'Балл учителя',
      'Балл модераторов',
      'Отклонение',
      'Четвертная оценка (балл учителя)',
      'Четвертная оценка (балл модераторов)',
      'Согласованный балл',
    ]);
    expect(l.rows).toBe(3 + m.rows.length);
    expect(l.values.every((row) => row.length === l.columns)).toBe(true);
    const data = readBack(l.values.slice(3));
    expect(data.map((r) => [r[1], r[2], r[3], r[5], r[6], r[8], r[10]])).toEqual(
      m.rows.map((r) => [r.pupil, r.a1, 25, r.teacher, '', r.quarterTeacher, '']),
    );
  });

  test('inputs are the moderators’ and the agreed columns, validated against the row’s max', () => {
    const last = 3 + m.rows.length;
    expect(l.inputRanges).toEqual([`G4:G${last}`, `K4:K${last}`]);
    expect(l.validations.map((v) => [v.a1, v.formula])).toEqual([
      [`G4:G${last}`, '=OR(G4="",AND(ISNUMBER(G4),G4>=0,G4<=$D4))'],
      [`K4:K${last}`, '=OR(K4="",AND(ISNUMBER(K4),K4>=0,K4<=$D4))'],
    ]);
    expect(l.formatRules.map((r) => [r.ranges, r.value])).toEqual([
      [[`H4:H${last}`], '=AND(ISNUMBER($H4),ABS($H4)>1)'],
      [[`J4:J${last}`], '=AND($J4<>"",$J4<>$I4)'],
      [[`K4:K${last}`], '=AND(ISNUMBER($K4),$K4<>$F4)'],
    ]);
    // Protections cover everything but the inputs.
    const guarded = l.protections.map((p) => parseRange(p.a1));
    const inputCols = new Set([7, 11]);
    for (let row = 1; row <= last; row++) {
      for (let column = 1; column <= 11; column++) {
        const covered = guarded.some(
          (g) => row >= g.row && row <= g.lastRow && column >= g.column && column <= g.lastColumn,
        );
        expect([row, column, covered]).toEqual([row, column, !(row > 3 && inputCols.has(column))]);
      }
    }
  });

  test('user text is text: a name that looks like a formula is quoted, and listed as text', () => {
    const rows = m.rows.map((r, i) => (i === 0 ? { ...r, pupil: '=IMPORTXML("x")' } : r));
    const v = moderationSheetLayout({ ...m, rows, className: '+7А' }, 'ru');
    expect(v.values[3][1]).toBe(`'=IMPORTXML("x")`);
    // The title starts with a word: nothing in it can be read as a formula or a number.
    expect(v.values[0][0]).toBe('Модерация · СОЧ · +7А · Математика · 2 четверть');
  });

  test('kk and en headers; a half-year says so', () => {
    const kk = moderationSheetLayout({ ...m, periodKind: 'half', period: 1 }, 'kk');
    expect(kk.values[2].slice(5)).toEqual([
      'Мұғалімнің балы',
      'Модераторлардың балы',
      'Ауытқу',
      'Жартыжылдық баға (мұғалімнің балымен)',
      'Жартыжылдық баға (модераторлардың балымен)',
      'Келісілген балл',
    ]);
    expect(kk.values[0][0]).toBe('Модерация · ТЖБ · 7А · Математика · 1-жартыжылдық');
    expect(moderationSheetLayout(m, 'en').values[2][6]).toBe("Moderators' score");
  });

  test('the sheet name is a valid one', () => {
    expect(l.sheetName).toBe('Модерация 7А Математика СОЧ 2ч');
  });
});

describe('readModerationRows', () => {
  const m = moderation();
  const grid = () => readBack(moderationSheetLayout(m, 'ru').values);

  test('what the commission typed: numbers, a decimal comma, empty is not entered', () => {
    const v = grid();
    v[3][6] = m.rows[0].teacher - 2; // moderators
    v[3][10] = m.rows[0].teacher - 1; // agreed
    v[4][6] = '7,5';
    v[5][6] = ' ';
    const { rows, problems } = readModerationRows(v, m, 'ru');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.moderators, r.agreed])).toEqual([
      [m.rows[0].teacher - 2, m.rows[0].teacher - 1],
      [7.5, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    expect(rows[0].difference).toBe(-2);
    expect(rows[1].difference).toBe(7.5 - m.rows[1].teacher);
  });

  test('text, a code and a score above the max are problems with their cell, and count as not entered', () => {
    const v = grid();
    v[3][6] = 'abc';
    v[4][10] = 26;
    v[5][6] = 'н';
    v[6][10] = -1;
    const { rows, problems } = readModerationRows(v, m, 'ru');
    expect(problems.map((p) => [p.a1, p.message])).toEqual([
      ['G4', '«abc» — нужен балл'],
      ['K5', '26 — нужен балл от 0 до 25'],
      ['G6', '«н» — нужен балл'],
      ['K7', '-1 — нужен балл от 0 до 25'],
    ]);
    expect(rows.every((r) => r.moderators === undefined && r.agreed === undefined)).toBe(true);
  });

  test('rows are matched by their journal cell, so a sorted sheet reads the same', () => {
    const v = grid();
    v[3][6] = 1;
    v[4][6] = 2;
    v[5][6] = 3;
    const sorted = [...v.slice(0, 3), ...v.slice(3).reverse()];
    expect(readModerationRows(sorted, m, 'ru').rows).toEqual(readModerationRows(v, m, 'ru').rows);
  });

  test('a row deleted, a row made up, blank rows below', () => {
    const v = grid();
    const [deleted] = v.splice(4, 1);
    v.push(['', '', '', '', '', '', '', '', '', '', '']);
    v.push([9, 'Чужой', 'P99', 25, '', '', 10, '', '', '', '']);
    const { rows, problems } = readModerationRows(v, m, 'kk');
    expect(rows).toHaveLength(m.rows.length);
    expect(problems.map((p) => [p.a1, p.message])).toEqual([
      [`C${v.length}`, '«P99» — бұл жұмыс іріктеуде жоқ'],
      ['B3', `${deleted[1]} (${deleted[2]}): жол парақтан өшірілген`],
    ]);
  });

  test('the computed columns after reading: difference and both period marks, in the sheet’s order', () => {
    const v = grid();
    v[3][6] = m.rows[0].teacher;
    const sorted = [...v.slice(0, 3), ...v.slice(3).reverse()];
    const { rows } = readModerationRows(sorted, m, 'ru');
    const c = moderationComputed(sorted, rows, 'ru');
    expect(c.a1).toBe(`H4:J${3 + rows.length}`);
    const last = c.values.length - 1;
    expect(c.values[last]).toEqual([0, rows[0].quarterTeacher, rows[0].quarterTeacher]); // the first row is last now
    expect(c.values[0]).toEqual(['', rows[rows.length - 1].quarterTeacher, '']);
  });
});
