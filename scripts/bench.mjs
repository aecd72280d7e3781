// `npm run bench`: speed and size of the built dist/Code.js, loaded as Apps Script runs it (one
// plain script in this context: a vm context would slow every call several times over), and the
// cost of each user action on Google. Not part of the test suite.
// Add a benchmark by appending { name, run } to BENCHMARKS; `node scripts/bench.mjs <word>` runs
// only the benchmarks whose name contains <word>.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const CODE_JS = join(DIST, 'Code.js');

function loadBundle() {
  vm.runInThisContext(readFileSync(CODE_JS, 'utf8'), { filename: 'Code.js' });
  return globalThis;
}

/**
 * What one custom-function execution pays before its answer, in a fresh process: compile and
 * evaluate Code.js, then the first KB_DETAIL of a 40-pupil class (Apps Script loads the whole
 * project for every custom-function call). The median of 7 fresh processes.
 */
async function coldStart() {
  const { spawnSync } = await import('node:child_process');
  const sheet = JSON.stringify(classSheet(40));
  const script = `
    const { readFileSync } = require('node:fs');
    const vm = require('node:vm');
    const s = ${sheet};
    const code = readFileSync(${JSON.stringify(CODE_JS)}, 'utf8');
    const t0 = process.hrtime.bigint();
    vm.runInThisContext(code, { filename: 'Code.js' });
    const out = KB_DETAIL(s.fo, s.sor, [${JSON.stringify(SOR_MAX)}], s.soch, ${SOCH_MAX});
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (out.length !== 40) throw new Error('KB_DETAIL gave ' + out.length + ' rows');
    process.stdout.write(String(ms));`;
  const times = Array.from({ length: 7 }, () => {
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return Number(run.stdout);
  }).sort((a, b) => a - b);
  const bytes = statSync(CODE_JS).size;
  return [
    [
      'compile + evaluate + first 40-pupil KB_DETAIL (median of 7)',
      `${ms(quantile(times, 0.5))} beside Code.js ${(bytes / 1024).toFixed(1)} KB`,
    ],
  ];
}

// ---- inputs -------------------------------------------------------------------------------------

/** Seeded PRNG, so every run times the same sheet. */
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FO_COLUMNS = 12;
const SOR_MAX = [20, 25, 15];
const SOCH_MAX = 25;

/**
 * A class sheet as Sheets passes it: ФО marks with gaps, absences and a comma decimal, СОР/СОЧ
 * scores with a missed work now and then, one exempt pupil and one pupil with nothing entered.
 */
function classSheet(pupils, seed = 2026) {
  const rnd = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const fo = [];
  const sor = [];
  const soch = [];
  for (let p = 0; p < pupils; p++) {
    if (p % 40 === 7) {
      fo.push(Array(FO_COLUMNS).fill(''));
      sor.push(['', '', '']);
      soch.push(['осв']);
      continue;
    }
    if (p % 40 === 31) {
      fo.push(Array(FO_COLUMNS).fill(''));
      sor.push(['', '', '']);
      soch.push(['']);
      continue;
    }
    const ability = 0.3 + 0.7 * rnd();
    const score = (max) => Math.min(max, Math.round(max * ability + int(-3, 3)));
    fo.push(
      Array.from({ length: FO_COLUMNS }, () => {
        const r = rnd();
        if (r < 0.08) return '';
        if (r < 0.12) return 'н';
        if (r < 0.15) return '7,5';
        return Math.max(1, Math.min(10, Math.round(10 * ability) + int(-2, 1)));
      }),
    );
    sor.push(SOR_MAX.map((max) => (rnd() < 0.05 ? 'б' : Math.max(0, score(max)))));
    soch.push([rnd() < 0.03 ? 'н' : Math.max(0, score(SOCH_MAX))]);
  }
  return { fo, sor, soch };
}

/** The journal's rows of a class: true where anything was entered. */
const entered = (sheet, r) => [...sheet.fo[r], ...sheet.sor[r], ...sheet.soch[r]].some((c) => c !== '');

/** Refuses to time a broken computation: every entered row must give a mark or an outcome. */
function checkDetail(sheet, out) {
  if (out.length !== sheet.fo.length)
    throw new Error(`KB_DETAIL gave ${out.length} rows for ${sheet.fo.length}`);
  let marks = 0;
  out.forEach((row, r) => {
    const mark = row[4];
    const ok = entered(sheet, r) ? [2, 3, 4, 5, 'осв', 'н/а'].includes(mark) : mark === '';
    if (!ok) throw new Error(`row ${r + 1}: unexpected ${JSON.stringify(row)}`);
    if (typeof mark === 'number') marks++;
  });
  if (marks < out.length * 0.8) throw new Error(`only ${marks} of ${out.length} rows got a mark`);
}

// ---- timing -------------------------------------------------------------------------------------

