/**
 * The journal as a spreadsheet computes it: the layout's grid and formula in a real formula engine
 * (HyperFormula, with KB_DETAIL being the add-on's own function), the rules read through the
 * KB_RULES name of the settings sheet, compared with the core's computePeriod.
 */
import fc from 'fast-check';
import { journalLayout } from '../../src/core/journal/layout';
import { settingsSheetLayout } from '../../src/core/journal/settingsSheet';
import type { JournalLayout, JournalStructure } from '../../src/core/journal/types';
import { MESSAGES } from '../../src/core/i18n';
import { outcomeText } from '../../src/core/outcome';
import { computePeriod, type PeriodResult } from '../../src/core/period';
import { applyHeld } from '../../src/core/held';
import { PRESETS, type Ruleset } from '../../src/core/ruleset';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { workbook, type Workbook } from './engine';
import { HALF, QUARTER, form, parseRange, pupilNames } from './fixtures';

/** The five detail cells KB_DETAIL's contract gives for a result. */
function detailOf(r: PeriodResult): unknown[] {
  if (r.kind !== 'mark') return ['', '', '', '', outcomeText(r, MESSAGES.ru)];
  const pct = (part: string) => r.parts.find((p) => p.part === part)?.percent ?? '';
  return [pct('fo'), pct('sor'), pct('soch'), r.percent, r.mark];
}

const foCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 10 }) },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('н', 'Н ', 'б') },
);
const scoreCell = (max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max }) },
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.constantFrom('н', 'осв') },
  );

interface Filled {
  layout: JournalLayout;
  grid: (string | number)[][];
}

/** A journal of `structure` with rows of cells per pupil: [ФО…, СОР…, СОЧ?]. */
function filled(structure: JournalStructure, rows: unknown[][], maxes?: unknown[]): Filled {
  const layout = journalLayout(form(structure, pupilNames(rows.length)));
  const grid = layout.values.map((r) => [...r]);
  const first = layout.positions.fo.first;
  rows.forEach((cells, i) =>
    cells.forEach((v, j) => (grid[layout.positions.firstPupilRow - 1 + i][first - 1 + j] = v as never)),
  );
  maxes?.forEach(
    (v, j) => (grid[layout.positions.maxRow - 1][layout.positions.sor.first - 1 + j] = v as never),
  );
  return { layout, grid };
}

function evaluate({ layout, grid }: Filled, settings: Settings = DEFAULT_SETTINGS): Workbook {
  const f = layout.formula!;
  const anchor = parseRange(f.a1);
  return workbook(grid, settingsSheetLayout(settings, 'ru'), {
    row: anchor.row,
    column: anchor.column,
    text: f.text,
  });
}

/** Checks every pupil row; returns how many got a mark (so a test can show it saw real marks). */
function expectMatchesCore(j: Filled, settings: Settings = DEFAULT_SETTINGS): number {
  let marks = 0;
  const wb = evaluate(j, settings);
  const p = j.layout.positions;
  // The settings sheet's block: the preset with `held | class` (running marks mid-period).
  const rules: Ruleset = { ...PRESETS[settings.rules.base], held: 'class' };
  const maxRow = j.grid[p.maxRow - 1];
  const inputs = applyHeld(
    Array.from({ length: p.pupilCount }, (_, i) => {
      const row = j.grid[p.firstPupilRow - 1 + i];
      return {
        fo: row.slice(p.fo.first - 1, p.fo.first - 1 + p.fo.count),
        sor: row.slice(p.sor.first - 1, p.sor.first - 1 + p.sor.count),
        sorMax: maxRow.slice(p.sor.first - 1, p.sor.first - 1 + p.sor.count),
        ...(p.soch === undefined ? {} : { soch: row[p.soch - 1], sochMax: maxRow[p.soch - 1] }),
      };
    }),
    rules,
    p.soch !== undefined,
  );
  for (let i = 0; i < p.pupilCount; i++) {
    const expected = computePeriod(inputs[i], rules);
    const got = Array.from({ length: 5 }, (_, k) => wb.get(p.firstPupilRow + i, p.detail!.first + k));
    expect(got).toEqual(detailOf(expected));
    if (expected.kind === 'mark') marks++;
  }
  return marks;
}

