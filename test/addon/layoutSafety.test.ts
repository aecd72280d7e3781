import { safeRuleFormula } from '../../src/gas/layoutWriter';

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
