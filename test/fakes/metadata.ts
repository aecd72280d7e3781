import type {
  DeveloperMetadata,
  DeveloperMetadataFinder,
  DeveloperMetadataLocation,
  Range,
  Sheet,
} from '../../src/gas/services';
import type { CallLog } from './callLog';
import { instrument, methodsOf } from './callLog';
import type { AxisChange } from './shift';
import { shiftSpan } from './shift';

/**
 * Developer metadata on a sheet or on whole rows/columns, as Sheets keeps it: a column location
 * moves with inserted/deleted columns, and metadata whose columns are all deleted is gone.
 */

/** What metadata needs from a sheet of the fakes. */
export interface MetadataSheet extends Sheet {
  readonly sheetId: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** A range of whole columns (axis 'col') or whole rows (axis 'row'). */
  lineRange(axis: 'row' | 'col', start: number, count: number): Range;
}

export type MetadataLocation =
  | { type: 'SHEET'; sheet: MetadataSheet }
  | { type: 'COLUMN' | 'ROW'; sheet: MetadataSheet; start: number; count: number };

/** Every piece of developer metadata of one spreadsheet, in creation order. */
export class MetadataStore {
  private readonly items: FakeDeveloperMetadata[] = [];
  private nextId = 1;

  constructor(readonly calls: CallLog) {}

  add(key: string, value: string, location: MetadataLocation): FakeDeveloperMetadata {
    const item = new FakeDeveloperMetadata(this.calls, this, this.nextId++, key, value, location);
    this.items.push(item);
    return item;
  }

  remove(item: FakeDeveloperMetadata): void {
    const i = this.items.indexOf(item);
    if (i >= 0) this.items.splice(i, 1);
  }

  /** Every piece of metadata on a deleted sheet goes with it. */
  removeSheet(sheet: MetadataSheet): void {
    for (const m of [...this.items]) if (m.location.sheet === sheet) this.remove(m);
  }

  all(): readonly FakeDeveloperMetadata[] {
    return this.items;
  }

  /** The metadata exactly at a location (what getDeveloperMetadata of that sheet/range returns). */
  at(
    sheet: MetadataSheet,
    type: MetadataLocation['type'],
    start?: number,
    count?: number,
  ): FakeDeveloperMetadata[] {
    return this.items.filter((m) => {
      const loc = m.location;
      if (loc.sheet !== sheet || loc.type !== type) return false;
      return loc.type === 'SHEET' || (loc.start === start && loc.count === count);
    });
  }

  /** Moves row/column locations of `sheet`; metadata on wholly deleted lines is removed. */
  apply(sheet: MetadataSheet, change: AxisChange): void {
    const type = change.axis === 'col' ? 'COLUMN' : 'ROW';
    for (const m of [...this.items]) {
      const loc = m.location;
      if (loc.sheet !== sheet || loc.type !== type) continue;
      const span = shiftSpan(loc.start, loc.count, change);
      if (span) m.location = { ...loc, start: span[0], count: span[1] };
      else this.remove(m);
    }
  }
}

export class FakeDeveloperMetadata implements DeveloperMetadata {
  constructor(
    readonly calls: CallLog,
    private readonly store: MetadataStore,
    readonly id: number,
    private readonly key: string,
    private value: string | null,
    public location: MetadataLocation,
  ) {}

  getKey(): string {
    return this.key;
  }

  getValue(): string | null {
    return this.value;
  }

  setValue(value: string): DeveloperMetadata {
    this.value = value;
    return this;
  }

  getLocation(): DeveloperMetadataLocation {
    return new FakeDeveloperMetadataLocation(this.calls, this.location);
  }

  remove(): void {
    this.store.remove(this);
  }

  // Test inspection (not counted).
  get currentValue(): string | null {
    return this.value;
  }

  get metadataKey(): string {
    return this.key;
  }
}

instrument(
  FakeDeveloperMetadata.prototype,
  'DeveloperMetadata',
  methodsOf<DeveloperMetadata>()('getKey', 'getValue', 'setValue', 'getLocation', 'remove'),
);

/**
 * As in Apps Script, each getter answers only for its own location type: getSheet() is null for
 * column metadata (use getColumn().getSheet()), getColumn() is null for sheet metadata.
 */
export class FakeDeveloperMetadataLocation implements DeveloperMetadataLocation {
  constructor(
    readonly calls: CallLog,
    private readonly location: MetadataLocation,
  ) {}

  getSheet(): Sheet | null {
    return this.location.type === 'SHEET' ? this.location.sheet : null;
  }

  getColumn(): Range | null {
    const loc = this.location;
    return loc.type === 'COLUMN' ? loc.sheet.lineRange('col', loc.start, loc.count) : null;
  }

  getRow(): Range | null {
    const loc = this.location;
    return loc.type === 'ROW' ? loc.sheet.lineRange('row', loc.start, loc.count) : null;
  }

  // Not in the narrow interface: Apps Script's getLocationType().
  locationType(): MetadataLocation['type'] {
    return this.location.type;
  }
}

instrument(
  FakeDeveloperMetadataLocation.prototype,
  'DeveloperMetadataLocation',
  methodsOf<DeveloperMetadataLocation>()('getSheet', 'getColumn', 'getRow'),
);

/** Finds metadata in a scope: one sheet (with its rows and columns) or the whole spreadsheet. */
export class FakeDeveloperMetadataFinder implements DeveloperMetadataFinder {
  private key: string | undefined;

  constructor(
    readonly calls: CallLog,
    private readonly store: MetadataStore,
    private readonly sheet: MetadataSheet | null,
  ) {}

  withKey(key: string): DeveloperMetadataFinder {
    this.key = key;
    return this;
  }

  find(): DeveloperMetadata[] {
    return this.store
      .all()
      .filter(
        (m) =>
          (this.sheet === null || m.location.sheet === this.sheet) &&
          (this.key === undefined || m.metadataKey === this.key),
      );
  }
}

instrument(
  FakeDeveloperMetadataFinder.prototype,
  'DeveloperMetadataFinder',
  methodsOf<DeveloperMetadataFinder>()('withKey', 'find'),
);
