import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ENDPOINT_NAMES } from '../../scripts/playground/server/rpcNames';
import { MENU_HANDLERS } from '../../src/gas/menu';
import { callGlobal, CODE_JS, loadBundle, ROOT } from './loadBundle';

// Tier 3: the built dist/Code.js as Apps Script loads it (`npm run build` first).

const GLOBALS_JS = readFileSync(join(ROOT, 'src', 'gas', 'globals.js'), 'utf8');

interface Stub {
  name: string;
  params: string[];
  /** The JSDoc block right above the function, if any. */
  doc?: string;
}

/** Every top-level `function NAME(params)` of globals.js, with the JSDoc block right above it. */
function parseStubs(source: string): Stub[] {
  const stubs: Stub[] = [];
  for (const m of source.matchAll(/^function\s+([A-Za-z_$][\w$]*)\s*\(([^)]*)\)/gm)) {
    const before = source.slice(0, m.index).trimEnd();
    const doc = before.endsWith('*/') ? before.slice(before.lastIndexOf('/**')) : undefined;
    const params = m[2]
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    stubs.push({ name: m[1], params, ...(doc ? { doc } : {}) });
  }
  return stubs;
}

/** The lines of a JSDoc block without the comment markers. */
function docLines(doc: string): string[] {
  return doc
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, '').trim());
}

const STUBS = parseStubs(GLOBALS_JS);
const isCustomFunction = (s: Stub) => s.doc !== undefined && /@customfunction\b/.test(s.doc);
const CUSTOM = STUBS.filter(isCustomFunction);

/** One class of three pupils for each custom function, and the shape of what comes back. */
const THREE = 3;
const SAMPLES: Record<string, { args: unknown[]; shape: 'rows' | 'oneRow' | 'scalar'; cols?: number }> = {
  KB_QUARTER: {
    args: [
      [
        [9, 8],
        [5, 6],
        ['осв', ''],
      ],
      [[33], [10], ['']],
      [[40]],
      [[21], [10], ['']],
      25,
    ],
    shape: 'rows',
    cols: 1,
  },
  KB_PERCENT: {
    args: [
      [
        [9, 8],
        [5, 6],
        ['', ''],
      ],
      [[33], [10], [12]],
      [[40]],
      [[21], [10], ['н']],
      25,
    ],
    shape: 'rows',
    cols: 1,
  },
  KB_DETAIL: {
    args: [
      [
        [9, 8],
        [5, 6],
        [11, 8],
      ],
      [[33], [10], [12]],
      [[40]],
      [[21], [10], [3]],
      25,
    ],
    shape: 'rows',
    cols: 5,
  },
  KB_EXPLAIN: {
    args: [
      [
        [9, 8],
        [5, 6],
        [8, 8],
      ],
      [[33], [10], [12]],
      [[40]],
      '',
      '',
    ],
    shape: 'rows',
    cols: 1,
  },
  KB_NEED: {
    args: [
      [
        [9, 8],
        [5, 6],
        [8, 8],
      ],
      [[33], [10], [12]],
      [[40]],
      25,
      5,
    ],
    shape: 'rows',
    cols: 1,
  },
  KB_MARK: {
    args: [
      [
        [84.5, 39.5],
        [12, 'н/а'],
        [100, ''],
      ],
    ],
    shape: 'rows',
    cols: 2,
  },
  KB_LEVEL: {
    args: [
      [
        [17, 7],
        [8, 'н'],
        [20, 0],
      ],
      20,
    ],
    shape: 'rows',
    cols: 2,
  },
  KB_ANNUAL: {
    args: [
      [
        [4, 3, 4, 5],
        [4, 'н/а', 5, 5],
        [4, 5, '', ''],
      ],
    ],
    shape: 'rows',
    cols: 1,
  },
  KB_STATS: { args: [[[5], [4], ['н/а']]], shape: 'oneRow', cols: 10 },
  KB_QUALITY: { args: [[[5], [4], [3]]], shape: 'scalar' },
  KB_SUCCESS: { args: [[[5], [4], [2]]], shape: 'scalar' },
  KB_SOU: { args: [[[5], [4], ['осв']]], shape: 'scalar' },
  KB_EXAM: { args: [[[24], [11], ['н']], 'KZ-KAZLANG'], shape: 'rows', cols: 1 },
  KB_FINAL: {
    args: [[[4], [5], ['']], [[5], [3], ['']], [['final', 'mean']]],
    shape: 'rows',
    cols: 1,
  },
};

