import { emptyJournalDraft, journalOfDraft } from '../../sidebar/forms/journalForm';
import { duplicateNames, parsePupils } from '../../sidebar/forms/numbers';

// The new-journal form's pupil list, as teachers paste it from a list, a document or a spreadsheet.

describe('a pasted pupil list', () => {
  it('drops the list’s own numbering, however it was written', () => {
    expect(
      parsePupils('1. Абдуллаев Тимур\n2\tБекова Айгерім\n3) Ким Олег\n 10 Әлиев Нұр\n11.Сейітов Ерлан'),
    ).toEqual(['Абдуллаев Тимур', 'Бекова Айгерім', 'Ким Олег', 'Әлиев Нұр', 'Сейітов Ерлан']);
  });

  it('keeps names as they are, blank lines out', () => {
    expect(parsePupils('  Иванова Анна \r\n\r\nО’Нил Мэри')).toEqual(['Иванова Анна', 'О’Нил Мэри']);
  });

  it('a name twice (spaces and case aside) is refused with the name, in the form', () => {
    expect(duplicateNames(['Ким Олег', 'Бекова Айгерім', 'ким  олег', 'Ли Анна'])).toEqual(['Ким Олег']);
    const draft = {
      ...emptyJournalDraft('ru'),
      className: '7А',
      subject: 'Алгебра',
      pupilsText: '1. Ким Олег\n2. Ким Олег',
    };
    expect(journalOfDraft(draft, undefined)).toEqual({
      errors: { pupilsText: { code: 'duplicatePupils', args: ['Ким Олег'] } },
    });
  });
});
