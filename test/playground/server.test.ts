/** The playground's HTTP API: state, edits recalculated by the real bundle, menu, sidebar, RPC. */
import { request } from 'node:http';
import type { PlaygroundState, RpcResponse, StateResponse } from '../../scripts/playground/shared/state';
import { SAMPLE_SETTINGS } from '../../scripts/playground/server/sampleSchool';
import type { Bootstrap, JournalSummary } from '../../src/shared/endpoints';
import { cellA1 } from '../fakes/a1';
import { getJson, postJson, startTestPlayground, type RunningPlayground } from './harness';
import { FIRST_PUPIL_ROW, journalColumns, kz2020Mark, MAX_ROW, numericInputs, valueAt } from './journal';

let running: RunningPlayground;

beforeAll(async () => {
  running = await startTestPlayground();
}, 60000);

afterAll(async () => {
  await running?.close();
});

const state = () => getJson<StateResponse>(running, '/api/state') as Promise<PlaygroundState>;

function displayAt(s: PlaygroundState, row: number, col: number): string {
  return s.sheet.cells.find((c) => c.row === row && c.col === col)?.display ?? '';
}

describe('GET /api/state', () => {
  it('describes the sample school with the active journal drawn in full', async () => {
    const s = await state();
    const names = s.tabs.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Список классов']));
    // The six journals (the sample's score grid «5А Математика 2ч · СОР 2» is not one).
    expect(names.filter((n) => /^(1А|5А|7Б|9В) /.test(n) && !n.includes(' · '))).toHaveLength(6);
    expect(names).toContain(s.sheet.name);
    expect(s.sheet.cells.some((c) => c.formula?.startsWith('=KB_'))).toBe(true);
  });

  it('answers {unchanged} while nothing changed, and a new version after a change', async () => {
    const s = await state();
    expect(await getJson(running, `/api/state?since=${s.version}`)).toEqual({
      unchanged: true,
      version: s.version,
    });
    await postJson(running, '/api/activate', { sheet: 'Список классов' });
    const after = await getJson<StateResponse>(running, `/api/state?since=${s.version}`);
    expect(after.unchanged).toBeFalsy();
    expect((after as PlaygroundState).sheet.name).toBe('Список классов');
    await postJson(running, '/api/activate', { sheet: s.sheet.name });
  });
});

