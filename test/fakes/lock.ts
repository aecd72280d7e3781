import type { Lock } from '../../src/gas/services';
import type { CallLog } from './callLog';
import { instrument, methodsOf } from './callLog';

/**
 * The document lock of one fake spreadsheet, shared by every Lock handle. Tests stand in for a
 * second user with `holdByOtherUser()`; then tryLock fails as it would after waiting out its timeout
 * (the fake does not wait).
 */
export class LockState {
  holder: object | null = null;

  holdByOtherUser(): void {
    this.holder = OTHER_USER;
  }

  releaseOtherUser(): void {
    if (this.holder === OTHER_USER) this.holder = null;
  }

  isHeld(): boolean {
    return this.holder !== null;
  }
}

const OTHER_USER = Object.freeze({ user: 'other' });

/** One handle from getDocumentLock(): it may hold the lock, and re-locking what it holds succeeds. */
export class FakeLock implements Lock {
  constructor(
    readonly calls: CallLog,
    private readonly state: LockState,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    void timeoutInMillis;
    if (this.state.holder === null || this.state.holder === this) {
      this.state.holder = this;
      return true;
    }
    return false;
  }

  releaseLock(): void {
    if (this.state.holder === this) this.state.holder = null;
  }

  /** Apps Script's hasLock(), for tests (not counted). */
  holds(): boolean {
    return this.state.holder === this;
  }
}

instrument(FakeLock.prototype, 'Lock', methodsOf<Lock>()('tryLock', 'releaseLock'));

export class FakeLockService {
  constructor(
    readonly calls: CallLog,
    private readonly state: LockState,
  ) {}

  getDocumentLock(): Lock | null {
    return new FakeLock(this.calls, this.state);
  }
}

instrument(FakeLockService.prototype, 'LockService', ['getDocumentLock']);
