import { explainPeriod } from '../../src/core/explain';
import { MESSAGES, type Lang } from '../../src/core/i18n';
import { kb } from '../gas/fixtures';
import { KZ2020, MEKTEP, period, pupil, rules } from './fixtures';

// KB_EXPLAIN: one line a teacher can check by hand, in the sheet's language.

const example = pupil([9, 8, 9, 8, 9], [33], [40], 21, 25);
const NAMES: Record<Lang, [string, string, string]> = {
  ru: ['ФО', 'СОР', 'СОЧ'],
  kk: ['ҚБ', 'БЖБ', 'ТЖБ'],
  en: ['FA', 'SAU', 'SAT'],
};

describe('KB_EXPLAIN of the contract example', () => {
  it('ru, total rounding: the contract line, with the decimal comma Russian writes', () => {
    // The contract's example line shows dots; a Russian sheet shows 8,6 in its cells, so the
    // explanation beside them writes its numbers the same way.
    expect(explainPeriod(example, KZ2020, MESSAGES.ru)).toBe(
      'ФО 8,6/10 → 21,5 + СОР 33/40 → 20,63 + СОЧ 21/25 → 42 = 84,13 → 84% → 4',
    );
    expect(kb().KB_EXPLAIN([[9, 8, 9, 8, 9]], [[33]], [[40]], 21, 25)).toEqual([
      ['ФО 8,6/10 → 21,5 + СОР 33/40 → 20,63 + СОЧ 21/25 → 42 = 84,13 → 84% → 4'],
    ]);
    expect(explainPeriod(example, KZ2020, MESSAGES.en)).toBe(
      'FA 8.6/10 → 21.5 + SAU 33/40 → 20.63 + SAT 21/25 → 42 = 84.13 → 84% → 4',
    );
  });

  describe.each(['kk', 'ru', 'en'] as const)('%s', (lang) => {
    const [fo, sor, soch] = NAMES[lang];
    /** A number as the language writes it: 8.6 in English, 8,6 in Kazakh and Russian. */
    const d = (text: string) => (lang === 'en' ? text : text.replace(/(\d)\.(\d)/g, '$1,$2'));
    const endsWith = (text: string) => new RegExp(`${d(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const explain = (base: string, ...more: [string, unknown][]) =>
      String(
        kb().KB_EXPLAIN([[9, 8, 9, 8, 9]], [[33]], [[40]], 21, 25, [
          ['base', base],
          ['lang', lang],
          ...more,
        ])[0][0],
      );

    it('total: every component, P with decimals, P rounded once, the mark', () => {
      const line = explain('KZ-2020');
      expect(line).toContain(d(`${fo} 8.6/10 → 21.5`));
      expect(line).toContain(d(`${sor} 33/40 → 20.63`));
      expect(line).toContain(d(`${soch} 21/25 → 42`));
      expect(line).toMatch(endsWith('= 84.13 → 84% → 4'));
    });

    it('components: each part rounded (22, 21, 42), summed to 85 → 5', () => {
      const line = explain('KZ-2020', ['rounding', 'components']);
      expect(line).toContain(d(`${fo} 8.6/10 → 21.5 ≈ 22`));
      expect(line).toContain(d(`${sor} 33/40 → 20.63 ≈ 21`));
      expect(line).not.toContain('42 ≈');
      expect(line).toMatch(/= 85% → 5$/);
    });

    it('mektep: each part to tenths, then to a whole number (22, 21, 42), summed to 85 → 5', () => {
      const line = explain('KZ-2020-MEKTEP');
      expect(line).toContain(d(`${fo} 8.6/10 → 21.5 ≈ 22`));
      expect(line).toContain(d(`${sor} 33/40 → 20.63 ≈ 20.6 ≈ 21`));
      expect(line).toContain(d(`${soch} 21/25 → 42`));
      expect(line).not.toContain('42 ≈');
      expect(line).toMatch(/= 85% → 5$/);
    });

    it('none: P compared as is', () => {
      const line = explain('KZ-2020', ['rounding', 'none']);
      expect(line).toContain(d(`${fo} 8.6/10 → 21.5`));
      expect(line).not.toContain('≈');
      expect(line).toMatch(endsWith('= 84.13% → 4'));
    });

    it('a period without СОЧ has two terms', () => {
      const line = String(kb().KB_EXPLAIN([[8]], [[15]], [[20]], '', '', [['lang', lang]])[0][0]);
      expect(line).toBe(d(`${fo} 8/10 → 40 + ${sor} 15/20 → 37.5 = 77.5 → 78% → 4`));
    });

    it('mean СОР mode lists each work', () => {
      const line = String(
        kb().KB_EXPLAIN([[9]], [[5, 4]], [[5, 20]], 19, 20, [
          ['sor_mode', 'mean'],
          ['lang', lang],
        ])[0][0],
      );
      expect(line).toContain(d(`${sor} ${MESSAGES[lang].explainMean}(100%, 20%) = 60% → 15`));
      expect(line).toMatch(/= 85 → 85% → 5$/);
    });

    it('outcomes: н/а says why, exempt and invalid as in KB_QUARTER', () => {
      const m = MESSAGES[lang];
      const one = (soch: unknown) =>
        String(kb().KB_EXPLAIN([[8]], [[12]], [[15]], soch, 25, [['lang', lang]])[0][0]);
      expect(one('н')).toBe(`${m.na}: ${m.naSoch()}`);
      expect(one('осв')).toBe(m.exempt);
      expect(one(26)).toMatch(new RegExp(`^! ${soch}: 26 > `));
      expect(String(kb().KB_EXPLAIN([[8]], [['б']], [[15]], 20, 25, [['lang', lang]])[0][0])).toBe(
        `${m.na}: ${m.naSor()}`,
      );
    });
  });

  it('the explanation agrees with KB_PERCENT and KB_QUARTER for the mektep ruleset', () => {
    expect(period(example, MEKTEP)).toMatchObject({ percent: 85, mark: 5 });
    expect(explainPeriod(example, MEKTEP, MESSAGES.ru)).toMatch(/= 85% → 5$/);
    expect(explainPeriod(example, rules('KZ-2020', ['fo_max', 20]), MESSAGES.ru)).toContain(
      'ФО 8,6/20 → 10,75',
    );
  });

  it('KZ-2020-MEKTEP says what Mektep would show where its code leaves the rules', () => {
    // A missed СОР: left out here (12/15 → P 80 → 4); Mektep counts it 0 of 20 (12/35 → 8.6 → 9; 20 + 9 + 40 = 69 → 4).
    const missed = pupil([8], [12, 'б'], [15, 20], 20, 25);
    expect(explainPeriod(missed, MEKTEP, MESSAGES.ru)).toBe(
      'ФО 8/10 → 20 + СОР 12/15 → 20 + СОЧ 20/25 → 40 = 80% → 4 ' +
        '(в Mektep: 69% → 4 (пропущенный СОР там считается как 0 баллов))',
    );
    expect(explainPeriod(missed, MEKTEP, MESSAGES.kk)).toContain('Mektep-те: 69% → 4');
    // Every СОР missed: н/а here, a mark there.
    expect(explainPeriod(pupil([8], ['б'], [20], 20, 25), MEKTEP, MESSAGES.ru)).toBe(
      'н/а: не написан ни один СОР (в Mektep: 60% → 3 (пропущенный СОР там считается как 0 баллов))',
    );
    // A СОЧ of 0 is a score here; Mektep gives no mark.
    expect(explainPeriod(pupil([8], [12], [15], 0, 25), MEKTEP, MESSAGES.en)).toMatch(
      /→ 3 \(Mektep shows no mark: it does not mark a SAT of 0 points\)$/,
    );
    // Inside the rules, and under any other ruleset, no note.
    expect(explainPeriod(pupil([8], [12], [15], 20, 25), MEKTEP, MESSAGES.ru)).not.toContain('Mektep');
    expect(explainPeriod(missed, KZ2020, MESSAGES.ru)).not.toContain('Mektep');
  });

  it('an empty row explains nothing', () => {
    expect(explainPeriod(pupil([''], [''], [40], '', 25), KZ2020, MESSAGES.ru)).toBe('');
  });
});
