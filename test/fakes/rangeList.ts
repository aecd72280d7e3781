import type { BorderSides, RangeList } from '../../src/gas/services';
import type { CallLog } from './callLog';
import { instrument, methodsOf } from './callLog';
import type { FakeRange } from './range';

/**
 * Sheet.getRangeList: one call formats every range (Apps Script's RangeList,
 * developers.google.com/apps-script/reference/spreadsheet/range-list). Counted once per call
 * whatever the number of ranges, as the cost model prices it; the per-range work inside is not
 * counted again.
 */
export class FakeRangeList implements RangeList {
  constructor(
    readonly calls: CallLog,
    private readonly ranges: readonly FakeRange[],
  ) {}

  private each(apply: (r: FakeRange) => void): RangeList {
    this.calls.paused(() => this.ranges.forEach(apply));
    return this;
  }

  setFontWeight(weight: string | null): RangeList {
    return this.each((r) => r.setFontWeight(weight));
  }

  setBackground(color: string | null): RangeList {
    return this.each((r) => r.setBackground(color));
  }

  setNumberFormat(format: string): RangeList {
    return this.each((r) => r.setNumberFormat(format));
  }

  setWrap(wrap: boolean): RangeList {
    return this.each((r) => r.setWrap(wrap));
  }

  setVerticalAlignment(alignment: string | null): RangeList {
    return this.each((r) => r.setVerticalAlignment(alignment));
  }

  setBorder(...sides: BorderSides): RangeList {
    return this.each((r) => r.setBorder(...sides));
  }
}

instrument(
  FakeRangeList.prototype,
  'RangeList',
  methodsOf<RangeList>()(
    'setFontWeight',
    'setBackground',
    'setNumberFormat',
    'setWrap',
    'setVerticalAlignment',
    'setBorder',
  ),
);
