import { createFakeServices } from '../fakes';

describe('custom functions in formulas', () => {
  it('passes ranges as 2-D arrays with "" for empty cells, single cells as values, omitted as undefined', () => {
    const seen: unknown[][] = [];
    const services = createFakeServices({
      functions: {
        ARGS: (...args: unknown[]) => {
          seen.push(args);
          return args.length;
        },
      },
    });
    const s = services.spreadsheet.getActiveSheet();
    s.getRange('A1:C2').setValues([
      [9, '', 'н'],
      [true, 7.5, ''],
    ]);
    s.getRange('E1').setFormula('=ARGS(A1:C2, A1, B1, , "KZ-2016")');
    s.getRange('E2').setFormula('=args(A1:A1)');
    expect(s.getRange('E1:E2').getValues()).toEqual([[5], [1]]);
    expect(seen).toEqual([
      [
        [
          [9, '', 'н'],
          [true, 7.5, ''],
        ],
        9,
        '',
        undefined,
        'KZ-2016',
      ],
      [9],
    ]);
    expect(s.getRange('E2').getFormulas()).toEqual([['=ARGS(A1:A1)']]);
  });

  it('spills a returned 2-D array into neighbouring cells', () => {
    const services = createFakeServices({
      functions: {
        PAIR: () => [
          [1, 2],
          [3, 4],
        ],
      },
    });
    const s = services.spreadsheet.getActiveSheet();
    s.getRange('B2').setFormula('=PAIR()');
    expect(s.getRange('B2:D4').getValues()).toEqual([
      [1, 2, ''],
      [3, 4, ''],
      ['', '', ''],
    ]);
    // Only the anchor holds the formula; spilled cells count as content.
    expect(s.getRange('B2:C3').getFormulas()).toEqual([
      ['=PAIR()', ''],
      ['', ''],
    ]);
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([3, 3]);
  });

  it('shows #REF! when a typed value blocks the spill, and spills again once it is gone', () => {
    const services = createFakeServices({
      functions: {
        PAIR: () => [
          [1, 2],
          [3, 4],
        ],
      },
    });
    const { spreadsheet } = services;
    const s = spreadsheet.getActiveSheet();
    s.getRange('C3').setValues([['typed']]);
    s.getRange('B2').setFormula('=PAIR()');
    expect(s.getRange('B2:C3').getValues()).toEqual([
      ['#REF!', ''],
      ['', 'typed'],
    ]);
    expect(spreadsheet.errorMessageAt(s, 2, 2)).toBe(
      'Array result was not expanded because it would overwrite data in C3.',
    );
    s.getRange('C3').clearContent();
    expect(s.getRange('B2:C3').getValues()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    // Typing into the spilled area of a working array blocks it too.
    spreadsheet.userEdit(s, 3, 2, '5');
    expect(s.getRange('B2:C3').getValues()).toEqual([
      ['#REF!', ''],
      [5, ''],
    ]);
  });

  it('follows a result whose size changes with its inputs', () => {
    const services = createFakeServices({
      functions: { SERIES: (n: unknown) => Array.from({ length: Number(n) }, (_, i) => [i + 1]) },
    });
    const s = services.spreadsheet.getActiveSheet();
    s.getRange('A1').setValues([[3]]);
    s.getRange('B1').setFormula('=SERIES(A1)');
    expect(s.getRange('B1:B4').getValues()).toEqual([[1], [2], [3], ['']]);
    s.getRange('A1').setValues([[1]]);
    expect(s.getRange('B1:B4').getValues()).toEqual([[1], [''], [''], ['']]);
    // The shrunken result no longer reserves B2:B3: a value there does not block it.
    s.getRange('B3').setValues([['x']]);
    s.getRange('A1').setValues([[2]]);
    expect(s.getRange('B1:B3').getValues()).toEqual([[1], [2], ['x']]);
  });

  it('shows a thrown Error as #ERROR! with its message retrievable', () => {
    const services = createFakeServices({
      functions: {
        KB_QUARTER: () => {
          throw new Error('KB_QUARTER: неизвестный набор правил «KZ-2017»');
        },
      },
    });
    const { spreadsheet } = services;
    const s = spreadsheet.getActiveSheet();
    s.getRange('A1').setFormula('=KB_QUARTER(B1:C1, "KZ-2017")');
    expect(s.getRange('A1').getValues()).toEqual([['#ERROR!']]);
    expect(spreadsheet.errorMessageAt(s, 1, 1)).toBe('KB_QUARTER: неизвестный набор правил «KZ-2017»');
    expect(spreadsheet.errorMessageAt(s, 1, 2)).toBeNull();
  });

  it('passes a named range argument as a 2-D array and error cells as their codes', () => {
    const seen: unknown[] = [];
    const services = createFakeServices({
      functions: {
        RULES: (rules: unknown) => {
          seen.push(rules);
          return 'ok';
        },
      },
    });
    const { spreadsheet } = services;
    const s = spreadsheet.getActiveSheet();
    s.getRange('A1:B2').setValues([
      ['lang', 'kk'],
      ['round', '=1/0'],
    ]);
    spreadsheet.setNamedRange('KB_RULES', s.getRange('A1:B2'));
    s.getRange('D1').setFormula('=RULES(KB_RULES)');
    expect(s.getRange('D1').getValues()).toEqual([['ok']]);
    expect(seen).toEqual([
      [
        ['lang', 'kk'],
        ['round', '#DIV/0!'],
      ],
    ]);
  });

  it('maps returned values like Sheets: null → empty, non-finite → #NUM!, flat array → column', () => {
    const services = createFakeServices({
      functions: { MIXED: () => [[null, Infinity, 'н/а']], COLUMN: () => [5, 6] },
    });
    const s = services.spreadsheet.getActiveSheet();
    s.getRange('A1').setFormula('=MIXED()');
    s.getRange('A3').setFormula('=COLUMN()');
    expect(s.getRange('A1:C4').getValues()).toEqual([
      ['', '#NUM!', 'н/а'],
      ['', '', ''],
      [5, '', ''],
      [6, '', ''],
    ]);
  });

  it('does not count service calls a custom function makes, but counts its runs', () => {
    const services = createFakeServices({
      functions: { LOC: () => services.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale() },
    });
    const s = services.spreadsheet.getActiveSheet();
    s.getRange('A1').setFormula('=LOC()');
    expect(s.getRange('A1').getValues()).toEqual([['ru_RU']]);
    expect(services.calls.count('Spreadsheet.getSpreadsheetLocale')).toBe(0);
    expect(services.spreadsheet.engine.functionCalls).toEqual({ LOC: 1 });
  });
});
