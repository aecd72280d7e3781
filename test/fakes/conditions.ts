import { rectContains } from './a1';
import type { ReadValue } from './engine';
import { offsetFormula } from './formulas';
import type { AppliedRule, FakeSheet } from './sheet';

/**
 * Evaluating data-validation and conditional-format conditions for one cell, for userEdit and the
 * playground's rendering. Custom formulas are read as written for the rule's top-left cell and
 * moved to the cell in question, as Sheets does.
 */

function truthy(v: ReadValue | ReadValue[][]): boolean {
  const x = Array.isArray(v) ? v[0]?.[0] : v;
  return x === true || (typeof x === 'number' && x !== 0);
}

/** True when the cell has a validation rule and its current value breaks it. */
export function validationFails(sheet: FakeSheet, row: number, col: number): boolean {
  const v = sheet.props(row, col)?.validation;
  if (!v) return false;
  return !truthy(sheet.spreadsheet.engine.calculate(v.formula, sheet.engineId));
}

/** The first rule (in list order) whose condition holds for the cell wins, as in Sheets. */
export function conditionalStyle(
  sheet: FakeSheet,
  row: number,
  col: number,
  value: ReadValue,
): { background?: string; fontColor?: string } | undefined {
  for (const rule of sheet.conditionalRules) {
    if (!rule.rects.some((r) => rectContains(r, row, col))) continue;
    if (!holds(sheet, rule, row, col, value)) continue;
    const style: { background?: string; fontColor?: string } = {};
    if (rule.background) style.background = rule.background;
    if (rule.fontColor) style.fontColor = rule.fontColor;
    return style;
  }
  return undefined;
}

function holds(sheet: FakeSheet, rule: AppliedRule, row: number, col: number, value: ReadValue): boolean {
  switch (rule.kind) {
    case 'CUSTOM_FORMULA': {
      const anchor = rule.rects[0];
      const formula = offsetFormula(String(rule.argument), row - anchor.row, col - anchor.col);
      return truthy(sheet.spreadsheet.engine.calculate(formula, sheet.engineId));
    }
    case 'TEXT_EQUAL_TO':
      return typeof value === 'string' && value.toLowerCase() === String(rule.argument).toLowerCase();
    case 'TEXT_STARTS_WITH':
      return typeof value === 'string' && value.toLowerCase().startsWith(String(rule.argument).toLowerCase());
    case 'NUMBER_EQUAL_TO':
      return typeof value === 'number' && value === Number(rule.argument);
  }
}
