import { CallError } from '../../src/core/errors';
import {
  DEFAULT_RULESET,
  inForceIn,
  inForceText,
  preset,
  PRESETS,
  resolveRuleset,
  RULE_KEYS,
  rulesetPairs,
} from '../../src/core/ruleset';

/** The problem a bad `rules` argument is rejected with. */
function rejection(arg: unknown): CallError['problem'] {
  try {
    resolveRuleset(arg);
  } catch (e) {
    if (e instanceof CallError) return e.problem;
    throw e;
  }
  throw new Error(`${JSON.stringify(arg)} was accepted`);
}

describe('ruleset presets', () => {
  it('the contract table', () => {
    expect(preset('KZ-2020')).toMatchObject({
      withSoch: { fo: 25, sor: 25, soch: 50 },
      withoutSoch: { fo: 50, sor: 50 },
      sorMode: 'pooled',
      rounding: 'total',
      foMax: 10,
      thresholds: { t3: 40, t4: 65, t5: 85 },
    });
    expect(preset('KZ-2016')).toMatchObject({
      withSoch: { fo: 0, sor: 50, soch: 50 },
      withoutSoch: { fo: 0, sor: 100 },
      sorMode: 'pooled',
      rounding: 'total',
    });
    expect(preset('KZ-2020-MEKTEP')).toMatchObject({
      withSoch: { fo: 25, sor: 25, soch: 50 },
      withoutSoch: { fo: 50, sor: 50 },
      sorMode: 'pooled',
      rounding: 'mektep',
    });
  });

  it('each named ruleset states the school years it is in force', () => {
    expect(preset('KZ-2016').inForce).toEqual({ from: 2016, to: 2019 });
    expect(preset('KZ-2020').inForce).toEqual({ from: 2020 });
    expect([2015, 2016, 2019, 2020].map((y) => inForceIn(preset('KZ-2016'), y))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect([2019, 2020, 2026].map((y) => inForceIn(preset('KZ-2020-MEKTEP'), y))).toEqual([
      false,
      true,
      true,
    ]);
    expect(inForceText(preset('KZ-2016'))).toBe('2016-2017 – 2019-2020');
    expect(inForceText(preset('KZ-2020'))).toBe('2020-2021 –');
  });

  it('held: max by default, class when asked; final: no default', () => {
    expect(preset('KZ-2020')).toMatchObject({ held: 'max' });
    expect(preset('KZ-2020').final).toBeUndefined();
    expect(
      resolveRuleset([
        ['held', 'class'],
        ['final', 'Mean'],
      ]),
    ).toMatchObject({ held: 'class', final: 'mean' });
  });

  it.each([undefined, null, ''])('%j means the default, KZ-2020', (arg) => {
    expect(resolveRuleset(arg)).toBe(DEFAULT_RULESET);
    expect(DEFAULT_RULESET.name).toBe('KZ-2020');
  });

  it.each([
    ['kz-2016', 'KZ-2016'],
    ['Kz-2020-Mektep', 'KZ-2020-MEKTEP'],
    [' KZ-2020 ', 'KZ-2020'],
    [[['kz-2016']], 'KZ-2016'], // a one-cell range holding the name
  ])('%j names %s, case-insensitively', (arg, name) => {
    expect(resolveRuleset(arg)).toBe(PRESETS[name]);
  });

  it('an unknown name is rejected, listing the known ones', () => {
    const p = rejection('KZ-2017');
    expect(p.code).toBe('unknownRuleset');
    expect(p.args[0]).toBe('KZ-2017');
    expect(p.args[1]).toContain('KZ-2020-MEKTEP');
  });
});

describe('ruleset key|value overrides', () => {
  it.each([
    ['w_fo', 'w_fo', 20, (r: ReturnType<typeof resolveRuleset>) => r.withSoch.fo, [['w_sor', 30]]],
    ['w_sor', 'w_sor', 30, (r: ReturnType<typeof resolveRuleset>) => r.withSoch.sor, [['w_fo', 20]]],
    ['w_soch', 'w_soch', 60, (r: ReturnType<typeof resolveRuleset>) => r.withSoch.soch, [['w_fo', 15]]],
    [
      'w_fo_nosoch',
      'w_fo_nosoch',
      40,
      (r: ReturnType<typeof resolveRuleset>) => r.withoutSoch.fo,
      [['w_sor_nosoch', 60]],
    ],
    [
      'w_sor_nosoch',
      'w_sor_nosoch',
      70,
      (r: ReturnType<typeof resolveRuleset>) => r.withoutSoch.sor,
      [['w_fo_nosoch', 30]],
    ],
    ['fo_max', 'fo_max', 5, (r: ReturnType<typeof resolveRuleset>) => r.foMax, []],
    ['sor_mode', 'sor_mode', 'mean', (r: ReturnType<typeof resolveRuleset>) => r.sorMode, []],
    ['rounding', 'rounding', 'none', (r: ReturnType<typeof resolveRuleset>) => r.rounding, []],
    ['t3', 't3', 50, (r: ReturnType<typeof resolveRuleset>) => r.thresholds.t3, []],
    ['t4', 't4', 70, (r: ReturnType<typeof resolveRuleset>) => r.thresholds.t4, []],
    ['t5', 't5', 90, (r: ReturnType<typeof resolveRuleset>) => r.thresholds.t5, []],
    ['lang', 'lang', 'kk', (r: ReturnType<typeof resolveRuleset>) => r.lang, []],
  ] as const)('%s', (_, key, value, read, companions) => {
    const r = resolveRuleset([[key, value], ...companions]);
    expect(read(r)).toBe(value);
    // Everything else comes from the base, KZ-2020.
    expect(r.name).toBe('KZ-2020*');
  });

  it('base picks the preset the overrides apply to', () => {
    const r = resolveRuleset([
      ['base', 'kz-2016'],
      ['rounding', 'components'],
    ]);
    expect(r).toMatchObject({
      name: 'KZ-2016*',
      withSoch: { fo: 0, sor: 50, soch: 50 },
      rounding: 'components',
    });
  });

  it('base alone keeps the preset name', () => {
    expect(resolveRuleset([['base', 'KZ-2020-MEKTEP']])).toMatchObject({
      name: 'KZ-2020-MEKTEP',
      rounding: 'mektep',
    });
  });

  it('keys and choices are read case-insensitively and trimmed; numbers may be text with a decimal comma', () => {
    const r = resolveRuleset([
      [' SOR_MODE ', ' Mean '],
      ['W_FO', '22,5'],
      ['w_sor', '27.5'],
    ]);
    expect(r.sorMode).toBe('mean');
    expect(r.withSoch).toEqual({ fo: 22.5, sor: 27.5, soch: 50 });
  });

  it('blank rows and blank values are skipped (a settings block with gaps)', () => {
    const r = resolveRuleset([
      ['', ''],
      ['t5', ''],
      [null, null],
      ['sor_mode', 'mean'],
    ]);
    expect(r.thresholds.t5).toBe(85);
    expect(r.sorMode).toBe('mean');
  });

  it('rulesetPairs round-trips through resolveRuleset', () => {
    const r = resolveRuleset([
      ['base', 'KZ-2016'],
      ['sor_mode', 'mean'],
      ['t5', 90],
      ['lang', 'en'],
    ]);
    const again = resolveRuleset(rulesetPairs(r, 'KZ-2016'));
    expect({ ...again, name: '' }).toEqual({ ...r, name: '' });
  });

  it('every contract key is known', () => {
    expect([...RULE_KEYS].sort()).toEqual(
      [
        'base',
        'w_fo',
        'w_sor',
        'w_soch',
        'w_fo_nosoch',
        'w_sor_nosoch',
        'fo_max',
        'sor_mode',
        'rounding',
        't3',
        't4',
        't5',
        'lang',
        'held',
        'final',
      ].sort(),
    );
  });
});

describe('ruleset validation', () => {
  it.each([
    ['unknown base name', [['base', 'KZ-2017']], 'unknownRuleset'],
    ['unknown key', [['w_homework', 10]], 'unknownRuleKey'],
    [
      'duplicate key',
      [
        ['t5', 85],
        ['T5', 90],
      ],
      'duplicateRuleKey',
    ],
    ['one column', [['sor_mode'], ['rounding']], 'rulesShape'],
    ['three columns', [['sor_mode', 'mean', 'x']], 'rulesShape'],
    ['weights with СОЧ not summing to 100', [['w_fo', 30]], 'weightsSum'],
    ['weights without СОЧ not summing to 100', [['w_fo_nosoch', 40]], 'weightsSum'],
    [
      'a weight above 100',
      [
        ['w_fo', 150],
        ['w_soch', -75],
      ],
      'ruleNumber',
    ],
    ['a negative weight', [['w_fo', -5]], 'ruleNumber'],
    ['a weight that is text', [['w_sor', 'a quarter']], 'ruleNumber'],
    ['a boolean threshold', [['t3', true]], 'ruleNumber'],
    ['thresholds equal', [['t4', 40]], 'thresholdsOrder'],
    ['thresholds falling', [['t3', 70]], 'thresholdsOrder'],
    ['t5 below t4', [['t5', 60]], 'thresholdsOrder'],
    ['fo_max 0', [['fo_max', 0]], 'ruleNumber'],
    ['fo_max negative', [['fo_max', -10]], 'ruleNumber'],
    ['bad sor_mode', [['sor_mode', 'median']], 'ruleChoice'],
    ['bad rounding', [['rounding', 'bankers']], 'ruleChoice'],
    ['bad lang', [['lang', 'de']], 'ruleChoice'],
  ])('%s', (_, arg, code) => {
    expect(rejection(arg).code).toBe(code);
  });

  it('the weights message names the keys and the sum', () => {
    const p = rejection([['w_fo', 30]]);
    expect(p.args).toEqual(['w_fo + w_sor + w_soch', 105]);
  });

  it('the choice message lists the allowed values', () => {
    const p = rejection([['rounding', 'bankers']]);
    expect(p.args).toEqual(['rounding', 'bankers', 'total | components | mektep | none']);
  });

  it('a number range message names a range a teacher can read', () => {
    const p = rejection([['fo_max', 0]]);
    expect(p.code).toBe('ruleNumber');
    // e.g. not "from 5e-324": the bounds are plain numbers.
    expect(p.args.slice(2).join(' ')).toMatch(/^\d+ \d+$/);
  });
});
