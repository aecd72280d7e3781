import { columnNumber } from '../../src/core/journal/a1';
import type { ColumnTag } from '../../src/core/journal/columnTag';
import { journalLayout } from '../../src/core/journal/layout';
import type { JournalSnapshot } from '../../src/core/journal/snapshot';
import type { ColumnRole, JournalForm, JournalLayout, JournalStructure } from '../../src/core/journal/types';
import { PRESETS, type Ruleset } from '../../src/core/ruleset';

export const QUARTER: JournalStructure = {
  periodKind: 'quarter',
  foCount: 10,
  sorMaxes: [20, 20, 20],
  sochMax: 25,
  marks: true,
  headerLang: 'ru',
};
export const HALF: JournalStructure = {
  periodKind: 'half',
  foCount: 8,
  sorMaxes: [15, 20],
  sochMax: null,
  marks: true,
  headerLang: 'ru',
};
export const FORMATIVE: JournalStructure = {
  periodKind: 'quarter',
  foCount: 6,
  sorMaxes: [],
  sochMax: null,
  marks: false,
  headerLang: 'ru',
};

const NAMES = [
  'Абенов Нурлан',
  'Ахметова Айгерим',
  'Байжанов Ерлан',
  'Иванов Пётр',
  'Ким Виктория',
  'Нурланова Дана',
  'Сериков Алихан',
  'Тулегенова Жанар',
  'Омаров Арман',
  'Петрова Мария',
  'Жумабаев Данияр',
  'Садыкова Алия',
  'Ли Александр',
  'Касымова Аружан',
  'Смагулов Тимур',
  'Ермекова Томирис',
  'Кузнецов Артём',
  'Мухамедова Камила',
  'Оспанов Бекзат',
  'Рахимова Динара',
  'Султанов Ильяс',
  'Тлеубаева Асель',
  'Федоров Максим',
  'Хасенова Малика',
  'Шарипов Айбек',
  'Юсупова Сабина',
  'Есенов Нурсултан',
  'Бекова Мадина',
  'Гончаров Даниил',
  'Искакова Зарина',
];

/** n distinct, realistic pupil names (n ≤ 30, then numbered). */
export function pupilNames(n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    i < NAMES.length ? NAMES[i] : `${NAMES[i % NAMES.length]} ${Math.floor(i / NAMES.length) + 1}`,
  );
}

export function form(
  structure: JournalStructure,
  pupils: string[],
  extra: Partial<JournalForm> = {},
): JournalForm {
  return {
    className: '7А',
    subject: 'Математика',
    teacher: 'Сейткали А. Б.',
    period: 2,
    pupils,
    structure,
    ...extra,
  };
}

/** An A1 range as numbers. */
export function parseRange(a1: string): { row: number; column: number; lastRow: number; lastColumn: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(a1);
  if (!m) throw new Error(`not A1: ${a1}`);
  const column = columnNumber(m[1])!;
  const row = Number(m[2]);
  return { row, column, lastRow: m[4] ? Number(m[4]) : row, lastColumn: m[3] ? columnNumber(m[3])! : column };
}

/**
 * A journal as a teacher fills it in: the layout's grid, cells set by role, and the snapshot Check
 * journals would read back (getValues drops the quote prefix).
 */
export class FilledJournal {
  readonly grid: unknown[][];
  columns: ColumnTag[];
  anchorFormula: string;

  constructor(readonly layout: JournalLayout) {
    this.grid = layout.values.map((row) => [...row]);
    this.columns = layout.columnRoles.map((c) => ({ ...c }));
    this.anchorFormula = layout.formula?.text ?? '';
  }

  static of(structure: JournalStructure, pupils: string[]): FilledJournal {
    return new FilledJournal(journalLayout(form(structure, pupils)));
  }

  column(role: ColumnRole, index = 1): number {
    const tag = this.columns.find((c) => c.role === role && c.index === index);
    if (!tag) throw new Error(`no ${role}:${index}`);
    return tag.column;
  }

  /** Row of the n-th pupil (1-based). */
  row(pupil: number): number {
    return this.layout.positions.firstPupilRow + pupil - 1;
  }

  setCell(row: number, column: number, value: unknown): this {
    while (this.grid.length < row) this.grid.push(Array(this.grid[0].length).fill(''));
    this.grid[row - 1][column - 1] = value;
    return this;
  }

  set(pupil: number, role: ColumnRole, index: number, value: unknown): this {
    return this.setCell(this.row(pupil), this.column(role, index), value);
  }

  setMax(role: 'sor' | 'soch', index: number, value: unknown): this {
    return this.setCell(this.layout.positions.maxRow, this.column(role, index), value);
  }

  /** Fills pupil `p` with a complete, valid record: ФО marks, every СОР and the СОЧ written. */
  complete(p: number, fo: number[] = [8, 9, 7], score = 15): this {
    fo.forEach((mark, i) => this.set(p, 'fo', i + 1, mark));
    for (const c of this.columns)
      if (c.role === 'sor' || c.role === 'soch') this.setCell(this.row(p), c.column, score);
    return this;
  }

  snapshot(rules: Ruleset = PRESETS['KZ-2020']): JournalSnapshot {
    const p = this.layout.positions;
    return {
      sheetName: this.layout.sheetName,
      meta: this.layout.meta,
      rows: { headerRow: p.headerRow, maxRow: p.maxRow, firstPupilRow: p.firstPupilRow },
      columns: this.columns,
      values: this.grid.map((row) =>
        row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
      ),
      anchorFormula: this.anchorFormula,
      rules,
    };
  }
}
