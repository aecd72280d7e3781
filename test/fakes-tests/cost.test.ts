import { createFakeServices } from '../fakes';
import { INSTRUMENTED } from '../fakes/callLog';
import { CostMeter, costLine, priceExecution, tierOf, TIER_MS } from '../fakes/cost';

describe('the cost model of apps-script-costs.md', () => {
  it('prices every call the fakes count (an unclassified one would escape every estimate)', () => {
    createFakeServices(); // loads every fake class, so all are instrumented
    expect(INSTRUMENTED.size).toBeGreaterThan(100);
    for (const key of INSTRUMENTED) expect(() => tierOf(key)).not.toThrow();
    expect(() => tierOf('Range.somethingNew')).toThrow('no tier for Range.somethingNew');
  });

  it('uses the tiers of the spec for the calls it names', () => {
    expect(tierOf('Range.getValues')).toBe('read');
    expect(tierOf('DeveloperMetadataFinder.find')).toBe('read');
    expect(tierOf('DeveloperMetadata.getValue')).toBe('local');
    expect(tierOf('RangeList.setBackground')).toBe('write');
    expect(tierOf('Properties.setProperty')).toBe('propertyWrite');
    expect(tierOf('Spreadsheet.insertSheet')).toBe('structural');
    expect(TIER_MS.read).toEqual([30, 160]);
    expect(TIER_MS.execution).toEqual([300, 1500]);
  });

  it('prices one execution: its own cost plus each call at its tier', () => {
    const p = priceExecution({ 'Range.getValues': 2, 'Sheet.getName': 10, 'Properties.setProperty': 1 });
    expect(p).toEqual({
      executions: 1,
      calls: 13,
      optimistic: 300 + 60 + 3 + 62,
      pessimistic: 1500 + 320 + 30 + 231,
    });
  });

  it('counts a round of parallel executions as its slowest one', () => {
    const services = createFakeServices();
    const sheet = services.spreadsheet.getActiveSheet();
    const meter = new CostMeter(services.calls);
    const read = (n: number) => () => {
      for (let i = 0; i < n; i++) sheet.getRange('A1').getValues();
    };
    meter.parallel([read(1), read(3), read(2), read(1), read(5)]);
    // Two rounds: the first costs its 3-read execution, the second its 5-read one.
    expect(meter.total.executions).toBe(5);
    expect(meter.total.calls).toBe(2 * 12);
    expect(meter.total.pessimistic).toBe(2 * 1500 + 3 * (160 + 3) + 5 * (160 + 3));
    expect(costLine('x', meter.total)).toBe('cost x: executions 5, calls 24, google 0.8–4.3 s');
  });
});
