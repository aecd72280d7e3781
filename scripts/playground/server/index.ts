/**
 * The playground's HTTP server (node:http, JSON, 127.0.0.1 only):
 *   GET  /               the page (opening it runs onOpen, as opening the file does)
 *   GET  /app.js, /app.css  the page's bundle
 *   GET  /sidebar?id=N   the sidebar the add-on showed, with google.script.run wired to /rpc
 *   GET  /api/state?since=V   {unchanged:true} or the state to draw
 *   GET  /api/calls      the service-call log
 *   POST /api/edit {sheet,row,col,input}   POST /api/activate {sheet}   POST /api/select {sheet,row,col}
 *   POST /api/menu {functionName}          POST /rpc/:name {args:[...]} → {ok,value} | {ok:false,message}
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { HttpError, isRecord, readJson, sendJson, sendText } from './http';
import { Playground } from './session';
import { withScriptRun } from './sidebarHtml';

export interface StartOptions {
  /** 0 picks a free port. */
  port: number;
  /** The repository (dist/ is read from here); default the working directory. */
  root?: string;
  /** The built page (index.html, app.js, app.css); default node_modules/.cache/kb-playground/page. */
  pageDir?: string;
  /** Seed the sample school (default true). */
  sample?: boolean;
}

export interface RunningPlayground {
  url: string;
  port: number;
  playground: Playground;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

export async function startPlayground(options: StartOptions): Promise<RunningPlayground> {
  const root = options.root ?? process.cwd();
  const pageDir = options.pageDir ?? join(root, 'node_modules', '.cache', 'kb-playground', 'page');
  const codePath = join(root, 'dist', 'Code.js');
  if (!existsSync(codePath)) throw new Error(`${codePath} is missing: run "npm run build" first.`);
  if (!existsSync(join(pageDir, 'app.js'))) {
    throw new Error(`${pageDir}/app.js is missing: run "node scripts/playground/build.mjs" first.`);
  }
  const sidebarPath = join(root, 'dist', 'sidebar.html');
  const sidebarHtml = existsSync(sidebarPath) ? readFileSync(sidebarPath, 'utf8') : undefined;
  if (sidebarHtml === undefined)
    console.warn(`${sidebarPath} is missing: the add-on's sidebars will fail to open.`);

  const playground = new Playground({
    code: readFileSync(codePath, 'utf8'),
    sidebarHtml,
    sample: options.sample,
  });
  const page = {
    '/': ['text/html; charset=utf-8', readFileSync(join(pageDir, 'index.html'))],
    '/app.js': ['text/javascript; charset=utf-8', readFileSync(join(pageDir, 'app.js'))],
    '/app.css': ['text/css; charset=utf-8', readFileSync(join(pageDir, 'app.css'))],
  } as Record<string, [string, Buffer]>;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) sendJson(res, status, { ok: false, message });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    checkHost(req);
    if (req.method === 'GET') {
      const asset = page[url.pathname];
      if (url.pathname === '/') {
        // Loading the page is opening the file: the menu is rebuilt, in the language saved since.
        const opened = playground.open();
        if (!opened.ok) console.warn(`onOpen failed: ${opened.message}`);
      }
      if (asset) return sendText(res, 200, asset[0], asset[1]);
      if (url.pathname === '/sidebar') return sendSidebar(res, url);
      if (url.pathname === '/api/state') {
        const since = url.searchParams.get('since');
        return sendJson(res, 200, playground.state(since === null ? undefined : Number(since)));
      }
      if (url.pathname === '/api/calls') return sendJson(res, 200, playground.callLog());
      throw new HttpError(404, `not found: ${url.pathname}`);
    }
    if (req.method !== 'POST') throw new HttpError(405, 'method not allowed');
    // JSON only: a form on another site cannot post here without a CORS preflight we never grant.
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new HttpError(415, 'expected application/json');
    }
    const body = await readJson(req);
    if (!isRecord(body)) throw new HttpError(400, 'expected a JSON object');
    const rpc = /^\/rpc\/([A-Za-z_$][\w$]*)$/.exec(url.pathname);
    if (rpc) {
      const args = body.args ?? [];
      if (!Array.isArray(args)) throw new HttpError(400, 'args must be an array');
      return sendJson(res, 200, playground.rpc(rpc[1], args));
    }
    switch (url.pathname) {
      case '/api/edit':
        return sendJson(
          res,
          200,
          playground.edit(str(body.sheet), int(body.row), int(body.col), str(body.input)),
        );
      case '/api/activate':
        return sendJson(res, 200, playground.activate(str(body.sheet)));
      case '/api/select':
        return sendJson(res, 200, playground.select(str(body.sheet), int(body.row), int(body.col)));
      case '/api/menu':
        return sendJson(res, 200, playground.menu(str(body.functionName)));
      default:
        throw new HttpError(404, `not found: ${url.pathname}`);
    }
  }

  function sendSidebar(res: ServerResponse, url: URL): void {
    const { sidebars } = playground.services.ui;
    const id = Number(url.searchParams.get('id') ?? sidebars.length);
    const shown =
      sidebars[(Number.isInteger(id) && id >= 1 && id <= sidebars.length ? id : sidebars.length) - 1];
    if (!shown) throw new HttpError(404, 'no sidebar has been shown yet');
    sendText(res, 200, 'text/html; charset=utf-8', withScriptRun(shown.content));
  }

  /** Only this machine's names: a page on another site cannot reach us by DNS rebinding. */
  function checkHost(req: IncomingMessage): void {
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
    if (host !== HOST && host !== 'localhost') throw new HttpError(403, 'forbidden host');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${port}/`,
    port,
    playground,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function str(value: unknown): string {
  if (typeof value !== 'string') throw new HttpError(400, 'expected a string');
  return value;
}

function int(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new HttpError(400, 'expected a positive integer');
  return value;
}