describe('the laid-out formula computes what the core computes', () => {
  test('a worked example from the contract lands in the right cells', () => {
    // ФО 9,8,9,8,9; СОР 33/40; СОЧ 21/25 → 86, 82.5, 84, 84.125, 4.
    const s: JournalStructure = { ...QUARTER, foCount: 5, sorMaxes: [40] };
    const j = filled(s, [[9, 8, 9, 8, 9, 33, 21]]);
    const wb = evaluate(j);
    // C–G ФО, H СОР, I СОЧ, J–N the detail block.
    expect(j.layout.formula?.a1).toBe('J5');
    expect([10, 11, 12, 13, 14].map((c) => wb.get(5, c))).toEqual([86, 82.5, 84, 84.125, 4]);
    // The same journal under KZ-2020-MEKTEP, changed only on the settings sheet: 5.
    const mektep = evaluate(j, { ...DEFAULT_SETTINGS, rules: { base: 'KZ-2020-MEKTEP' } });
    expect(mektep.get(5, 13)).toBe(85);
    expect(mektep.get(5, 14)).toBe(5);
  });

  test('a 30-pupil quarter journal, random scores, codes and blanks', () => {
    const pupil = fc.tuple(
      fc.array(foCell, { minLength: 10, maxLength: 10 }),
      scoreCell(20),
      scoreCell(20),
      scoreCell(20),
      scoreCell(25),
    );
    let marks = 0;
    fc.assert(
      fc.property(fc.array(pupil, { minLength: 30, maxLength: 30 }), (pupils) => {
        marks += expectMatchesCore(
          filled(
            QUARTER,
            pupils.map(([fo, ...rest]) => [...fo, ...rest]),
          ),
        );
      }),
      { numRuns: 15 },
    );
    expect(marks).toBeGreaterThan(50);
  });

  test('a half-year journal (no СОЧ), and maxima the teacher changed or cleared', () => {
    const pupil = fc.tuple(fc.array(foCell, { minLength: 8, maxLength: 8 }), scoreCell(15), scoreCell(20));
    const max = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 5, max: 30 }) },
      { weight: 1, arbitrary: fc.constant('') },
    );
    let marks = 0;
    fc.assert(
      fc.property(fc.array(pupil, { minLength: 10, maxLength: 25 }), max, max, (pupils, m1, m2) => {
        marks += expectMatchesCore(
          filled(
            HALF,
            pupils.map(([fo, ...rest]) => [...fo, ...rest]),
            [m1, m2],
          ),
          {
            ...DEFAULT_SETTINGS,
            rules: { base: 'KZ-2016' },
          },
        );
      }),
      { numRuns: 15 },
    );
    expect(marks).toBeGreaterThan(20);
  });

  test('pupil names that look like formulas stay names in the sheet', () => {
    const layout = journalLayout(form(QUARTER, ['=1+1', '@x', '12', 'Иванов Пётр']));
    const wb = evaluate({ layout, grid: layout.values });
    expect([5, 6, 7, 8].map((r) => wb.get(r, 2))).toEqual(['=1+1', '@x', '12', 'Иванов Пётр']);
  });
});

describe('the validation formulas, evaluated for other cells of their range', () => {
  const layout = journalLayout(form(QUARTER, pupilNames(30)));
  const rule = (a1: string) => layout.validations.find((v) => v.a1 === a1)!;

  /** Sheets applies a range's rule to each cell with relative references shifted: copy-paste does the same. */
  function accepts(wb: Workbook, a1: string, row: number, column: number): boolean {
    const v = rule(a1);
    const top = parseRange(v.a1);
    const scratch = { sheet: wb.journal, row: 199, col: 99 };
    wb.hf.setCellContents(scratch, v.formula);
    wb.hf.copy({ start: scratch, end: scratch });
    const target = {
      sheet: wb.journal,
      row: scratch.row + row - top.row,
      col: scratch.col + column - top.column,
    };
    wb.hf.paste(target);
    const result = wb.hf.getCellValue(target);
    wb.hf.setCellContents(target, null);
    wb.hf.setCellContents(scratch, null);
    return result === true;
  }

  function withCells(cells: [string, unknown][]): Workbook {
    const grid = layout.values.map((r) => [...r]) as unknown[][];
    for (const [a1, v] of cells) {
      const r = parseRange(a1);
      grid[r.row - 1][r.column - 1] = v;
    }
    return workbook(grid, settingsSheetLayout(DEFAULT_SETTINGS, 'ru'));
  }

  test('ФО: 1–10, empty or a code, in any cell of the block', () => {
    const cases: [string, unknown, boolean][] = [
      ['C5', 7, true],
      ['H17', 10, true],
      ['L34', 1, true],
      ['D9', 11, false],
      ['E12', 0, false],
      ['F20', '', true],
      ['G21', 'н', true],
      ['G22', ' ОСВ ', true],
      ['G23', 'abc', false],
      ['G24', 'н/а', false],
    ];
    const wb = withCells(cases.map(([a1, v]) => [a1, v]));
    for (const [a1, , ok] of cases) {
      const { row, column } = parseRange(a1);
      expect([a1, accepts(wb, 'C5:L34', row, column)]).toEqual([a1, ok]);
    }
  });

  test('СОР: each column is checked against its own max, the max row stays fixed', () => {
    // СОР 1 (M) max 10, СОР 2 (N) max 20, СОР 3 (O) max cleared.
    const wb = withCells([
      ['M4', 10],
      ['N4', 20],
      ['O4', ''],
      ['M9', 18],
      ['N9', 18],
      ['N10', 21],
      ['N30', 0],
      ['O9', 5],
      ['O10', 'н'],
    ]);
    const at = (a1: string) => {
      const { row, column } = parseRange(a1);
      return accepts(wb, 'M5:O34', row, column);
    };
    expect(at('M9')).toBe(false); // 18 > 10
    expect(at('N9')).toBe(true);
    expect(at('N10')).toBe(false); // 21 > 20
    expect(at('N30')).toBe(true); // 0 is a score
    expect(at('O9')).toBe(false); // no max: the work is not held
    expect(at('O10')).toBe(true);
  });

  test('СОЧ against P4, and the max cells themselves', () => {
    const wb = withCells([
      ['P20', 25],
      ['P21', 26],
      ['M4', -5],
      ['N4', 'abc'],
      ['O4', 15],
    ]);
    expect(accepts(wb, 'P5:P34', 20, 16)).toBe(true);
    expect(accepts(wb, 'P5:P34', 21, 16)).toBe(false);
    expect(accepts(wb, 'M4:O4', 4, 13)).toBe(false);
    expect(accepts(wb, 'M4:O4', 4, 14)).toBe(false);
    expect(accepts(wb, 'M4:O4', 4, 15)).toBe(true);
  });
});
