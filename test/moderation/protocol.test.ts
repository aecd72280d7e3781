import type { Lang } from '../../src/core/i18n';
import { protocolLayout } from '../../src/core/moderation/protocol';
import { enterScores } from '../../src/core/moderation/rows';
import { startModeration } from '../../src/core/moderation/start';
import type { Moderation, ProtocolDetails } from '../../src/core/moderation/types';
import { parseRange } from '../journal/fixtures';
import { classSnapshot, readBack } from './journals';

const DETAILS: ProtocolDetails = {
  number: '3',
  school: 'КГУ «Школа-гимназия № 12»',
  date: '2025-12-22',
  chair: 'Жаксыбекова Г. М.',
  secretary: 'Ли О. В.',
  members: ['Сейткали А. Б.', 'Омарова Д. К.'],
};

/** The class journal's СОЧ, one work per level (4 works), scores entered per row. */
function moderation(scores: { moderators?: number; agreed?: number }[] = []): Moderation {
  const r = startModeration(classSnapshot(), { kind: 'soch' }, { id: 'M-1', tolerance: 1 });
  if (!r.ok) throw new Error(r.reason);
  const m = r.moderation;
  return { ...m, rows: m.rows.map((row, i) => enterScores(row, scores[i] ?? {}, m.work, m.rules)) };
}

/** Each row of the protocol as one line of its non-empty cells. */
const lines = (m: Moderation, lang: Lang = 'ru', details = DETAILS) =>
  readBack(protocolLayout(m, details, lang).values).map((row) => row.filter((v) => v !== '').join(' | '));

/** The teacher's scores, and the same as moderators' and agreed: the commission agrees with everything. */
const agreeing = (m: Moderation) => m.rows.map((r) => ({ moderators: r.teacher, agreed: r.teacher }));

test('header, commission, agenda and what was considered (ru)', () => {
  const m = moderation();
  expect(lines(moderation(agreeing(m))).slice(0, 18)).toEqual([
    'КГУ «Школа-гимназия № 12»',
    'ПРОТОКОЛ № 3',
    'заседания комиссии по модерации',
    '',
    'Дата: 22.12.2025',
    'Председатель комиссии: Жаксыбекова Г. М.',
    'Секретарь: Ли О. В.',
    'Члены комиссии: Сейткали А. Б., Омарова Д. К.',
    '',
    'Повестка дня: модерация СОЧ',
    'Процедура: выборочная модерация оценивания',
    'Класс: 7А · Предмет: Математика · Работа: СОЧ · Период: 2 четверть · Учитель: Сейткали А. Б.',
    '',
    'Рассмотрено:',
    'Работ: 8, макс. балл: 25',
    'По уровням: «5» — 2, «4» — 3, «3» — 2, «2» — 1',
    'Средний балл: 17,69 из 25 (70,75 %)', // 141.5 / 8 = 17.6875
    'Качество знаний: 62,5 %', // 5 of 8 at levels 5 and 4
  ]);
});

test('the sample table, a confirmed conclusion, and a signature line for everyone', () => {
  const m = moderation();
  const all = lines(moderation(agreeing(m)));
  const head = all.indexOf('№ | Ученик | Балл учителя | Балл модераторов | Согласованный балл | Отклонение');
  expect(all[head - 1]).toBe('Выборка для модерации (работ: 4)');
  expect(all.slice(head + 1, head + 5)).toEqual(
    m.rows.map((r, i) => `${i + 1} | ${r.pupil} | ${r.teacher} | ${r.teacher} | ${r.teacher} | 0`),
  );
  expect(all.slice(head + 5)).toEqual([
    '',
    'Заключение:',
    'Отклонений не выявлено: баллы учителя подтверждены.',
    '',
    'Председатель комиссии | ________________ | Жаксыбекова Г. М.',
    'Секретарь | ________________ | Ли О. В.',
    'Член комиссии | ________________ | Сейткали А. Б.',
    'Член комиссии | ________________ | Омарова Д. К.',
  ]);
});

test('deviations are listed with the agreed scores; works not yet moderated are counted', () => {
  const m = moderation();
  const [a, b, c] = m.rows;
  const scores = [
    { moderators: a.teacher - 2, agreed: a.teacher - 2 }, // beyond the tolerance of 1
    { moderators: b.teacher + 1, agreed: b.teacher + 0.5 }, // within it, but agreed differs
    { moderators: c.teacher }, // confirmed
  ];
  const all = lines(moderation(scores));
  const from = all.indexOf('Заключение:');
  expect(all.slice(from + 1, from + 5)).toEqual([
    'Выявлены отклонения; согласованные баллы:',
    `1. ${a.pupil}: балл учителя ${a.teacher}, балл модераторов ${a.teacher - 2}, согласованный балл ${a.teacher - 2}`,
    `2. ${b.pupil}: балл учителя ${b.teacher}, балл модераторов ${b.teacher + 1}, согласованный балл ${String(b.teacher + 0.5).replace('.', ',')}`,
    'Балл модераторов не выставлен (работ: 1).',
  ]);
  const head = all.findIndex((l) => l.startsWith('№ |'));
  expect(all[head + 1].split(' | ').pop()).toBe('−2');
  expect(all[head + 2].split(' | ').pop()).toBe('+1');
});

