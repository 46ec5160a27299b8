// Benchmarks of the elements in headless Chromium. Every figure is a ratio against a baseline
// measured in the same run, so it says how far the product is from the floor (or from the
// other configuration) on this machine today; nothing here passes or fails on timing.
//
// The pages in bench/ are bundled like a portal would ship them (esbuild, minified, Lit in
// production mode), served from a local HTTP server and driven with puppeteer-core. Baseline
// and candidate runs alternate (ABBA) so that drift of the machine hits both alike.
//
//   npm run bench                      # defaults: 10 page loads per side, 5 rounds of 200 cycles
//   BENCH_RUNS=31 BENCH_ROUNDS=9 npm run bench
//   BENCH_ONLY=1,3 npm run bench       # only scenarios 1 and 3
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, type as osType, release } from 'node:os';
import { basename, extname, join, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './find-browsers.mjs';
import { PORTAL_BUNDLE } from './portal-bundle.mjs';
import { shippedSideEffects } from './side-effects.mjs';
import { benchMarkdown } from './bench-markdown.mjs';

const root = resolve(import.meta.dirname, '..');
const RUNS = positiveInteger(process.env.BENCH_RUNS, 10);
const ROUNDS = positiveInteger(process.env.BENCH_ROUNDS, 5);
/** A list of 1,000 takes long to render on a small machine: half as many loads. */
const LIST_RUNS = Math.max(3, Math.ceil(RUNS / 2));
const CYCLES = 200;
const WARMUP_CYCLES = 1000;
/** Cycles between the two heap readings: the timed ones and more, 1,000 in all. */
const HEAP_CYCLES = 1000;
/** How long the page may finish pending work before its heap is read. */
const SETTLE_MS = 500;
const WARMUP_LOADS = 1;
/** Scenario numbers to run (`BENCH_ONLY=1,4`); all when unset. */
const ONLY = new Set((process.env.BENCH_ONLY ?? '').split(',').map((part) => part.trim()).filter(Boolean));
const wanted = (scenario) => ONLY.size === 0 || ONLY.has(String(scenario));

function positiveInteger(text, fallback) {
  const value = Number.parseInt(text ?? '', 10);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

// ---------------------------------------------------------------------------------------------
// Pages: a script from bench/pages and the markup around it.

const ARTICLE = Array.from(
  { length: 6 },
  (_, index) => `
    <h2>Section ${index + 1}</h2>
    <p>Your documents for the current year are listed below. Upload receipts as they arrive,
    so that your adviser can prepare the quarterly figures without asking for them again.
    Signed forms appear here within a day of being received.</p>`,
).join('');

/** The height the bench portal reserves: its banner with a two-line excerpt. */
const RESERVED_HEIGHT = '6.5rem';

const contentPage = (banner) => `
  <header class="portal-header">Client portal</header>
  ${banner}
  <main><h1>Your documents</h1>${ARTICLE}</main>`;

/** The announcement of the banner pages, as a hand-rolled page would carry it in its markup. */
const PEER_ANNOUNCEMENT = `
  <svg slot="icon" viewBox="0 0 16 16" width="20" height="20" aria-hidden="true" fill="currentColor">
    <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 3a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm1 8H7V7h2v5Z"/>
  </svg>
  <strong>Office notice number 1: opening hours change</strong><br>
  Our office is closed on Friday for the annual staff day (notice 1). Documents uploaded to the portal are
  processed on Monday. For urgent matters call the emergency line or write to…
  <button type="button">Read more</button>`;

const PAGES = {
  'seed-local': { script: 'seed-local' },
  banner: { script: 'banner', body: '<announcement-banner></announcement-banner>' },
  'banner-floor': { script: 'banner-floor', body: '<bare-banner></bare-banner>' },
  // Shoelace's own theme, as a page using its components links it.
  'banner-peer': {
    script: 'banner-peer',
    head: '<link rel="stylesheet" href="./shoelace-light.css">',
    body: `<sl-alert variant="primary" closable data-announcement-id="bench-00000">${PEER_ANNOUNCEMENT}</sl-alert>`,
  },
  cls: { script: 'banner', body: contentPage('<announcement-banner></announcement-banner>') },
  // The documented option: reserve-space, with the page's own rule holding the same box
  // before the element's code has run (see the README).
  'cls-reserve': {
    script: 'banner',
    body: contentPage(`<style>
        announcement-banner { --announcement-banner-reserve: ${RESERVED_HEIGHT}; }
        announcement-banner[reserve-space]:not(:defined) { display: block; min-block-size: ${RESERVED_HEIGHT}; }
      </style>
      <announcement-banner reserve-space></announcement-banner>`),
  },
  'seed-state': { script: 'seed-state' },
  decision: { script: 'decision' },
  list: { script: 'list' },
  'list-floor': { script: 'list-floor' },
  sidebar: { script: 'sidebar', body: '<announcement-sidebar></announcement-sidebar>' },
  'dialog-floor': {
    script: 'dialog-floor',
    body: `<dialog aria-labelledby="dialog-title">
      <h2 id="dialog-title">Office notice number 1: opening hours change</h2>
      <button type="button">Close</button>
      <p>Our office is <strong>closed on Friday</strong> for the annual staff day.</p>
    </dialog>`,
  },
};

const pageHtml = (name, { script, head = '', body = '' }, preloads = []) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>bench: ${name}</title>
<style>
  body { margin: 0 auto; max-width: 48rem; padding: 1rem; font: 16px/1.5 sans-serif; }
  .portal-header { padding: 0.5rem 0 1rem; font-weight: 600; }
</style>
${head}${preloads.map((chunk) => `\n<link rel="modulepreload" href="./${chunk}">`).join('')}
<script type="module" src="./${script}.js"></script>
</head>
<body>${body}</body>
</html>
`;

/**
 * Bundles each page's script on its own, as a portal's build of that page would: what it
 * imports statically is in its file or in chunks it shares with what it imports with
 * `import()`, which stays lazy. One build of all pages together would split the code they
 * share into chunks no portal has (the floor fetched 8 files and the banner 11), and the
 * figures would mostly count requests. Like the HTML a bundler such as Vite writes, each page
 * names the chunks its script imports statically with `modulepreload`, so the browser fetches
 * them with the script instead of after it.
 */
async function buildPages(outdir) {
  const scripts = [...new Set(Object.values(PAGES).map((page) => page.script))];
  const preloads = {};
  for (const script of scripts) preloads[script] = await buildPage(outdir, script);
  for (const [name, page] of Object.entries(PAGES)) writeFileSync(join(outdir, `${name}.html`), pageHtml(name, page, preloads[page.script]));
  copyFileSync(join(root, 'node_modules/@shoelace-style/shoelace/dist/themes/light.css'), join(outdir, 'shoelace-light.css'));
}

/** Builds one page's script; returns the chunks it imports statically, directly or not. */
async function buildPage(outdir, script) {
  const { metafile } = await build({
    entryPoints: [{ in: join(root, 'bench/pages', `${script}.ts`), out: script }],
    ...PORTAL_BUNDLE,
    outdir,
    // No `conditions`: esbuild then never asks for `development`, so Lit runs in production mode
    // (a development build would say so on the console, which this script reports).
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    // The bench's own pages run for their side effects, like the element modules they import.
    plugins: [shippedSideEffects({ keep: [join(root, 'bench') + sep] })],
    metafile: true,
  });
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint);
  const chunks = new Set();
  const visit = (path) => {
    for (const { path: imported, kind } of outputs[path].imports) {
      if (kind !== 'import-statement' || chunks.has(imported)) continue;
      chunks.add(imported);
      visit(imported);
    }
  };
  visit(entry);
  return [...chunks].map((path) => basename(path));
}

// ---------------------------------------------------------------------------------------------
// Serving: one tiny static server per origin, because IndexedDB is kept per origin and some
// scenarios need a store of their own.

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

function startServer(directory) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = /^\/[\w.-]+$/.test(path) ? join(directory, path.slice(1)) : undefined;
    let content;
    try {
      content = file && readFileSync(file);
    } catch {
      content = undefined;
    }
    if (!content) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Scripts and styles are cached, as a returning client's browser has them (the first,
    // unmeasured load of each page fills the cache); pages are always fetched anew.
    const caching = extname(file) === '.html' ? 'no-store' : 'max-age=3600';
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': caching });
    response.end(content);
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveStart({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

// ---------------------------------------------------------------------------------------------
// Statistics.

function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), n: sorted.length };
}

const FORMATS = {
  ms: (value) => `${value.toFixed(Math.abs(value) < 10 ? 2 : 1)} ms`,
  cls: (value) => value.toFixed(4),
  bytes: (value) => `${Math.round(value)} B`,
};

const describe = (stats, unit) => `${FORMATS[unit](stats.median)} (${FORMATS[unit](stats.q1)}–${FORMATS[unit](stats.q3)})`;

/**
 * Candidate median over baseline median. Retained bytes are compared as a difference instead:
 * the floor retains next to nothing, and a ratio against next to nothing says nothing.
 */
function ratio(baseline, candidate, unit) {
  if (unit === 'bytes') {
    const difference = candidate.median - baseline.median;
    return `${difference >= 0 ? '+' : '−'}${FORMATS.bytes(Math.abs(difference))}`;
  }
  if (!(baseline.median > 0)) return 'n/a';
  return `${(candidate.median / baseline.median).toFixed(2)}×`;
}

// ---------------------------------------------------------------------------------------------
// Driving the browser.

/**
 * Runs in every page before its scripts: notes when the page defines its first custom element,
 * that is when its code has been loaded and run, so the banner pages can tell that part of
 * their time from what follows (connecting, deciding, rendering, layout).
 */
function defineProbe() {
  const define = customElements.define.bind(customElements);
  customElements.define = (...args) => {
    window.benchFirstDefine ??= performance.now();
    return define(...args);
  };
}

/** What the pages said on the console: errors make the run fail, warnings are reported. */
const problems = { errors: [], warnings: [] };

async function openPage(browser) {
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  const where = () => new URL(page.url()).pathname;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console error on ${where()}: ${message.text()}`);
    if (message.type() === 'warn') problems.warnings.push(`console warning on ${where()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.errors.push(`uncaught error on ${where()}: ${error.message}`));
  await page.evaluateOnNewDocument(defineProbe);
  return page;
}

/** `page.evaluate` waits forever by default; a page that never reports must fail the run instead. */
function inTime(promise, what, ms = 60_000) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Navigates and returns the figures the page publishes on `window.benchResult`. */
async function load(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  return inTime(
    page.evaluate(() => window.benchResult),
    url,
  );
}

/**
 * Runs `runs` rounds of one load of each URL after a few loads of each that are not counted.
 * The order turns every round and runs backwards every other one (for two: A B, B A, B A, A B;
 * for three: A B C, C B A, B C A, A C B, …), so no side always follows the same one and drift
 * hits all alike. Returns the figures of every counted load, per URL in the order given.
 */
async function interleave(page, urls, runs) {
  for (let index = 0; index < WARMUP_LOADS; index++) {
    for (const url of urls) await load(page, url);
  }
  const figures = urls.map(() => []);
  for (let index = 0; index < runs; index++) {
    const turned = urls.map((_, position) => (position + Math.floor(index / 2)) % urls.length);
    const order = index % 2 === 0 ? turned : turned.reverse();
    for (const position of order) figures[position].push(await load(page, urls[position]));
  }
  return figures;
}

/** Baseline and candidate loads, interleaved. */
async function alternate(page, baselineUrl, candidateUrl, runs) {
  const [baseline, candidate] = await interleave(page, [baselineUrl, candidateUrl], runs);
  return { baseline, candidate };
}

const pick = (figures, key) => figures.map((entry) => entry[key]);

/**
 * The page's live heap after a full collection: V8's heap plus Blink's (where DOM nodes and
 * event listeners live). Waits first for the page's pending work (timers, storage
 * transactions, dialog events) so that only what stays reachable is counted.
 */
async function heapBytes(page, cdp) {
  await inTime(
    page.evaluate(() => window.benchIdle?.()),
    'the page to finish its pending storage writes',
  );
  await page.evaluate((ms) => new Promise((done) => setTimeout(done, ms)), SETTLE_MS);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
}

/**
 * One round of open/close cycles on a freshly loaded page: ms per cycle over the first
 * `CYCLES`, and bytes retained per cycle over `HEAP_CYCLES`.
 */
async function cycleRound(page, cdp, url) {
  await load(page, url);
  await inTime(
    page.evaluate((count) => window.benchCycles(count), WARMUP_CYCLES),
    `${url}: warm-up cycles`,
  );
  const before = await heapBytes(page, cdp);
  const elapsed = await inTime(
    page.evaluate((count) => window.benchCycles(count), CYCLES),
    `${url}: ${CYCLES} cycles`,
  );
  await inTime(
    page.evaluate((count) => window.benchCycles(count), HEAP_CYCLES - CYCLES),
    `${url}: ${HEAP_CYCLES - CYCLES} more cycles`,
  );
  const after = await heapBytes(page, cdp);
  return { perCycle: elapsed / CYCLES, bytesPerCycle: (after - before) / HEAP_CYCLES };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(`No Chromium found. ${INSTALL_HINT}`);
    process.exit(1);
  }
  const started = Date.now();
  const outdir = mkdtempSync(join(tmpdir(), 'portal-announcements-bench-'));
  const servers = [];
  let browser;
  const cleanUp = async () => {
    await browser?.close().catch(() => undefined);
    browser = undefined;
    for (const { server } of servers.splice(0)) server.close();
    rmSync(outdir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));

  try {
    await buildPages(outdir);
    const origin = async () => {
      const started = await startServer(outdir);
      servers.push(started);
      return started.origin;
    };
    const warm = await origin();
    const emptyState = await origin();
    const fullState = await origin();
    const memory = await origin();

    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding'],
      defaultViewport: { width: 1280, height: 800 },
    });
    const chromium = await browser.version();
    const page = await openPage(browser);
    const cdp = await page.createCDPSession();
    const rows = [];
    let lap = Date.now();
    const row = (scenario, unit, baseline, candidate) => {
      rows.push({ scenario, unit, baseline: summarize(baseline), candidate: summarize(candidate) });
      console.error(`  ${scenario} (${((Date.now() - lap) / 1000).toFixed(1)} s)`);
      lap = Date.now();
    };

    console.error(`Benchmarks in ${chromium}, ${RUNS} loads per side, ${ROUNDS} rounds of ${CYCLES} cycles`);

    // 1. Time to visible with a warm IndexedDB cache, against a bare Lit element (the floor)
    //    and a hand-rolled Shoelace alert with its dismissal in localStorage (the peer).
    const seeded = await load(page, `${warm}/seed-local.html`);
    if (seeded.stored !== 1) throw new Error(`the LocalAdapter holds ${seeded.stored} announcements, expected 1`);
    if (wanted(1)) {
      const [floor, peer, banner] = await interleave(page, ['banner-floor', 'banner-peer', 'banner'].map((name) => `${warm}/${name}.html`), RUNS);
      row('1a. banner visible from navigation start (warm IndexedDB) vs bare Lit element', 'ms', pick(floor, 'visible'), pick(banner, 'visible'));
      row('1b. peer (Shoelace sl-alert + localStorage) visible vs bare Lit element', 'ms', pick(floor, 'visible'), pick(peer, 'visible'));
      row('1c. banner visible vs peer (Shoelace sl-alert + localStorage)', 'ms', pick(peer, 'visible'), pick(banner, 'visible'));
      row('1d. of 1a, after the first element is defined: banner vs bare Lit element', 'ms', pick(floor, 'afterDefine'), pick(banner, 'afterDefine'));
      row('1e. of 1c, after the first element is defined: banner vs peer', 'ms', pick(peer, 'afterDefine'), pick(banner, 'afterDefine'));
    }

    // 2. Decision time with 10,000 stored sessions of others, against an empty store.
    if (wanted(2)) {
    const filled = await load(page, `${fullState}/seed-state.html`);
    if (filled.stored < 10_000) throw new Error(`the state store holds ${filled.stored} records, expected 10,000`);
    const decision = await alternate(page, `${emptyState}/decision.html`, `${fullState}/decision.html`, RUNS);
    row('2. banner decision, 10,000 stored sessions vs empty store', 'ms', pick(decision.baseline, 'decision'), pick(decision.candidate, 'decision'));
    }

    // 3. A list of 1,000: first render and one changed title, against a bare Lit list.
    if (wanted(3)) {
    const list = await alternate(page, `${memory}/list-floor.html`, `${memory}/list.html`, LIST_RUNS);
    row('3a. list of 1,000: first render vs bare Lit list', 'ms', pick(list.baseline, 'first'), pick(list.candidate, 'first'));
    row('3b. list of 1,000: one title changed vs bare Lit list', 'ms', pick(list.baseline, 'update'), pick(list.candidate, 'update'));
    }

    // 4. Sidebar open/close cycles against a native <dialog>: time and retained heap.
    const sidebar = { baseline: [], candidate: [] };
    for (let round = 0; round < (wanted(4) ? ROUNDS : 0); round++) {
      const order = round % 2 === 0 ? ['baseline', 'candidate'] : ['candidate', 'baseline'];
      for (const side of order) {
        sidebar[side].push(await cycleRound(page, cdp, `${memory}/${side === 'baseline' ? 'dialog-floor' : 'sidebar'}.html`));
      }
    }
    if (wanted(4)) row('4a. sidebar show/hide, time per cycle vs native <dialog>', 'ms', pick(sidebar.baseline, 'perCycle'), pick(sidebar.candidate, 'perCycle'));
    if (wanted(4)) row('4b. sidebar show/hide, heap retained per cycle over 1,000 cycles vs native <dialog>', 'bytes', pick(sidebar.baseline, 'bytesPerCycle'), pick(sidebar.candidate, 'bytesPerCycle'));

    // 5. Layout shift of a content page, warm cache: reserve-space against none.
    if (wanted(5)) {
    const cls = await alternate(page, `${warm}/cls.html`, `${warm}/cls-reserve.html`, RUNS);
    row('5. layout shift (CLS) of a page with the banner: reserve-space vs without', 'cls', pick(cls.baseline, 'cls'), pick(cls.candidate, 'cls'));
    }

    await cleanUp();
    printTable(rows);
    console.log(
      `\n${chromium}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${osType()} ${release()}, Node ${process.version}; ` +
        `${RUNS} loads per side (list: ${LIST_RUNS}), ${ROUNDS} rounds of ${CYCLES} cycles; ` +
        `median (interquartile range); ratio = candidate median / baseline median; ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    );
    const report = (title, lines) => {
      if (lines.length === 0) return;
      const counted = new Map();
      for (const line of lines) counted.set(line, (counted.get(line) ?? 0) + 1);
      console.log(`\n${title}`);
      for (const [line, count] of counted) console.log(`  ${count > 1 ? `${count}× ` : ''}${line}`);
    };
    report('Warnings the pages wrote to the console:', problems.warnings);
    report('Errors in the pages (the benchmark is broken until they are fixed):', problems.errors);
    if (problems.errors.length) process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

function printTable(rows) {
  const header = ['scenario', 'baseline median (IQR)', 'candidate median (IQR)', 'ratio (heap: difference)'];
  const cells = rows.map(({ scenario, unit, baseline, candidate }) => [scenario, describe(baseline, unit), describe(candidate, unit), ratio(baseline, candidate, unit)]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
  const line = (cell) => `| ${cell.map((text, column) => text.padEnd(widths[column])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const cell of cells) console.log(line(cell));
}

await main();
// The Markdown renderer on pathological input prints a table of its own.
await benchMarkdown();
