import type {
  ConditionalFormatRule,
  ConditionalFormatRuleBuilder,
  DataValidation,
  DataValidationBuilder,
  Range,
} from '../../src/gas/services';
import type { Rect } from './a1';
import type { CallLog } from './callLog';
import { instrument, methodsOf } from './callLog';

/**
 * SpreadsheetApp.newDataValidation() / newConditionalFormatRule() and the rules they build.
 * Built rules are plain records tests can read; sheets copy them when they are applied.
 */

/** A built data-validation rule: a custom formula, relative to the top-left cell it is set on. */
export class FakeDataValidation implements DataValidation {
  constructor(
    readonly criteria: 'CUSTOM_FORMULA',
    readonly formula: string,
    /** Sheets' default is true: invalid input is kept and flagged, not rejected. */
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
}

export class FakeDataValidationBuilder implements DataValidationBuilder {
  private formula: string | undefined;
  private allowInvalid = true;
  private helpText = '';

  constructor(readonly calls: CallLog) {}

  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    this.formula = formula;
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this.helpText = helpText;
    return this;
  }

  build(): DataValidation {
    if (this.formula === undefined) throw new Error('You must set a criteria before building the rule.');
    return new FakeDataValidation('CUSTOM_FORMULA', this.formula, this.allowInvalid, this.helpText);
  }
}

instrument(
  FakeDataValidationBuilder.prototype,
  'DataValidationBuilder',
  methodsOf<DataValidationBuilder>()('requireFormulaSatisfied', 'setAllowInvalid', 'setHelpText', 'build'),
);

/** The condition kinds, named as Apps Script's BooleanCriteria. */
export type ConditionKind = 'CUSTOM_FORMULA' | 'TEXT_STARTS_WITH' | 'TEXT_EQUAL_TO' | 'NUMBER_EQUAL_TO';

/** Where a rule applies: cells of one sheet (the sheet is identified by the fake that made the range). */
export interface RuleRange {
  sheetId: number;
  rect: Rect;
}

export class FakeConditionalFormatRule implements ConditionalFormatRule {
  constructor(
    readonly kind: ConditionKind,
    readonly argument: string | number,
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly ranges: readonly RuleRange[],
  ) {}
}

/** What the builder needs from a range: the fakes' ranges know their sheet and rectangle. */
export interface RuleRangeSource {
  ruleRange(): RuleRange;
}

export class FakeConditionalFormatRuleBuilder implements ConditionalFormatRuleBuilder {
  private condition: { kind: ConditionKind; argument: string | number } | undefined;
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: RuleRange[] = [];

  constructor(readonly calls: CallLog) {}

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    this.condition = { kind: 'CUSTOM_FORMULA', argument: formula };
    return this;
  }

  whenTextStartsWith(text: string): ConditionalFormatRuleBuilder {
    this.condition = { kind: 'TEXT_STARTS_WITH', argument: text };
    return this;
  }

  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    this.condition = { kind: 'TEXT_EQUAL_TO', argument: text };
    return this;
  }

  whenNumberEqualTo(number: number): ConditionalFormatRuleBuilder {
    this.condition = { kind: 'NUMBER_EQUAL_TO', argument: number };
    return this;
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.background = color;
    return this;
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this.fontColor = color;
    return this;
  }

  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder {
    this.ranges = ranges.map((r) => (r as unknown as RuleRangeSource).ruleRange());
    return this;
  }

  build(): ConditionalFormatRule {
    if (!this.condition) throw new Error('A boolean condition must be set before building the rule.');
    return new FakeConditionalFormatRule(
      this.condition.kind,
      this.condition.argument,
      this.background,
      this.fontColor,
      this.ranges,
    );
  }
}

instrument(
  FakeConditionalFormatRuleBuilder.prototype,
  'ConditionalFormatRuleBuilder',
  methodsOf<ConditionalFormatRuleBuilder>()(
    'whenFormulaSatisfied',
    'whenTextStartsWith',
    'whenTextEqualTo',
    'whenNumberEqualTo',
    'setBackground',
    'setFontColor',
    'setRanges',
    'build',
  ),
);
