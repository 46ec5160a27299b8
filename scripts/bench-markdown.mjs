// The Markdown renderer on pathological input: every shape in
// test/rich-text/pathological-markdown.ts rendered at 20,000 characters (a description's
// maximum) and at 200,000, against plain prose of the same lengths in the same run. A shape
// that grows linearly takes about 10× as long at 200,000; the goal is at most 50 ms at 20,000.
// The DOM floor is the time `createElement` alone takes to build the same nodes from a plain
// description of them: a shape whose output is that large cannot render faster. The excerpt
// column times the banner's plain-text preview of the same text (markdownToPlainText).
// Nothing passes or fails on timing: the table is for reading.
//
//   node scripts/bench-markdown.mjs        # on its own (npm run bench runs it after the elements)
//   BENCH_MARKDOWN_RUNS=15 node scripts/bench-markdown.mjs
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './find-browsers.mjs';
import { PORTAL_BUNDLE } from './portal-bundle.mjs';

const root = resolve(import.meta.dirname, '..');
const GOAL_MS = 50;
const RUNS = Math.max(3, Number.parseInt(process.env.BENCH_MARKDOWN_RUNS ?? '', 10) || 7);

/** The shape names, read from the same module the page bundles. */
async function shapeNames(outdir) {
  const file = join(outdir, 'shapes.mjs');
  await build({ entryPoints: [join(root, 'test/rich-text/pathological-markdown.ts')], bundle: true, format: 'esm', platform: 'node', outfile: file, logLevel: 'warning' });
  const { PATHOLOGICAL_SHAPES } = await import(pathToFileURL(file).href);
  return ['prose (baseline)', ...PATHOLOGICAL_SHAPES.map((shape) => shape.name)];
}

function serve(directory) {
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://localhost').pathname.slice(1);
    let content;
    try {
      content = /^[\w.-]+$/.test(name) ? readFileSync(join(directory, name)) : undefined;
    } catch {
      content = undefined;
    }
    if (!content) return void response.writeHead(404).end();
    const type = name.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(content);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** Runs the benchmark and prints its table; returns false when the page failed. */
export async function benchMarkdown() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(`No Chromium found. ${INSTALL_HINT}`);
    return false;
  }
  const outdir = mkdtempSync(join(tmpdir(), 'portal-announcements-bench-markdown-'));
  let browser;
  let server;
  try {
    const names = await shapeNames(outdir);
    await build({
      entryPoints: [{ in: join(root, 'bench/markdown/pathological-page.ts'), out: 'page' }],
      ...PORTAL_BUNDLE,
      outdir,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    writeFileSync(join(outdir, 'index.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="./page.js"></script>');
    server = await serve(outdir);
    browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    console.error(`Markdown renderer on pathological input, ${RUNS} runs at 20,000 characters...`);
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html?runs=${RUNS}`);
    const figures = await page.evaluate(() => window.benchResult);
    if (errors.length) throw new Error(`the page failed: ${errors.join('; ')}`);
    const baseline = figures['0:short'];
    const rows = names.map((name, index) => {
      const short = figures[`${index}:short`];
      const long = figures[`${index}:long`];
      return [
        name,
        ms(short),
        ms(long),
        `${(long / short).toFixed(1)}×`,
        `${(short / baseline).toFixed(1)}×`,
        String(figures[`${index}:nodes`]),
        ms(figures[`${index}:floor`]),
        `${ms(figures[`${index}:excerpt`])} / ${ms(figures[`${index}:excerptLong`])}`,
        short <= GOAL_MS && figures[`${index}:excerpt`] <= GOAL_MS ? 'yes' : 'NO',
      ];
    });
    printTable(['shape', '20k chars', '200k chars', 'growth (200k / 20k)', 'vs prose at 20k', 'nodes at 20k', 'DOM floor at 20k', 'excerpt 20k / 200k', `<= ${GOAL_MS} ms`], rows);
    console.log(`\n${await browser.version()}; median of ${RUNS} renders at 20,000 characters and ${Math.ceil(RUNS / 3)} at 200,000; lexer and DOM builder into a detached fragment.`);
    return true;
  } catch (error) {
    console.error(`Markdown benchmark: ${error.message}`);
    process.exitCode = 1;
    return false;
  } finally {
    await browser?.close().catch(() => undefined);
    server?.close();
    rmSync(outdir, { recursive: true, force: true });
  }
}

function printTable(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => `| ${cells.map((text, column) => text.padEnd(widths[column])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchMarkdown();
