// Installs the packed package into two fresh apps, as a portal developer would start: a plain
// Vite app with the banner, list and editor entries, and a Vite + React 19 app with the
// per-element React entries. Each is installed with npm from the registry (the tarball next to
// what such an app needs), built with `vite build`, served, and used in headless Chromium:
// an announcement is written in the editor, shows in the banner and the list, and opens in
// the sidebar. Prints what each app's JavaScript weighs, gzipped. Needs the npm registry.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { reactApp, vanillaApp } from './app-test/apps.mjs';
import { walkThroughApp } from './app-test/flow.mjs';
import { appWeight, buildApp, createApp, installApp, installedCopies } from './app-test/workspace.mjs';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './find-browsers.mjs';
import { pack } from './package-test/install.mjs';
import { assert, check, counts, list, report } from './package-test/report.mjs';
import { serveFolder } from './static-server.mjs';

/** Packages a portal without React must not find in its node_modules after installing ours. */
const REACT_ONLY = ['react', 'react-dom', '@lit/react', '@types/react'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Installs, builds and uses one app; its checks are reported as they run. */
async function tryApp(app, scratch, tarball, browser) {
  const folder = createApp(app, scratch, tarball);
  const installed = await check(`${app.name}: npm install of the tarball with ${list(Object.keys(app.dependencies()))}`, () => installApp(folder));
  if (!installed) return;
  await check(`${app.name}: one copy of Lit`, () => {
    const copies = installedCopies(folder, 'lit');
    assert(copies.length === 1, `${copies.length} copies: ${list(copies.map(({ version }) => version))}`);
    return `lit@${copies[0].version}`;
  });
  if (!app.dependencies()['react']) {
    await check(`${app.name}: no React package installed`, () => {
      const found = REACT_ONLY.filter((name) => installedCopies(folder, name).length > 0);
      assert(found.length === 0, `installed: ${list(found)}`);
    });
  }
  let dist;
  const built = await check(`${app.name}: vite build`, () => {
    dist = buildApp(folder);
    const { initial, lazy } = appWeight(dist);
    return `JavaScript (gzip): ${kb(initial)} on first load, ${kb(lazy)} loaded on demand`;
  });
  if (!built) return;
  const served = await serveFolder(dist);
  try {
    const { results, problems } = await walkThroughApp(browser, `${served.origin}/`);
    for (const result of results) report(result.ok, `${app.name}: ${result.name}`, result.detail);
    report(problems.length === 0, `${app.name}: no errors on the page and every request succeeds`, problems.slice(0, 5).join('; '));
  } finally {
    await served.close();
  }
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    report(false, 'Chromium found', INSTALL_HINT);
    return;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'portal-announcements-apps-'));
  let browser;
  try {
    let packed;
    const packedOk = await check('npm pack', () => {
      packed = pack(scratch);
      return `${packed.files.length} files, ${kb(packed.size)}`;
    });
    if (!packedOk) return;
    browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    for (const app of [vanillaApp, reactApp]) await tryApp(app, scratch, packed.tarball, browser);
  } catch (error) {
    report(false, 'the app test ran to the end', error instanceof Error ? error.stack : String(error));
  } finally {
    await browser?.close().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
const { passed, failed } = counts();
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