test('nothing entered yet: no «no deviation», only what is missing', () => {
  const all = lines(moderation());
  const from = all.indexOf('Заключение:');
  expect(all[from + 1]).toBe('Балл модераторов не выставлен (работ: 4).');
  expect(all).not.toContain('Отклонений не выявлено: баллы учителя подтверждены.');
});

test('Kazakh: хаттама with its proper terms', () => {
  const m = moderation();
  const all = lines(moderation([{ moderators: m.rows[0].teacher - 2, agreed: m.rows[0].teacher - 1 }]), 'kk');
  for (const expected of [
    'ХАТТАМА № 3',
    'модерация комиссиясының отырысы',
    'Күні: 22.12.2025',
    'Комиссия төрағасы: Жаксыбекова Г. М.',
    'Хатшы: Ли О. В.',
    'Комиссия мүшелері: Сейткали А. Б., Омарова Д. К.',
    'Күн тәртібі: ТЖБ модерациясы',
    'Сынып: 7А · Пән: Математика · Жұмыс: ТЖБ · Кезең: 2-тоқсан · Мұғалім: Сейткали А. Б.',
    'Қаралды:',
    'Білім сапасы: 62,5 %',
    '№ | Оқушы | Мұғалімнің балы | Модераторлардың балы | Келісілген балл | Ауытқу',
    'Қорытынды:',
    'Ауытқулар анықталды; келісілген балдар:',
    'Комиссия мүшесі | ________________ | Омарова Д. К.',
  ]) {
    expect(all).toContain(expected);
  }
});

test('a re-check of named works says so: the council’s procedure, only the named works', () => {
  const sampled = moderation();
  const rows = sampled.rows.slice(0, 2).map((r) => r.row);
  const r = startModeration(classSnapshot(), { kind: 'soch' }, { id: 'M-2', rule: { kind: 'named', rows } });
  if (!r.ok) throw new Error(r.reason);
  expect(r.moderation.rows.map((x) => x.row)).toEqual(rows);
  const ru = lines(r.moderation);
  expect(ru).toContain(
    'Процедура: перепроверка спорных работ по решению педагогического совета (п. 22 Правил)',
  );
  expect(ru).toContain('Выборка для модерации (работ: 2)');
  expect(ru).not.toContain('Процедура: выборочная модерация оценивания');
  expect(lines(r.moderation, 'kk')).toContain(
    'Рәсім: педагогикалық кеңестің шешімі бойынша даулы жұмыстарды қайта тексеру (Қағидалардың 22-т.)',
  );
});

test('English', () => {
  const all = lines(moderation(), 'en');
  expect(all).toContain('MINUTES No. 3');
  expect(all).toContain('Agenda: moderation of the SAT');
  expect(all).toContain('Mean score: 17.69 of 25 (70.75 %)');
  expect(all).toContain("No. | Pupil | Teacher's score | Moderators' score | Agreed score | Difference");
});

test('printable on A4: six columns within the page width, merges inside the grid, no overlap', () => {
  const l = protocolLayout(moderation(), DETAILS, 'ru');
  expect(l.page).toEqual({ size: 'A4', portrait: true, fitToWidth: true });
  expect(l.columns).toBe(6);
  expect(l.columnWidths.reduce((s, w) => s + w.width, 0)).toBeLessThanOrEqual(650);
  expect(l.values.every((row) => row.length === 6)).toBe(true);
  const cells = new Set<string>();
  for (const a1 of l.merges) {
    const r = parseRange(a1);
    expect(r.lastColumn).toBeLessThanOrEqual(6);
    expect(r.lastRow).toBeLessThanOrEqual(l.rows);
    for (let row = r.row; row <= r.lastRow; row++)
      for (let column = r.column; column <= r.lastColumn; column++) {
        expect(cells.has(`${row}:${column}`)).toBe(false);
        cells.add(`${row}:${column}`);
      }
  }
  expect(l.sheetName).toBe('Протокол 3 7А СОЧ 2ч');
});

test('a long line gets a taller row; user text is never a formula', () => {
  const members = Array.from({ length: 12 }, (_, i) => `Член комиссии с длинной фамилией ${i + 1}`);
  const l = protocolLayout(moderation(), { ...DETAILS, members, school: '=IMPORTRANGE("x","A1")' }, 'ru');
  expect(l.values[0][0]).toBe(`'=IMPORTRANGE("x","A1")`);
  const membersRow = l.values.findIndex((r) => String(r[0]).startsWith('Члены комиссии')) + 1;
  expect(l.rowHeights.find((h) => h.row === membersRow)?.height).toBeGreaterThan(21 * 3);
});