describe('globals.js stubs and the KB exports', () => {
  const scope = loadBundle();
  const kb = scope.KB as Record<string, unknown>;

  it('the stub parser finds the stubs (and the KB_ custom functions among them)', () => {
    expect(STUBS.length).toBeGreaterThanOrEqual(12);
    expect(CUSTOM.map((s) => s.name)).toContain('KB_QUARTER');
  });

  it('the built bundle ends with the current globals.js (not a stale build)', () => {
    expect(readFileSync(CODE_JS, 'utf8').trimEnd().endsWith(GLOBALS_JS.trimEnd())).toBe(true);
  });

  it('every stub has an export on KB, and every export a stub', () => {
    expect(new Set(STUBS.map((s) => s.name))).toEqual(new Set(Object.keys(kb)));
    expect(new Set(STUBS.map((s) => s.name)).size).toBe(STUBS.length); // no stub twice
  });

  it('the contract: the stubs are exactly the endpoints, the custom functions, the menu handlers and the triggers', () => {
    // ENDPOINT_NAMES is checked by the compiler against src/shared/endpoints.ts in both directions;
    // the server's dispatch and the sidebar's client are typed by the same interface.
    const expected = new Set([
      ...ENDPOINT_NAMES,
      ...CUSTOM.map((s) => s.name),
      ...Object.values(MENU_HANDLERS),
      'onOpen',
      'onInstall',
    ]);
    expect(new Set(STUBS.map((s) => s.name))).toEqual(expected);
  });

  it.each(STUBS.map((s) => [s.name, s] as const))(
    '%s is a top-level function of the bundle and a function exported on KB',
    (name) => {
      expect(typeof scope[name]).toBe('function');
      expect(typeof kb[name]).toBe('function');
    },
  );

  it.each(CUSTOM.map((s) => [s.name, s] as const))('%s: JSDoc for Sheets autocomplete', (_, stub) => {
    const lines = docLines(stub.doc!);
    const description = lines.find((l) => l !== '');
    expect(description).toBeDefined();
    expect(description!.startsWith('@')).toBe(false);
    const params = lines.filter((l) => l.startsWith('@param'));
    const names = params.map((l) => /^@param\s+(?:\{[^}]*\}\s+)?([\w$]+)/.exec(l)?.[1]);
    expect(names).toEqual(stub.params);
    for (const p of params) expect(p).toMatch(/^@param\s+(?:\{[^}]*\}\s+)?[\w$]+\s+\S/); // described
    expect(lines.some((l) => /^@return\s+\S/.test(l))).toBe(true);
  });

  it('stubs forward their arguments unchanged, and custom functions their result', () => {
    const fresh = loadBundle();
    const calls: Record<string, unknown[]> = {};
    const results: Record<string, object> = {};
    // Swap the bundle's KB for a recorder: the stubs look KB up when called.
    fresh.KB = Object.fromEntries(
      STUBS.map((s) => {
        results[s.name] = { result: s.name };
        return [
          s.name,
          (...args: unknown[]) => {
            calls[s.name] = args;
            return results[s.name];
          },
        ];
      }),
    );
    for (const stub of STUBS) {
      const args = stub.params.map((p) => ({ arg: p }));
      const out = callGlobal(fresh, stub.name, args);
      expect(calls[stub.name]).toHaveLength(args.length);
      calls[stub.name].forEach((a, i) => expect(a).toBe(args[i]));
      if (isCustomFunction(stub)) expect(out).toBe(results[stub.name]);
    }
  });
});

