import type { CallLog } from './callLog';
import { instrument } from './callLog';

/** Session: the user's UI language ('ru', 'kk', 'en' …), not the spreadsheet's locale. */
export class FakeSession {
  constructor(
    readonly calls: CallLog,
    private readonly userLocale: string,
  ) {}

  getActiveUserLocale(): string {
    return this.userLocale;
  }
}

instrument(FakeSession.prototype, 'Session', ['getActiveUserLocale']);
