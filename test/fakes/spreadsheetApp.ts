import type {
  ConditionalFormatRuleBuilder,
  DataValidationBuilder,
  Spreadsheet,
  SpreadsheetAppLike,
  Ui,
} from '../../src/gas/services';
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder } from './builders';
import type { CallLog } from './callLog';
import { instrument, methodsOf } from './callLog';
import type { FakeSpreadsheet } from './spreadsheet';
import type { UiRecord } from './ui';
import { FakeUi } from './ui';

export class FakeSpreadsheetApp implements SpreadsheetAppLike {
  constructor(
    readonly calls: CallLog,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: UiRecord,
  ) {}

  getActiveSpreadsheet(): Spreadsheet {
    return this.spreadsheet;
  }

  getUi(): Ui {
    return new FakeUi(this.calls, this.ui);
  }

  newDataValidation(): DataValidationBuilder {
    return new FakeDataValidationBuilder(this.calls);
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.calls);
  }

  /** Applies pending changes: here, brings formula results up to date. */
  flush(): void {
    this.spreadsheet.engine.read();
  }
}

instrument(
  FakeSpreadsheetApp.prototype,
  'SpreadsheetApp',
  methodsOf<SpreadsheetAppLike>()(
    'getActiveSpreadsheet',
    'getUi',
    'newDataValidation',
    'newConditionalFormatRule',
    'flush',
  ),
);
