/**
 * The report panels' texts (Analysis, Monitoring), kept with the feature; the report sheets' own
 * headings are the core's (src/core/reports/texts). The compiler checks each language has all.
 */
import { textTable } from '../../../src/core/i18n/table';

export interface ReportsUiText {
  analysisTitle: string;
  analysisIntro: string;
  monitoringTitle: string;
  monitoringIntro: string;
  mode: string;
  oneJournal: string;
  batch: string;
  journal: string;
  period: string;
  purpose: string;
  purposeHint: string;
  noJournals: string;
  scope: string;
  scopes: { quarter(n: number): string; half(n: number): string; year: string };
  buildAnalysis: string;
  buildMonitoring: string;
  cancel: string;
  progressLabel: string;
  progress(done: number, total: number): string;
  done(sheets: number): string;
  cancelled: string;
  open(sheet: string): string;
  failed(n: number): string;
}

const kk: ReportsUiText = {
  analysisTitle: 'БЖБ/ТЖБ талдауы',
  analysisIntro:
    'Ресми талдау формасы журналдың бағаларынан құрылады. Мұғалім жазған мәтін қайта құрғанда сақталады.',
  monitoringTitle: 'Үлгерім мониторингі',
  monitoringIntro: 'Кестенің барлық журналдары бойынша сынып × пән кестесі, қорытындылар және диаграммалар.',
  mode: 'Не құру керек',
  oneJournal: 'Бір журнал',
  batch: 'Кезеңнің барлық журналдары',
  journal: 'Журнал',
  period: 'Кезең',
  purpose: 'Мақсаты (міндетті емес)',
  purposeHint: 'Бос болса, алдыңғы талдаудағы мақсат сақталады.',
  noJournals: 'Бұл кестеде KB Sheets журналдары әлі жоқ.',
  scope: 'Кезең',
  scopes: { quarter: (n) => `${n} тоқсан`, half: (n) => `${n} жартыжылдық`, year: 'Оқу жылы' },
  buildAnalysis: 'Талдау құру',
  buildMonitoring: 'Мониторинг құру',
  cancel: 'Тоқтату',
  progressLabel: 'Есеп құрылуда',
  progress: (done, total) => `${total} журналдың ${done} дайын`,
  done: (sheets) => `Дайын: ${sheets} парақ.`,
  cancelled: 'Тоқтатылды: ештеңе жазылмады немесе тек дайын парақтар жазылды.',
  open: (sheet) => `«${sheet}» парағын ашу`,
  failed: (n) => `${n} журналды оқу мүмкін болмады:`,
};

const ru: ReportsUiText = {
  analysisTitle: 'Анализ СОР/СОЧ',
  analysisIntro:
    'Официальная форма анализа строится по баллам журнала. Текст, который написал учитель, при повторном построении сохраняется.',
  monitoringTitle: 'Мониторинг успеваемости',
  monitoringIntro: 'Таблица класс × предмет по всем журналам таблицы, итоги и диаграммы.',
  mode: 'Что построить',
  oneJournal: 'Один журнал',
  batch: 'Все журналы периода',
  journal: 'Журнал',
  period: 'Период',
  purpose: 'Цель (необязательно)',
  purposeHint: 'Если пусто, цель из прошлого анализа сохраняется.',
  noJournals: 'В этой таблице ещё нет журналов KB Sheets.',
  scope: 'Период',
  scopes: { quarter: (n) => `${n} четверть`, half: (n) => `${n} полугодие`, year: 'Учебный год' },
  buildAnalysis: 'Построить анализ',
  buildMonitoring: 'Построить мониторинг',
  cancel: 'Отменить',
  progressLabel: 'Строится отчёт',
  progress: (done, total) => `Готово ${done} из ${total} журналов`,
  done: (sheets) => `Готово: листов — ${sheets}.`,
  cancelled: 'Отменено: записаны только уже готовые листы.',
  open: (sheet) => `Открыть лист «${sheet}»`,
  failed: (n) => `Не удалось прочитать журналов: ${n}.`,
};

const en: ReportsUiText = {
  analysisTitle: 'SAU/SAT analysis',
  analysisIntro:
    'The official analysis form, built from the journal’s scores. Text the teacher wrote is kept when it is rebuilt.',
  monitoringTitle: 'Monitoring report',
  monitoringIntro: 'A class × subject table over every journal of the spreadsheet, with totals and charts.',
  mode: 'What to build',
  oneJournal: 'One journal',
  batch: 'All journals of a period',
  journal: 'Journal',
  period: 'Period',
  purpose: 'Purpose (optional)',
  purposeHint: 'Leave empty to keep the purpose of the previous analysis.',
  noJournals: 'This spreadsheet has no KB Sheets journals yet.',
  scope: 'Period',
  scopes: { quarter: (n) => `Quarter ${n}`, half: (n) => `Half-year ${n}`, year: 'School year' },
  buildAnalysis: 'Build the analysis',
  buildMonitoring: 'Build the monitoring',
  cancel: 'Cancel',
  progressLabel: 'Building the report',
  progress: (done, total) => `${done} of ${total} journals done`,
  done: (sheets) => `Done: ${sheets} sheet(s).`,
  cancelled: 'Cancelled: only the sheets already finished were written.',
  open: (sheet) => `Open the sheet «${sheet}»`,
  failed: (n) => `Journals that could not be read: ${n}.`,
};

export const REPORTS_UI = textTable<ReportsUiText>({ kk, ru, en });
