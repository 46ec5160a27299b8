// Walks the built demo portal (dist-demo/, from `npm run build:demo`) in headless Chromium the
// way a newcomer would: log in, see the banner on every client page and the list on the home
// page, close the banner and find it gone on the next page, open the firm settings.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './find-browsers.mjs';
import { serveFolder } from './static-server.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(`No Chromium found. ${INSTALL_HINT}`);
  process.exit(1);
}
const server = await serveFolder('dist-demo');
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
let passed = 0;
let failed = 0;
async function check(name, run) {
  try {
    await run();
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error.message}`);
  }
}
const inShadow = (page, tag, selector) =>
  page.waitForFunction((t, s) => document.querySelector(t)?.shadowRoot?.querySelector(s), { timeout: 10_000 }, tag, selector);

try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await check('a logged-out visitor is asked to log in', async () => {
    await page.goto(`${server.origin}/index.html`);
    await page.waitForSelector('.login-choices button', { timeout: 10_000 });
  });
  await check('after logging in the home page shows the banner and the list', async () => {
    await Promise.all([page.waitForNavigation(), page.click('.login-choices button')]);
    await inShadow(page, 'announcement-banner', '[part=base]');
    await inShadow(page, 'announcement-list', '[part=item]');
  });
  await check('the banner shows on the next page, and stays hidden there once closed', async () => {
    await page.goto(`${server.origin}/documents.html`);
    const title = await (await inShadow(page, 'announcement-banner', '[part=title]')).evaluate((node) => node.textContent);
    await page.evaluate(() => document.querySelector('announcement-banner').shadowRoot.querySelector('[part=close-button]').click());
    await page.waitForFunction(
      (closed) => document.querySelector('announcement-banner').shadowRoot.querySelector('[part=title]')?.textContent !== closed,
      { timeout: 5000 },
      title,
    );
    await page.goto(`${server.origin}/invoices.html`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const titleNow = await page.evaluate(() => document.querySelector('announcement-banner').shadowRoot.querySelector('[part=title]')?.textContent);
    if (titleNow === title) throw new Error(`"${title}" came back after it was closed`);
  });
  await check('the firm settings show the editor with the seeded announcements', async () => {
    await page.goto(`${server.origin}/settings.html`);
    await inShadow(page, 'announcement-editor', '[part=row]');
  });
  await check('no page threw an error', async () => {
    if (errors.length) throw new Error(errors.join('; '));
  });
} finally {
  await browser.close();
  await server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