describe('POST /api/edit', () => {
  it('recalculates the journal mark with the bundle’s own KB_DETAIL', async () => {
    const sheet = '5А Математика 2ч';
    await postJson(running, '/api/activate', { sheet });
    const cols = journalColumns(running.playground.services, sheet);
    if (!cols.soch || !cols.mark) throw new Error('5А Математика has a СОЧ and marks');
    const row = findNumericRow(sheet);
    const max = valueAt(running.playground.services, sheet, MAX_ROW, cols.soch);
    for (const score of ['0', String(max)]) {
      const answer = await postJson<RpcResponse>(running, '/api/edit', {
        sheet,
        row,
        col: cols.soch,
        input: score,
      });
      expect(answer.body.ok).toBe(true);
      const inputs = numericInputs(running.playground.services, sheet, row, cols);
      expect(inputs?.soch).toBe(Number(score));
      expect(displayAt(await state(), row, cols.mark)).toBe(String(kz2020Mark(inputs!)));
    }
  });

  it('computes KB_EXAM and KB_FINAL typed in a sheet, in Russian and in Kazakh', async () => {
    const sheet = '5А Математика 2ч';
    await postJson(running, '/api/activate', { sheet });
    const type = async (row: number, col: number, input: string) =>
      expect((await postJson<RpcResponse>(running, '/api/edit', { sheet, row, col, input })).body.ok).toBe(
        true,
      );
    // A rules block of the teacher's own, far below the journal: the final rule and the language.
    await type(900, 1, 'final');
    await type(900, 2, 'mean');
    await type(901, 1, 'lang');
    await type(901, 2, 'ru');
    // Typed as in a ru_RU file: `;` between arguments.
    await type(902, 1, '=KB_EXAM(24;"KZ-KAZLANG")');
    await type(902, 2, '=KB_EXAM(31;;A900:B901)');
    await type(902, 3, '=KB_FINAL(4;5;A900:B901)');
    await type(902, 4, '=KB_FINAL(4;3;A900:B901)');
    let s = await state();
    expect([1, 2, 3, 4].map((c) => displayAt(s, 902, c))).toEqual(['4', '! экзамен: 31 > макс 30', '5', '4']);
    await type(901, 2, 'kk');
    await type(903, 1, '=KB_EXAM("осв";;A900:B901)');
    s = await state();
    expect(displayAt(s, 902, 2)).toBe('! емтихан: 31 > макс 30');
    expect(displayAt(s, 903, 1)).toBe('бос');
  });

  it('the README’s Sheet 1, typed in a ru_RU file with `;` and decimal commas, gives the documented results', async () => {
    const sheet = 'Лист 1';
    running.playground.services.calls.paused(() =>
      running.playground.services.spreadsheet.insertSheet(sheet),
    );
    await postJson(running, '/api/activate', { sheet });
    const grid = [
      ['Ученик', 'ФО 1', 'ФО 2', 'ФО 3', 'ФО 4', 'ФО 5', 'СОР 1', 'СОР 2', 'СОЧ'],
      ['макс. балл', '', '', '', '', '', '20', '20', '25'],
      ['Айгерім', '9', '8', '9', '8', '9', '16', '17', '21'],
      ['Мария', '7', 'н', '8', '7,5', '', '15', 'б', '18'],
      ['Тимур', '', '', '', '', '', '', '', 'осв'],
      ['Олжас', '6', '5', '6', '', '', '12', '9', 'н'],
    ];
    for (const [r, cells] of grid.entries())
      for (const [c, input] of cells.entries())
        if (input !== '') await postJson(running, '/api/edit', { sheet, row: r + 1, col: c + 1, input });
    const formulas: [number, string, string[]][] = [
      [10, '=KB_QUARTER(B3:F6; G3:H6; G2:H2; I3:I6; I2)', ['4', '4', 'осв', 'н/а']],
      [11, '=KB_PERCENT(B3:F6; G3:H6; G2:H2; I3:I6; I2)', ['84.125', '73.5', 'осв', 'н/а']],
      [12, '=KB_PERCENT(B3:F6; G3:H6; G2:H2; I3:I6; I2; "KZ-2020-MEKTEP")', ['85', '74', 'осв', 'н/а']],
      [13, '=KB_NEED(B3:F6; G3:H6; G2:H2; I2; 5)', ['22', '24', '', 'недостижимо']],
      [14, '=KB_MARK(84,5)', ['5']],
    ];
    for (const [col, input] of formulas) {
      const answer = await postJson<RpcResponse>(running, '/api/edit', { sheet, row: 3, col, input });
      expect(answer.body.ok).toBe(true);
    }
    const s = await state();
    for (const [col, , results] of formulas) {
      const values = results.map(
        (_, i) => s.sheet.cells.find((c) => c.row === 3 + i && c.col === col)?.value ?? '',
      );
      expect(values.map(String)).toEqual(results);
    }
    // The formula bar shows the formula in the file's syntax.
    expect(s.sheet.cells.find((c) => c.row === 3 && c.col === 14)?.formula).toBe('=KB_MARK(84,5)');
  });

  it('refuses a cell outside the sheet with the Sheets message', async () => {
    const answer = await postJson<RpcResponse>(running, '/api/edit', {
      sheet: 'Список классов',
      row: 100000,
      col: 1,
      input: 'x',
    });
    expect(answer.body).toEqual({ ok: false, message: expect.stringMatching(/outside|dimensions/i) });
  });

  it('rejects malformed requests', async () => {
    expect(
      (await postJson(running, '/api/edit', { sheet: 'Лист1', row: 0, col: 1, input: 'x' })).status,
    ).toBe(400);
    expect((await postJson(running, '/api/edit', { sheet: 'Лист1', row: 1, col: 1 })).status).toBe(400);
  });
});

