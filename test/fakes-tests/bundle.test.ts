import type { CustomFunction } from '../fakes';
import { createFakeServices } from '../fakes';
import { loadBundle } from '../bundle/loadBundle';

/**
 * The real built bundle (run `npm run build` first) computing in the fake spreadsheet, the way the
 * playground runs it: the bundle's KB_ globals are the custom functions, the fakes its services.
 */
function bundleSpreadsheet() {
  const bundleFunctions: Record<string, CustomFunction> = {};
  const late =
    (name: string): CustomFunction =>
    (...args) =>
      bundleFunctions[name](...args);
  const services = createFakeServices({
    functions: { KB_QUARTER: late('KB_QUARTER'), KB_DETAIL: late('KB_DETAIL') },
  });
  const scope = loadBundle({
    SpreadsheetApp: services.SpreadsheetApp,
    PropertiesService: services.PropertiesService,
    LockService: services.LockService,
    HtmlService: services.HtmlService,
    Session: services.Session,
  });
  for (const name of ['KB_QUARTER', 'KB_DETAIL']) {
    const fn = scope[name];
    if (typeof fn !== 'function') throw new Error(`the bundle has no ${name}`);
    bundleFunctions[name] = fn as CustomFunction;
  }
  return services;
}

describe('the built bundle in the fake spreadsheet', () => {
  it('computes a period mark with KB_QUARTER: ФО 9,8,9,8,9, СОР 33/40, СОЧ 21/25 → 4', () => {
    const { spreadsheet } = bundleSpreadsheet();
    const s = spreadsheet.getActiveSheet();
    s.getRange('A1:I1').setValues([[9, 8, 9, 8, 9, 33, 40, 21, 25]]);
    s.getRange('J1').setFormula('=KB_QUARTER(A1:E1, F1, G1, H1, I1)');
    // ФО 86 %, СОР 82.5 %, СОЧ 84 %: 0.25·86 + 0.25·82.5 + 0.5·84 = 84.125 % → 4.
    expect(s.getRange('J1').getValues()).toEqual([[4]]);
  });

  it('spills KB_DETAIL over five columns, one row per pupil', () => {
    const { spreadsheet } = bundleSpreadsheet();
    const s = spreadsheet.getActiveSheet();
    s.getRange('A2:I3').setValues([
      [9, 8, 9, 8, 9, 33, 40, 21, 25],
      [10, 10, 10, 10, 10, 40, 40, 25, 25],
    ]);
    s.getRange('K2').setFormula('=KB_DETAIL(A2:E3, F2:F3, G2:G3, H2:H3, I2:I3)');
    const [first, second] = s.getRange('K2:O3').getValues();
    expect(first.map((x) => Math.round(Number(x) * 1000) / 1000)).toEqual([86, 82.5, 84, 84.125, 4]);
    expect(second).toEqual([100, 100, 100, 100, 5]);
    expect(s.getRange('P2:P3').getValues()).toEqual([[''], ['']]);
  });

  it('spills a class journal formula using the KB_RULES named range, and is blocked by a typed value', () => {
    const { spreadsheet } = bundleSpreadsheet();
    const journal = spreadsheet.getActiveSheet();
    const settings = spreadsheet.insertSheet('KB_SETTINGS');
    settings.getRange('A1:B1').setValues([['base', 'KZ-2020-MEKTEP']]);
    spreadsheet.setNamedRange('KB_RULES', settings.getRange('A1:B1'));
    journal.getRange('O4:R4').setValues([[40, '', '', 25]]);
    journal.getRange('C5:G5').setValues([[9, 8, 9, 8, 9]]);
    journal.getRange('O5').setValues([[33]]);
    journal.getRange('R5').setValues([[21]]);
    journal.getRange('S5').setFormula('=KB_DETAIL(C5:N44, O5:Q44, O$4:Q$4, R5:R44, R$4, KB_RULES)');
    // KZ-2020-MEKTEP rounds each component: 22 + 21 + 42 = 85 → 5.
    expect(journal.getRange('V5:W5').getValues()).toEqual([[85, 5]]);
    expect(journal.getRange('S6:W6').getValues()).toEqual([['', '', '', '', '']]);
    expect(journal.getLastRow()).toBe(44);
    spreadsheet.userEdit(journal, 10, 21, '5');
    expect(journal.getRange('S5').getValues()).toEqual([['#REF!']]);
    expect(spreadsheet.errorMessageAt(journal, 5, 19)).toBe(
      'Array result was not expanded because it would overwrite data in U10.',
    );
  });
});
