/**
 * Runs dist/sidebar.html in Debian's Chromium with a stand-in for google.script.run: every call
 * is recorded and answered by the test's handler table (in Node, so a handler may wait on the
 * test). A missing browser or a missing build is an error, never a skipped test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Endpoints, Panel } from '../../src/shared/endpoints';
import { LISTS } from './fixtures';

export const CHROMIUM = '/usr/bin/chromium';
const SIDEBAR = join(__dirname, '../../dist/sidebar.html');
const ORIGIN = 'https://sidebar.test/';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install the Debian package "chromium" (apt-get install chromium). ` +
        'The sidebar browser tests cannot run without it.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function sidebarHtml(): string {
  if (!existsSync(SIDEBAR)) {
    throw new Error(`${SIDEBAR} is missing: run "node scripts/build-sidebar.mjs" before the browser tests.`);
  }
  return readFileSync(SIDEBAR, 'utf8');
}

type Awaitable<T> = T | Promise<T>;
export type Handlers = {
  [K in keyof Endpoints]?: (...args: Parameters<Endpoints[K]>) => Awaitable<ReturnType<Endpoints[K]>>;
};

export interface Call {
  name: string;
  args: unknown[];
}

export interface Sidebar {
  page: Page;
  /** Every google.script.run call, in the order made. */
  calls: Call[];
  callsTo(name: keyof Endpoints): unknown[][];
  /** alert/confirm/prompt dialogs opened by the page (an injected script would open one). */
  dialogs: string[];
  /** Uncaught exceptions and console errors of the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

// Mimics the client side of google.script.run: a fresh runner per with…Handler, any other
// property is a server function; results and errors arrive asynchronously. Errors come as
// Apps Script delivers them, with its "Exception: " prefix.
const STUB = `(() => {
  const runner = (ok, fail) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (f) => runner(f, fail);
      if (name === 'withFailureHandler') return (f) => runner(ok, f);
      if (name === 'withUserObject') return () => runner(ok, fail);
      return (...args) => {
        window.__kbServer(String(name), JSON.parse(JSON.stringify(args))).then((r) => {
          if (r.ok) ok && ok(r.value);
          else fail && fail(new Error('Exception: ' + r.message));
        });
      };
    },
  });
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
})();`;

/** What every stand-in answers unless a test says otherwise: the fixture's lists, one batch of its journals. */
const DEFAULT_HANDLERS: Handlers = {
  listJournals: () => LISTS.journals,
  listSheets: () => LISTS.sheets,
  journalBatches: () => [LISTS.journals.map((j) => j.sheetName)],
};

export async function openSidebar(browser: Browser, panel: Panel, handlers: Handlers): Promise<Sidebar> {
  const context = await browser.newContext({ viewport: { width: 300, height: 900 }, locale: 'ru-RU' });
  const page = await context.newPage();
  const calls: Call[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });

  await page.exposeFunction('__kbServer', async (name: string, args: unknown[]) => {
    calls.push({ name, args });
    const handler = (
      { ...DEFAULT_HANDLERS, ...handlers } as Record<string, ((...a: unknown[]) => unknown) | undefined>
    )[name];
    if (!handler) return { ok: false, message: `no test handler for ${name}` };
    try {
      return { ok: true, value: await handler(...args) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript(STUB);
  // Nothing leaves the page: the sidebar is served from memory, every other request fails.
  await page.route('**/*', (route) => route.abort());
  await page.route(ORIGIN, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: sidebarHtml().replace('__KB_PANEL__', panel),
    }),
  );
  await page.goto(ORIGIN);

  return {
    page,
    calls,
    callsTo: (name) => calls.filter((c) => c.name === name).map((c) => c.args),
    dialogs,
    pageErrors,
    close: () => context.close(),
  };
}

/** A promise the test resolves or rejects when it chooses (to hold a server call open). */
export function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: Error) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Waits for something the page does through the server stand-in (e.g. the n-th call). */
export async function until(condition: () => boolean, what: string, timeoutMs = 10000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
