import { rosterSheets } from '../../sidebar/forms/rosterSheets';

const journal = (sheetName: string) => ({
  sheetName,
  className: '',
  subject: '',
  teacher: '',
  periodKind: 'quarter' as const,
  period: 1,
  marks: true,
});

describe('the roster drop-downs', () => {
  it('leave the journals out, put the sheets named like a roster first and preselect the only one', () => {
    const data = {
      sheets: ['Мониторинг · 2 четверть', '7А Алгебра 2ч', 'Список классов', 'Заметки'],
      journals: [journal('7А Алгебра 2ч')],
    };
    expect(rosterSheets(data)).toEqual({
      sheets: ['Список классов', 'Мониторинг · 2 четверть', 'Заметки'],
      likely: 'Список классов',
    });
  });

  it('preselect nothing when two sheets look like rosters, or none does', () => {
    expect(
      rosterSheets({ sheets: ['Оқушылар тізімі', 'Ученики 2025'], journals: [] }).likely,
    ).toBeUndefined();
    expect(rosterSheets({ sheets: ['Лист1'], journals: [] })).toEqual({ sheets: ['Лист1'] });
  });
});
