import type { Properties } from '../../src/gas/services';
import type { CallLog } from './callLog';
import { instrument, methodsOf } from './callLog';

/** Apps Script's quotas: 9 KB per value, 500 KB per property store (UTF-8 bytes). */
export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The document property store: strings only, with the size limits Apps Script enforces. */
export class FakeProperties implements Properties {
  private readonly store = new Map<string, string>();

  constructor(readonly calls: CallLog) {}

  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): Properties {
    if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
    // Apps Script would store String(value); a non-string here is a bug in the caller.
    if (typeof value !== 'string')
      throw new Error(`Invalid argument: value (expected a string, got ${typeof value})`);
    if (bytes(value) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    const total = this.totalBytes() - this.entryBytes(key) + bytes(key) + bytes(value);
    if (total > MAX_STORE_BYTES) {
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.store.set(key, value);
    return this;
  }

  deleteProperty(key: string): Properties {
    this.store.delete(key);
    return this;
  }

  /** Every property, for test inspection (not counted). */
  all(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  private entryBytes(key: string): number {
    const value = this.store.get(key);
    return value === undefined ? 0 : bytes(key) + bytes(value);
  }

  private totalBytes(): number {
    let sum = 0;
    for (const [k, v] of this.store) sum += bytes(k) + bytes(v);
    return sum;
  }
}

instrument(
  FakeProperties.prototype,
  'Properties',
  methodsOf<Properties>()('getProperty', 'setProperty', 'deleteProperty'),
);

/** PropertiesService: one document store per fake spreadsheet. */
export class FakePropertiesService {
  constructor(
    readonly calls: CallLog,
    readonly documentProperties: FakeProperties,
  ) {}

  getDocumentProperties(): Properties {
    return this.documentProperties;
  }
}

instrument(FakePropertiesService.prototype, 'PropertiesService', ['getDocumentProperties']);