describe('POST /rpc/:name', () => {
  it('runs an endpoint of the bundle and returns its plain-data result', async () => {
    const answer = await postJson<RpcResponse>(running, '/rpc/getBootstrap', { args: ['settings'] });
    expect(answer.body.ok).toBe(true);
    const bootstrap = (answer.body as { value: Bootstrap }).value;
    expect(bootstrap.settings.schoolName).toBe(SAMPLE_SETTINGS.schoolName);
    const journals = await postJson<RpcResponse>(running, '/rpc/listJournals', { args: [] });
    const list = (journals.body as { value: JournalSummary[] }).value;
    expect(list.map((j) => j.className).sort()).toEqual(['1А', '5А', '5А', '7Б', '9В', '9В']);
  });

  it('turns an error thrown by the bundle into {ok:false, message}', async () => {
    const answer = await postJson<RpcResponse>(running, '/rpc/readRoster', { args: ['Нет такого листа'] });
    expect(answer.body.ok).toBe(false);
    expect((answer.body as { message: string }).message.length).toBeGreaterThan(0);
  });

  it.each(['KB_QUARTER', 'onOpen', 'constructor', 'eval', 'SpreadsheetApp', 'nothingLikeThis'])(
    'refuses %s: only endpoints and menu handlers are callable',
    async (name) => {
      const answer = await postJson<RpcResponse>(running, `/rpc/${name}`, { args: [] });
      expect(answer.body).toEqual({ ok: false, message: `Script function not found: ${name}` });
    },
  );

  it('counts the service calls the bundle makes', async () => {
    const before = await getJson<{ total: number; calls: Record<string, number> }>(running, '/api/calls');
    await postJson(running, '/rpc/checkJournals', { args: [] });
    const after = await getJson<{ total: number; calls: Record<string, number> }>(running, '/api/calls');
    expect(after.total).toBeGreaterThan(before.total);
    expect(Object.values(after.calls).reduce((a, b) => a + b, 0)).toBe(after.total);
  });
});

describe('menu and sidebar', () => {
  it('lists the menu onOpen built, and runs only its items', async () => {
    const s = await state();
    const functions = s.menu.flatMap((m) => ('functionName' in m ? [m.functionName] : []));
    expect(functions).toEqual(expect.arrayContaining(['kbShowNewJournal', 'kbShowCheck', 'kbShowSettings']));
    const refused = await postJson<RpcResponse>(running, '/api/menu', { functionName: 'checkJournals' });
    expect(refused.body.ok).toBe(false);
  });

  it('serves the sidebar a menu item opened, with google.script.run before its own scripts', async () => {
    const opened = await postJson<RpcResponse>(running, '/api/menu', { functionName: 'kbShowSettings' });
    expect(opened.body.ok).toBe(true);
    const s = await state();
    expect(s.sidebar).not.toBeNull();
    const res = await fetch(new URL(`/sidebar?id=${s.sidebar!.id}`, running.url));
    const html = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).not.toContain('__KB_PANEL__');
    const stub = html.indexOf('window.google.script');
    expect(stub).toBeGreaterThan(-1);
    expect(stub).toBeLessThan(html.indexOf('<script', html.indexOf('</script>')));
  });
});

describe('the server only serves this machine', () => {
  it('refuses a form post (not JSON) and a foreign Host header', async () => {
    const form = await fetch(new URL('/api/menu', running.url), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"functionName":"kbShowHelp"}',
    });
    expect(form.status).toBe(415);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: running.port, path: '/api/state', headers: { host: 'evil.example' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('listens on 127.0.0.1', () => {
    expect(running.url).toBe(`http://127.0.0.1:${running.port}/`);
  });
});

function findNumericRow(sheet: string): number {
  const services = running.playground.services;
  const cols = journalColumns(services, sheet);
  for (let row = FIRST_PUPIL_ROW; row < FIRST_PUPIL_ROW + 30; row++) {
    const inputs = numericInputs(services, sheet, row, cols);
    if (inputs && inputs.fo.length > 0 && inputs.sor.length > 0) return row;
  }
  throw new Error(`no row of plain numbers in ${sheet} (${cellA1(FIRST_PUPIL_ROW, cols.pupil)}…)`);
}
