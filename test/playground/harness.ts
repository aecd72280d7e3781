/**
 * The playground in-process on a free port, and helpers to drive its page in Debian's Chromium the
 * way a person does: open a menu, type into a cell, look into the sidebar. dist/ must be built
 * (`npm run build`, as `npm test` does); the page is built here. A missing browser or build fails
 * the test with a message saying what to do, never skips it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
import { startPlayground, type RunningPlayground } from '../../scripts/playground/server';
import { launchChromium } from '../browser/harness';

export const ROOT = join(__dirname, '..', '..');
let pageDir: string | undefined;

/**
 * Builds the page once per test file, into a folder of its own (test files run in parallel), with
 * the same build script `npm start` uses, in a child process.
 */
export function buildPage(): string {
  if (pageDir) return pageDir;
  const dir = mkdtempSync(join(tmpdir(), 'kb-playground-page-'));
  const script = join(ROOT, 'scripts', 'playground', 'build.mjs');
  execFileSync(process.execPath, [script, '--page-only', '--page-dir', dir], { stdio: 'pipe' });
  pageDir = dir;
  return dir;
}

// Registered in every test file that imports this harness: its page folder goes with it.
afterAll(() => {
  if (pageDir) rmSync(pageDir, { recursive: true, force: true });
  pageDir = undefined;
});

export async function startTestPlayground(options: { sample?: boolean } = {}): Promise<RunningPlayground> {
  return startPlayground({ port: 0, root: ROOT, pageDir: buildPage(), sample: options.sample });
}

/** What the page's GET /api/state returns, as the test reads it. */
export async function getJson<T>(running: RunningPlayground, path: string): Promise<T> {
  const res = await fetch(new URL(path, running.url));
  return (await res.json()) as T;
}

export async function postJson<T>(
  running: RunningPlayground,
  path: string,
  body: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(new URL(path, running.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

export interface PlaygroundPage {
  page: Page;
  /** Uncaught exceptions and console errors of the page and its sidebar. */
  errors: string[];
}

export async function openPage(browser: Browser, running: RunningPlayground): Promise<PlaygroundPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 820 }, locale: 'ru-RU' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // Only the playground itself: nothing else is fetched.
  await page.route('**/*', (route) =>
    route.request().url().startsWith(running.url) ? route.continue() : route.abort(),
  );
  await page.goto(running.url);
  await page.getByTestId('grid').waitFor();
  return { page, errors };
}

export { launchChromium };

export function cell(page: Page, a1: string): Locator {
  return page.getByTestId(`cell-${a1}`);
}

export function tab(page: Page, sheetName: string): Locator {
  return page.getByTestId(`tab-${sheetName}`);
}

/** Extensions → KB Sheets → the item with this caption. */
export async function openMenu(page: Page, label: string): Promise<void> {
  await page.getByTestId('menu-extensions').click();
  await page.getByTestId('menu-addon').hover();
  await page.getByRole('menuitem', { name: label, exact: true }).click();
}

/** The captions of the add-on menu, as the page lists them. */
export async function menuCaptions(page: Page): Promise<string[]> {
  await page.getByTestId('menu-extensions').click();
  await page.getByTestId('menu-addon').hover();
  const captions = await page.getByRole('menuitem').allTextContents();
  await page.keyboard.press('Escape');
  return captions;
}

/** The sidebar's frame once its document has loaded. */
export async function sidebar(page: Page): Promise<Frame> {
  const handle = await page.getByTestId('sidebar-frame').elementHandle({ timeout: 10000 });
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the sidebar iframe has no document');
  await frame.waitForLoadState('load');
  return frame;
}

/** Selects a cell and types into it, as a person does: click, type, Enter. */
export async function typeInto(page: Page, a1: string, text: string): Promise<void> {
  await cell(page, a1).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/**
 * Retries an assertion until it holds (the page polls its server, so what a person sees arrives a
 * moment later), then rethrows its last failure.
 */
export async function eventually(assertion: () => Promise<void> | void, timeoutMs = 10000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

export type { RunningPlayground };

/**
 * The lifecycle most playground tests share: one browser per file; per test a fresh sample school
 * and page, closed afterwards, with no error on the page.
 */
export function usePlaygroundPerTest(
  ready: (running: RunningPlayground, view: PlaygroundPage) => void,
): void {
  let browser: Browser | undefined;
  let running: RunningPlayground | undefined;
  let view: PlaygroundPage | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    running = await startTestPlayground();
    view = await openPage(browser!, running);
    ready(running, view);
  });
  afterEach(async () => {
    await view?.page.context().close();
    await running?.close();
    expect(view?.errors).toEqual([]);
  });
}