function timeMs(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Per-run times (ms) of `reps` runs after `warmup` untimed ones, sorted ascending. */
function sample(fn, reps, warmup = Math.ceil(reps / 10)) {
  for (let i = 0; i < warmup; i++) fn();
  return Array.from({ length: reps }, () => timeMs(fn)).sort((a, b) => a - b);
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const ms = (x) => `${x.toFixed(3)} ms`;

const detailOfClass = (kb, s) => () => kb.KB_DETAIL(s.fo, s.sor, [SOR_MAX], s.soch, SOCH_MAX);

// ---- benchmarks: each returns [measure, value] rows ---------------------------------------------

function bundleSize() {
  const rows = [];
  for (const file of ['Code.js', 'sidebar.html']) {
    const path = join(DIST, file);
    if (!existsSync(path)) continue;
    const bytes = statSync(path).size;
    rows.push([`dist/${file}`, `${bytes} B = ${(bytes / 1024).toFixed(1)} KB`]);
  }
  return rows;
}

function classDetail(kb) {
  const sheet = classSheet(40);
  const call = detailOfClass(kb, sheet);
  checkDetail(sheet, call());
  const t = sample(call, 5000, 500);
  return [
    ['40 pupils, 1 call: median of 5000', ms(quantile(t, 0.5))],
    ['40 pupils, 1 call: p95', ms(quantile(t, 0.95))],
  ];
}

function largeRange(kb) {
  const rows = 20000;
  const sheet = classSheet(rows);
  const call = detailOfClass(kb, sheet);
  checkDetail(sheet, call());
  const median = quantile(sample(call, 15, 3), 0.5);
  return [
    [`${rows} rows, 1 call: median of 15`, ms(median)],
    [`${rows} rows: throughput`, `${Math.round(rows / (median / 1000)).toLocaleString('en')} rows/s`],
  ];
}

function oneCallVersusPerRow(kb) {
  const sheet = classSheet(40);
  const arrayCall = detailOfClass(kb, sheet);
  // A formula per pupil row: =KB_DETAIL(B2:M2; N2:P2; N$1:P$1; Q2; Q$1), single cells as scalars.
  const perRow = () =>
    sheet.fo.map(
      (_, r) => kb.KB_DETAIL([sheet.fo[r]], [sheet.sor[r]], [SOR_MAX], sheet.soch[r][0], SOCH_MAX)[0],
    );
  const expected = JSON.stringify(arrayCall());
  if (JSON.stringify(perRow()) !== expected) throw new Error('per-row calls disagree with the array call');
  const one = quantile(sample(arrayCall, 2000, 200), 0.5);
  const forty = quantile(sample(perRow, 2000, 200), 0.5);
  return [
    ['40 pupils, 1 array call (median)', ms(one)],
    ['40 pupils, 40 single-row calls (median)', ms(forty)],
    ['ratio per-row / array', `${(forty / one).toFixed(1)}×`],
  ];
}

/**
 * The monitoring report over a generated 2,000-pupil school (scripts/benchMonitoring.ts, bundled
 * here with esbuild: the core and the fakes are TypeScript): core time and service-call counts.
 */
async function monitoringReport() {
  return (await bundled('benchMonitoring.ts')).monitoringBench();
}

/** The cost of each user action on Google (scripts/benchCost.ts): printed as `cost …` lines. */
async function costs() {
  const lines = await (await bundled('benchCost.ts')).costBench();
  return lines.map((line) => [line, '']);
}

/** A TypeScript bench module (it runs the core and the fakes), bundled with esbuild and imported. */
async function bundled(file) {
  const { build } = await import('esbuild');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'kb-bench-'));
  try {
    const outfile = join(dir, 'bench.mjs');
    await build({
      entryPoints: [join(DIST, '..', 'scripts', file)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'warning',
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
    });
    return await import(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const BENCHMARKS = [
  { name: 'bundle size', run: bundleSize },
  { name: 'cold start', run: coldStart },
  { name: 'KB_DETAIL class', run: classDetail },
  { name: 'KB_DETAIL 20k rows', run: largeRange },
  { name: 'one call vs per-row', run: oneCallVersusPerRow },
  { name: 'monitoring report', run: monitoringReport },
  { name: 'cost', run: costs },
];

// ---- main ---------------------------------------------------------------------------------------

const only = process.argv[2]?.toLowerCase();
const kb = loadBundle();
const table = [];
for (const b of BENCHMARKS.filter((x) => !only || x.name.toLowerCase().includes(only))) {
  for (const [measure, value] of await b.run(kb)) table.push([b.name, measure, value]);
}
const widths = [0, 1].map((i) =>
  Math.max(...table.filter((r) => r[0] !== 'cost').map((row) => row[i].length)),
);
console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);
for (const [name, measure, value] of table) {
  // The cost lines stand alone, in the exact form `cost NAME: executions N, calls N, google A–B s`.
  if (name === 'cost') console.log(measure);
  else console.log(`${name.padEnd(widths[0])}  ${measure.padEnd(widths[1])}  ${value}`);
}
console.log(
  '\nIn real Sheets each custom-function call is also a server round trip (hundreds of ms),\n' +
    'so there the per-row / array ratio is far larger than measured here.',
);
