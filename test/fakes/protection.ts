import type { Protection } from '../../src/gas/services';
import type { Rect } from './a1';
import { rectA1 } from './a1';
import type { CallLog } from './callLog';
import { instrument, methodsOf } from './callLog';

/** A protected range or sheet, recorded for tests: where, warning-only or not, and why. */
export class FakeProtection implements Protection {
  private description = '';
  private warningOnly = false;

  constructor(
    readonly calls: CallLog,
    readonly type: 'RANGE' | 'SHEET',
    /** The protected cells for a RANGE protection; moved by row/column changes. */
    public rect: Rect | null,
  ) {}

  setWarningOnly(warningOnly: boolean): Protection {
    this.warningOnly = warningOnly;
    return this;
  }

  setDescription(description: string): Protection {
    this.description = description;
    return this;
  }

  // Test inspection (not part of the narrow interface, not counted).
  getDescription(): string {
    return this.description;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  /** 'C5:N44' for a range protection, null for a sheet protection. */
  a1(): string | null {
    return this.rect ? rectA1(this.rect) : null;
  }
}

instrument(
  FakeProtection.prototype,
  'Protection',
  methodsOf<Protection>()('setWarningOnly', 'setDescription'),
);
