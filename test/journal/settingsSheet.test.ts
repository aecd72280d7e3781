import { settingsSheetLayout, validateSettings } from '../../src/core/journal/settingsSheet';
import { PRESETS, resolveRuleset } from '../../src/core/ruleset';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { parseRange } from './fixtures';

const SCHOOL: Settings = {
  lang: 'kk',
  rules: { base: 'KZ-2020', custom: { t5: 86, sor_mode: 'mean' } },
  schoolName: '№ 12 мектеп-гимназия',
  schoolYear: '2026-2027',
  minFoMarks: 4,
};

describe('settingsSheetLayout', () => {
  test('labels, values and the ruleset block KB_RULES points at', () => {
    const l = settingsSheetLayout(SCHOOL, 'ru');
    expect(l.values.slice(0, 8)).toEqual([
      ['KB Sheets — настройки', ''],
      ['', ''],
      ['Школа', '№ 12 мектеп-гимназия'],
      ['Учебный год', "'2026-2027"],
      ['Язык (kk, ru, en)', 'kk'],
      ['Проверка: минимум оценок ФО', 4],
      ['', ''],
      ['Правила оценивания (KB_RULES)', 'ключ | значение; после изменения все журналы пересчитаются'],
    ]);
    expect(l.rulesA1).toBe('A9:B23');
    const block = parseRange(l.rulesA1);
    const rows = l.values.slice(block.row - 1, block.lastRow);
    expect(rows).toHaveLength(15);
    expect(rows[0]).toEqual(['base', 'KZ-2020']);
    expect(rows).toContainEqual(['t5', 86]);
    expect(rows).toContainEqual(['sor_mode', 'mean']);
    expect(rows).toContainEqual(['lang', 'kk']);
    // Generated journals show running marks mid-period (contract v2, `held`); no final rule yet.
    expect(rows).toContainEqual(['held', 'class']);
    expect(rows).toContainEqual(['final', '']);
    // What every journal's KB_DETAIL reads through KB_RULES.
    expect(resolveRuleset(rows)).toMatchObject({
      thresholds: { t3: 40, t4: 65, t5: 86 },
      sorMode: 'mean',
      lang: 'kk',
    });
  });

  test('a plain preset gives the preset back, with the add-on language', () => {
    const l = settingsSheetLayout({ ...DEFAULT_SETTINGS, rules: { base: 'KZ-2016' } }, 'en');
    const block = parseRange(l.rulesA1);
    const r = resolveRuleset(l.values.slice(block.row - 1, block.lastRow));
    expect(r).toEqual({ ...PRESETS['KZ-2016'], name: 'KZ-2016*', lang: 'ru', held: 'class' });
    expect(l.values[0][0]).toBe('KB Sheets — settings');
  });
});

describe('validateSettings', () => {
  test('valid settings come back tidied', () => {
    expect(
      validateSettings(
        { ...SCHOOL, schoolName: '  Школа  № 5 ', schoolYear: ' 2026 / 2027 ', rules: { base: 'kz-2020' } },
        'ru',
      ),
    ).toEqual({
      ok: true,
      settings: { ...SCHOOL, schoolName: 'Школа № 5', schoolYear: '2026-2027', rules: { base: 'KZ-2020' } },
    });
  });

  test('every wrong field, with its path', () => {
    const r = validateSettings(
      {
        lang: 'de',
        rules: { base: 'KZ-2017', custom: { w_fo: '25', colour: 1 } },
        schoolName: 5,
        schoolYear: '2026',
        minFoMarks: 2.5,
        extra: true,
      },
      'ru',
    );
    expect(r).toEqual({
      ok: false,
      errors: [
        'extra: неизвестное поле',
        'lang: "de" — допустимо: kk, ru, en',
        'schoolName: ожидается текст, а здесь 5',
        'schoolYear: «2026» — укажите учебный год в виде 2026-2027',
        'minFoMarks: 2.5 — нужно целое число от 0 до 60',
        'rules.base: "KZ-2017" — допустимо: KZ-2020, KZ-2016, KZ-2020-MEKTEP',
        'rules.custom.colour: неизвестное поле',
        'rules.custom.w_fo: ожидается число, а здесь "25"',
      ],
    });
  });

  test('custom rules are checked by resolveRuleset, its message in the requested language', () => {
    const r = validateSettings({ ...SCHOOL, rules: { base: 'KZ-2020', custom: { t3: 70 } } }, 'en');
    expect(r).toEqual({ ok: false, errors: ['rules: thresholds must rise: t3 < t4 < t5 (now 70, 65, 85)'] });
    const kk = validateSettings(
      { ...SCHOOL, rules: { base: 'KZ-2020', custom: { rounding: 'bankers' } } },
      'kk',
    );
    expect(kk.ok).toBe(false);
  });

  test('the final-mark rule and the mektep rounding are ruleset keys like the others', () => {
    const r = validateSettings(
      { ...SCHOOL, rules: { base: 'KZ-2020', custom: { final: 'exam', rounding: 'mektep' } } },
      'ru',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const l = settingsSheetLayout(r.settings, 'ru');
    const block = parseRange(l.rulesA1);
    expect(resolveRuleset(l.values.slice(block.row - 1, block.lastRow))).toMatchObject({
      final: 'exam',
      rounding: 'mektep',
      held: 'class',
    });
    const bad = validateSettings({ ...SCHOOL, rules: { base: 'KZ-2020', custom: { final: 'max' } } }, 'en');
    expect(bad).toEqual({ ok: false, errors: ['rules: final: "max" must be one of mean | exam | annual'] });
  });

  test('missing fields, not an object, an unknown language asked for', () => {
    expect(validateSettings({}, 'en')).toEqual({
      ok: false,
      errors: [
        'lang: missing',
        'rules: missing',
        'schoolName: missing',
        'schoolYear: missing',
        'minFoMarks: missing',
      ],
    });
    expect(validateSettings(null, 'de' as never)).toEqual({
      ok: false,
      errors: ['ожидается объект {…}, а здесь null'],
    });
  });
});
