import { totalFormula } from '../../src/core/tasks/gridFormulas';
import { checkLayout, heightRuns, safeFormula, safeRuleFormula } from '../../src/gas/layoutWriter';

describe('rule formulas the server accepts from the sidebar', () => {
  it.each([
    '=OR(C5="",AND(ISNUMBER(C5),C5>=1,C5<=10),REGEXMATCH(LOWER(TRIM(C5)),"^(н|нб|осв)$"))',
    '=AND(ISNUMBER($H4),ABS($H4)>0)',
    '=AND($J4<>"",$J4<>$I4)',
  ])('accepts the tests the layouts use: %s', (formula) => expect(safeRuleFormula(formula)).toBe(true));

  it.each([
    '=IMPORTXML("http://example.com","//a")',
    '=OR(Лист2!A1=1)',
    "=OR('7А Математика'!C5=1)",
    '=HYPERLINK("http://example.com")',
    '=OR(KB_RULES="x")',
    '=OR(C5="unclosed)',
    'OR(C5=1)',
  ])('refuses anything that reads elsewhere, fetches or links: %s', (formula) =>
    expect(safeRuleFormula(formula)).toBe(false),
  );
});

describe('cell formulas a layout may carry', () => {
  it('the score grid total, with its «! …» message in any language', () => {
    expect(safeFormula(totalFormula(6, 3, 9, 5, '! балл выше макс. дескриптора'))).toBe(true);
    expect(safeFormula(totalFormula(6, 3, 9, 5, '! "quoted" text'))).toBe(true);
  });

  it.each([
    '=IMPORTRANGE("x","A1")',
    "=SUM('Другой лист'!A1:A3)",
    '=SUM(Лист2!A1)',
    '=SUM(KB_RULES)',
    '=HYPERLINK("http://example.com")',
    '=SUM(A1:A3)+"unclosed',
    'SUM(A1)',
  ])('refuses what reads elsewhere, fetches, links or is not a formula: %s', (formula) =>
    expect(safeFormula(formula)).toBe(false),
  );
});

describe('row heights from the sidebar', () => {
  const layout = (rowHeights: { row: number; height: number }[]) => ({
    rows: 3,
    columns: 1,
    values: [['a'], ['b'], ['c']],
    merges: [],
    bold: [],
    backgrounds: [],
    numberFormats: [],
    columnWidths: [],
    frozenRows: 0,
    rowHeights,
  });

  it('accepts heights inside the grid, and refuses a row outside it or an absurd height', () => {
    expect(checkLayout(layout([{ row: 3, height: 42 }]), [], (s) => s)).toBeUndefined();
    expect(checkLayout(layout([{ row: 4, height: 42 }]), [], (s) => s)).toBe('height');
    expect(checkLayout(layout([{ row: 1, height: 0 }]), [], (s) => s)).toBe('height');
    expect(checkLayout(layout([{ row: 1.5, height: 21 }]), [], (s) => s)).toBe('height');
  });

  it('writes consecutive rows of one height as one run', () => {
    const runs = heightRuns([
      { row: 3, height: 21 },
      { row: 1, height: 21 },
      { row: 2, height: 21 },
      { row: 4, height: 42 },
      { row: 5, height: 21 },
      { row: 7, height: 21 },
    ]);
    expect(runs).toEqual([
      { row: 1, count: 3, height: 21 },
      { row: 4, count: 1, height: 42 },
      { row: 5, count: 1, height: 21 },
      { row: 7, count: 1, height: 21 },
    ]);
  });
});
