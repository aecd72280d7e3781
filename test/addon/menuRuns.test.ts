/**
 * The reports and Check journals from a menu item, without the sidebar: one execution each, the
 * progress and outcome as toasts in the Settings language, and for a 300-journal school well inside
 * Apps Script's 6-minute limit by the cost model.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { TEXTS } from '../../src/core/texts';
import { analysesFromMenu, checkFromMenu, monitoringFromMenu } from '../../src/gas/app/menuRuns';
import { context } from '../../src/gas/context';
import { OWN_KEY } from '../../src/gas/ownSheets';
import { createFakeServices } from '../fakes';
import { fromMenu, school } from '../cost/operations';

const ownTags = (s: ReturnType<typeof school>) =>
  s.services.calls.paused(() =>
    s.services.spreadsheet.getSheets().flatMap((sh) =>
      sh
        .getDeveloperMetadata()
        .filter((m) => m.getKey() === OWN_KEY)
        .map((m) => m.getValue()),
    ),
  );

describe('runs from the menu, without the sidebar', () => {
  it('monitoring of the latest period: the report written, progress and outcome as toasts', () => {
    const s = school(3, 4);
    monitoringFromMenu(context(s.services));
    expect(ownTags(s)).toEqual(['monitoring:q2']);
    const toasts = s.services.ui.toasts.map((t) => t.message);
    const t = TEXTS.ru.runs;
    expect(toasts[0]).toBe(t.reading(3, 3));
    expect(toasts[toasts.length - 1]).toBe(t.monitoringDone('Мониторинг · 2 четверть', 0));
  });

  it('analyses of the latest period, in Kazakh when Settings say so', () => {
    const s = school(2, 4);
    s.api.saveSettings({ ...DEFAULT_SETTINGS, lang: 'kk' });
    analysesFromMenu(context(s.services), new Date(2026, 11, 7));
    expect(ownTags(s)).toHaveLength(2);
    expect(ownTags(s).every((tag) => tag?.startsWith('analysis:'))).toBe(true);
    expect(s.services.ui.toasts.at(-1)?.message).toBe(TEXTS.kk.runs.analysesDone(2, 0));
  });

  it('Check journals as a summary; an empty file says so', () => {
    const s = school(2, 4);
    checkFromMenu(context(s.services));
    const last = s.services.ui.toasts.at(-1)?.message ?? '';
    expect(last).toMatch(/^Проверено журналов: 2; замечаний: \d+\./);
    const empty = createFakeServices();
    checkFromMenu(context(empty));
    expect(empty.ui.toasts.map((t) => t.message)).toEqual([TEXTS.ru.runs.noJournals]);
  });

  it('a 300-journal school: the monitoring and Check journals each fit one execution of 6 minutes', () => {
    const s = school(300, 30);
    for (const run of [monitoringFromMenu, checkFromMenu])
      expect(fromMenu(s, run).pessimistic).toBeLessThan(6 * 60_000);
  });
});
