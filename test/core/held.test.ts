import { kb } from '../gas/fixtures';

// Contract v2, the ruleset key `held`: under `class` a work counts as held once the class has
// written it, so a journal shows running marks mid-period.

const CLASS = [['held', 'class']];
const fo = [[8], [8], [8]];
const sor = [
  [15, ''],
  [12, ''],
  ['н', ''],
];

describe('held | class over a class', () => {
  const { KB_QUARTER, KB_PERCENT, KB_DETAIL, KB_NEED } = kb();

  it('a СОР and the СОЧ nobody has written are ignored: no-СОЧ weights, н/а only for a missed written work', () => {
    expect(KB_QUARTER(fo, sor, [[20, 25]], [[''], [''], ['']], 30, CLASS)).toEqual([[4], [4], ['н/а']]);
    expect(KB_PERCENT(fo, sor, [[20, 25]], [[''], [''], ['']], 30, CLASS)).toEqual([[77.5], [70], ['н/а']]);
    expect(KB_DETAIL(fo, sor, [[20, 25]], [[''], [''], ['']], 30, CLASS)[0]).toEqual([80, 75, '', 77.5, 4]);
  });

  it('the default held | max is strict: every pupil is н/а', () => {
    expect(KB_QUARTER(fo, sor, [[20, 25]], [[''], [''], ['']], 30)).toEqual([['н/а'], ['н/а'], ['н/а']]);
  });

  it('one score in a column makes the work held for the whole class', () => {
    const soch = [[24], [''], ['']];
    expect(KB_QUARTER(fo, sor, [[20, 25]], soch, 30, CLASS)).toEqual([[4], ['н/а'], ['н/а']]);
  });

  it('an absence code counts as the class having written the work', () => {
    expect(KB_QUARTER(fo, sor, [[20, 25]], [['н'], [''], ['']], 30, CLASS)).toEqual([
      ['н/а'],
      ['н/а'],
      ['н/а'],
    ]);
  });

  it('an exemption code does not: the exempt pupil stays exempt, the others get running marks', () => {
    expect(KB_QUARTER(fo, sor, [[20, 25]], [['осв'], [''], ['']], 30, CLASS)).toEqual([
      ['осв'],
      [4],
      ['н/а'],
    ]);
  });

  it('a single-row call behaves as held | max', () => {
    expect(KB_QUARTER([[8]], [[15, '']], [[20, 25]], '', 30, CLASS)).toEqual([['н/а']]);
  });

  it('KB_NEED has no СОЧ scores to look at: its soch_max is the work asked about', () => {
    // With the СОЧ ignored (no-СОЧ weights) both would need 0; asked about a СОЧ of 30, they need 16 and 18.
    expect(KB_NEED([[8], [8]], [[15], [12]], [[20]], 30, 4, CLASS)).toEqual([[16], [18]]);
  });
});
