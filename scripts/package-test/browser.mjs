// Serving, bundling and running: bundles an entry like a portal's build would, serves the
// pages and the installed package, and exercises each page in headless Chromium.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { NAME } from './package.mjs';
import { exerciseEntry, pageHelpers } from './page-exercises.mjs';

/**
 * Serves the bundled pages (`site/`) and the installed package from `directory` on a free
 * local port; anything else is a 404. Resolves to the server and its origin.
 */
export function serve(directory) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = resolve(directory, `.${path}`);
    const allowed = file.startsWith(join(directory, 'site') + sep) || file.startsWith(join(directory, 'node_modules', NAME) + sep);
    if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

/**
 * Bundles `import * as m from '<specifier>'` like a portal's build would, into site/<name>/;
 * with `bare`, only `import '<specifier>'`, as a page that wants just the elements writes it.
 * `withReact` also bundles React and react-dom for the page to render with.
 */
export async function bundleEntry(scratch, name, specifier, { withReact = false, bare = false } = {}) {
  const folder = join(scratch, 'site', name);
  mkdirSync(folder, { recursive: true });
  const entryFile = join(scratch, `${name}.entry.js`);
  writeFileSync(
    entryFile,
    [
      bare ? `import '${specifier}';` : `import * as entry from '${specifier}';`,
      ...(withReact ? [`import * as React from 'react';`, `import { createRoot } from 'react-dom/client';`, 'window.reactTools = { React, createRoot };'] : []),
      `window.packageEntry = ${bare ? '{}' : 'entry'};`,
      '',
    ].join('\n'),
  );
  await build({
    absWorkingDir: scratch,
    entryPoints: { main: entryFile },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    outdir: folder,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  writeFileSync(join(folder, 'index.html'), pageHtml('<script type="module" src="./main.js"></script>'));
  return `/site/${name}/index.html`;
}

/** A blank page with `script` in its head. */
export const pageHtml = (script) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>package test</title>${script}</head>\n<body></body>\n</html>\n`;

/**
 * Everything that goes wrong on `page` from now on, as it happens: console errors, uncaught
 * errors, failed requests and HTTP errors. Returns the list it fills.
 */
export function collectProblems(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * Loads a page and exercises its entry; returns the page's results plus what went wrong on it.
 * `elements` maps each public tag to the class that defines it.
 */
export async function runInBrowser(browser, url, expectation, elements) {
  const page = await browser.newPage();
  const problems = collectProblems(page);
  try {
    await page.evaluateOnNewDocument(pageHelpers);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.packageEntry !== undefined, { timeout: 10_000 });
    const outcome = await page.evaluate(exerciseEntry, {
      steps: expectation.exercise,
      tags: expectation.tags,
      allTags: Object.keys(elements),
      classNames: elements,
    });
    return { ...outcome, problems };
  } finally {
    await page.close();
  }
}