describe('loading the bundle touches no Apps Script service', () => {
  const SERVICES = [
    'SpreadsheetApp',
    'PropertiesService',
    'LockService',
    'HtmlService',
    'Session',
    'CacheService',
    'ScriptApp',
    'Utilities',
    'UrlFetchApp',
  ];

  /** A service stand-in that records every way code could touch it. */
  function recorder(name: string, log: string[]): unknown {
    const note = (what: string) => () => {
      log.push(`${name}: ${what}`);
      return undefined;
    };
    return new Proxy(function service() {}, {
      get: (_t, key) => note(`get ${String(key)}`)(),
      has: (_t, key) => (note(`has ${String(key)}`)(), false),
      set: (_t, key) => (note(`set ${String(key)}`)(), true),
      apply: note('call'),
      construct: () => (note('new')(), {}),
      ownKeys: () => (note('ownKeys')(), ['prototype']),
      getOwnPropertyDescriptor: (t, key) => (
        note(`describe ${String(key)}`)(),
        Reflect.getOwnPropertyDescriptor(t, key)
      ),
      defineProperty: (_t, key) => (note(`define ${String(key)}`)(), true),
      deleteProperty: (_t, key) => (note(`delete ${String(key)}`)(), true),
      getPrototypeOf: (t) => (note('getPrototypeOf')(), Reflect.getPrototypeOf(t)),
      setPrototypeOf: () => (note('setPrototypeOf')(), true),
    });
  }

  it('the recorders notice an access (so the check below can fail)', () => {
    const log: string[] = [];
    const s = recorder('SpreadsheetApp', log) as { getActiveSpreadsheet: unknown };
    void s.getActiveSpreadsheet;
    expect(log).toEqual(['SpreadsheetApp: get getActiveSpreadsheet']);
  });

  it('no service is touched while the bundle loads', () => {
    const log: string[] = [];
    const scope = loadBundle(Object.fromEntries(SERVICES.map((s) => [s, recorder(s, log)])));
    expect(typeof scope.KB_QUARTER).toBe('function');
    expect(log).toEqual([]);
  });

  it('custom functions reach no service but the spreadsheet locale', () => {
    const log: string[] = [];
    const services = Object.fromEntries(SERVICES.map((s) => [s, recorder(s, log)]));
    const locale = { getSpreadsheetLocale: () => 'kk_KZ' };
    services.SpreadsheetApp = { getActiveSpreadsheet: () => locale };
    const scope = loadBundle(services);
    for (const [name, { args }] of Object.entries(SAMPLES)) callGlobal(scope, name, structuredClone(args));
    expect(log).toEqual([]);
    // The locale does reach the functions through the bundle: Kazakh outcomes.
    expect(callGlobal(scope, 'KB_QUARTER', [[[8]], [[12]], [[20]], 'осв', 25])).toEqual([['бос']]);
  });
});

describe('custom functions over 2-D arrays in the bundle', () => {
  const scope = loadBundle();

  it('every @customfunction stub has a sample here', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(CUSTOM.map((s) => s.name).sort());
  });

  it.each(Object.entries(SAMPLES))('%s', (name, sample) => {
    const out = callGlobal(scope, name, structuredClone(sample.args));
    if (sample.shape === 'scalar') {
      expect(typeof out).toBe('number');
      return;
    }
    expect(Array.isArray(out)).toBe(true);
    const rows = out as unknown[][];
    expect(rows).toHaveLength(sample.shape === 'rows' ? THREE : 1);
    for (const row of rows) {
      expect(Array.isArray(row)).toBe(true);
      expect(row).toHaveLength(sample.cols!);
      for (const cell of row) expect(['number', 'string']).toContain(typeof cell);
    }
  });
});

describe('what clasp pushes', () => {
  it('dist/Code.js stays under 300 KB (loaded for every custom-function call; npm run bench prints its cold start)', () => {
    expect(statSync(CODE_JS).size).toBeLessThan(300 * 1024);
  });

  it('dist/appsscript.json: least-privilege scopes, V8, Almaty time', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'appsscript.json'), 'utf8'));
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Almaty');
  });
});
