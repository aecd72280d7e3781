import { EXAM_JOURNAL_KEY, type ExamJournalForm } from '../../src/core/journal/examJournal';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { addon } from './fixture';

// The annual journal of an exam subject: created from the New journal panel, computed by the
// sheet's own KB_ANNUAL, KB_EXAM and KB_FINAL formulas, read by the year's monitoring.

const FORM: ExamJournalForm = {
  className: '7А',
  subject: 'Қазақ тілі',
  teacher: 'Сейткали А. Б.',
  periodKind: 'quarter',
  exam: 'KZ-KAZLANG',
  pupils: ['Әлия Нұрланқызы', 'Ержан Серікұлы', 'Дана Маратқызы', '=HYPERLINK("x")'],
  headerLang: 'kk',
};

/** Marks of four quarters and an exam score per pupil, typed as a teacher would. */
const QUARTERS = [
  [5, 5, 4, 5],
  [4, 3, 4, 4],
  [3, 4, 'н/а', 4],
  [4, 4, 4, 5],
];
const SCORES = [[27], [11], ['н'], [19]];

function created(lang: 'kk' | 'ru' = 'kk') {
  const { services, api } = addon();
  const { sheetName } = api.createExamJournal({ ...FORM, headerLang: lang });
  const sheet = services.spreadsheet.getSheetByName(sheetName)!;
  sheet.getRange('C4:F7').setValues(QUARTERS);
  sheet.getRange('H4:H7').setValues(SCORES);
  return { services, api, sheet, sheetName };
}

describe('the annual journal of an exam subject', () => {
  it('has the quarters, the annual mark, the exam score and mark and the final mark, in Kazakh', () => {
    const { sheet, sheetName } = created();
    expect(sheetName).toBe('7А Қазақ тілі · жыл және емтихан');
    expect(sheet.getRange('A3:J3').getValues()[0]).toEqual([
      '№',
      'Оқушының аты-жөні',
      '1-тоқсан',
      '2-тоқсан',
      '3-тоқсан',
      '4-тоқсан',
      'Жылдық',
      'Емтихан, балл (30-нан)',
      'Емтихан, баға',
      'Қорытынды',
    ]);
    expect(sheet.getRange('G4:J4').getFormulas()[0]).toEqual([
      '=KB_ANNUAL(C4:F7,KB_RULES)',
      '',
      '=KB_EXAM(H4:H7,"KZ-KAZLANG",KB_RULES)',
      '=KB_FINAL(G4:G7,I4:I7,KB_RULES)',
    ]);
    // A name that looks like a formula stays text.
    expect(sheet.getRange('B7').getValues()[0][0]).toBe('=HYPERLINK("x")');
    expect(sheet.getRange('B7').getFormulas()[0][0]).toBe('');
  });

  it('the sheet computes the annual and exam marks; the final mark waits for the school’s final rule', () => {
    const { sheet } = created();
    expect(sheet.getRange('G4:I7').getValues()).toEqual([
      [5, 27, 5],
      [4, 11, 2],
      ['н/а', 'н', 'н/а'],
      [4, 19, 4],
    ]);
    // No final rule set yet: the formula is an error that names the key to set.
    expect(String(sheet.getRange('J4').getValues()[0][0])).toMatch(/^#ERROR/);
  });

  it('with the final rule chosen in Settings, the final marks appear', () => {
    const { sheet, api } = created();
    api.saveSettings({
      ...DEFAULT_SETTINGS,
      lang: 'kk',
      rules: { base: 'KZ-2020', custom: { final: 'mean' } },
    });
    expect(sheet.getRange('J4:J7').getValues()).toEqual([[5], [3], ['н/а'], [4]]);
  });

  it('carries its record, and the year’s monitoring has an exam section', () => {
    const { services, api, sheet } = created('ru');
    const [md] = sheet.getDeveloperMetadata().filter((m) => m.getKey() === EXAM_JOURNAL_KEY);
    expect(JSON.parse(md.getValue()!)).toMatchObject({
      className: '7А',
      exam: 'KZ-KAZLANG',
      lastPupilRow: 7,
    });
    api.saveSettings({ ...DEFAULT_SETTINGS, rules: { base: 'KZ-2020', custom: { final: 'mean' } } });
    const { sheetName } = api.writeMonitoring({ scope: 'year', results: [] });
    const report = services.spreadsheet.getSheetByName(sheetName)!.getDataRange().getValues();
    const title = report.findIndex((r) => r[0] === 'Экзамены: результаты');
    expect(title).toBeGreaterThan(0);
    expect(report[title + 1].slice(0, 12)).toEqual([
      'Класс',
      'Предмет',
      'Сдавали',
      '«5»',
      '«4»',
      '«3»',
      '«2» (Пересдача)',
      'н/а',
      expect.any(String),
      expect.any(String),
      'Средний балл',
      'Средняя итоговая',
    ]);
    // Sat 3 (one missed): «5» 1, «4» 1, «2» 1; pass 2/3, quality 2/3; mean score 19; finals 5, 3, 4.
    expect(report[title + 2].slice(0, 12)).toEqual([
      '7А',
      'Қазақ тілі',
      3,
      1,
      1,
      0,
      1,
      1,
      (2 / 3) * 100,
      (2 / 3) * 100,
      19,
      4,
    ]);
  });

  it('a quarter monitoring has no exam section; a half-year subject has two periods', () => {
    const { services, api } = addon();
    const { sheetName } = api.createExamJournal({ ...FORM, periodKind: 'half', headerLang: 'ru' });
    const sheet = services.spreadsheet.getSheetByName(sheetName)!;
    expect(sheet.getRange('C3:H3').getValues()[0]).toEqual([
      '1 полугодие',
      '2 полугодие',
      'Годовая',
      'Экзамен, балл (из 30)',
      'Экзамен, оценка',
      'Итоговая',
    ]);
    const monitoring = api.writeMonitoring({ scope: 'q4', results: [] });
    const values = services.spreadsheet.getSheetByName(monitoring.sheetName)!.getDataRange().getValues();
    expect(values.flat()).not.toContain('Экзамены: результаты');
  });

  it('refuses a request the sidebar could not have sent', () => {
    const { api } = addon();
    expect(() => api.createExamJournal({ ...FORM, exam: 'KZ-ENT' })).toThrow(/exam/);
    expect(() => api.createExamJournal({ ...FORM, pupils: [] })).toThrow(/pupils/);
  });
});
