import type { EmbeddedChart, EmbeddedChartBuilder, Range } from '../../src/gas/services';
import type { CallLog } from './callLog';
import { instrument, methodsOf } from './callLog';
import type { FakeRange } from './range';

/**
 * Native charts, recorded rather than drawn: a chart is its type, its ranges in A1, its anchor
 * cell and its title, which is what tests and the playground's chart box need.
 */
export interface ChartRecord {
  type: 'column' | 'pie' | 'unset';
  ranges: string[];
  position: { row: number; column: number; offsetX: number; offsetY: number } | null;
  title: string;
  options: Record<string, unknown>;
}

/** What build() returns: opaque to gas/, handed back to Sheet.insertChart. */
export class FakeEmbeddedChart {
  constructor(readonly record: ChartRecord) {}
}

export class FakeEmbeddedChartBuilder implements EmbeddedChartBuilder {
  private readonly record: ChartRecord = {
    type: 'unset',
    ranges: [],
    position: null,
    title: '',
    options: {},
  };

  constructor(
    readonly calls: CallLog,
    private readonly sheetName: string,
  ) {}

  asColumnChart(): EmbeddedChartBuilder {
    this.record.type = 'column';
    return this;
  }

  asPieChart(): EmbeddedChartBuilder {
    this.record.type = 'pie';
    return this;
  }

  addRange(range: Range): EmbeddedChartBuilder {
    const r = range as FakeRange;
    if (r.sheet.sheetName !== this.sheetName) throw new Error('The range must be on the chart’s sheet.');
    this.record.ranges.push(r.getA1NotationUncounted());
    return this;
  }

  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder {
    this.record.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    this.record.options[option] = value;
    if (option === 'title') this.record.title = String(value);
    return this;
  }

  build(): EmbeddedChart {
    if (this.record.type === 'unset') throw new Error('Chart type not set.');
    if (this.record.ranges.length === 0) throw new Error('A chart needs at least one range.');
    return new FakeEmbeddedChart({
      ...this.record,
      ranges: [...this.record.ranges],
      options: { ...this.record.options },
    });
  }
}

instrument(
  FakeEmbeddedChartBuilder.prototype,
  'EmbeddedChartBuilder',
  methodsOf<EmbeddedChartBuilder>()(
    'asColumnChart',
    'asPieChart',
    'addRange',
    'setPosition',
    'setOption',
    'build',
  ),
);
