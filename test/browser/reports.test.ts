import type { Browser } from 'playwright-core';
import { REPORTS_UI } from '../../sidebar/features/reports/texts';
import { bootstrap } from './fixtures';
import { deferred, launchChromium, openSidebar, until } from './harness';

jest.setTimeout(60000);

const t = REPORTS_UI.ru;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('a report run', () => {
  test('before the plan is known it shows work under way, not «0 of 0»', async () => {
    const plan = deferred<string[][]>();
    const s = await openSidebar(browser, 'monitoring', {
      getBootstrap: (p) => bootstrap(p),
      journalBatches: () => plan.promise,
    });
    try {
      const { page } = s;
      await page.getByRole('button', { name: t.buildMonitoring, exact: true }).click();
      await until(() => s.callsTo('journalBatches').length === 1, 'journalBatches');
      const bar = page.getByRole('progressbar', { name: t.progressLabel });
      await expect(bar.isVisible()).resolves.toBe(true);
      await expect(bar.getAttribute('aria-valuenow')).resolves.toBeNull();
      await expect(page.getByText(t.progress(0, 0)).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: t.cancel, exact: true }).isVisible()).resolves.toBe(true);
    } finally {
      await s.close();
    }
  });
});
