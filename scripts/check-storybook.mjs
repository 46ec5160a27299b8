// Opens every story of the built Storybook (storybook-static/) in headless Chromium and checks
// what a designer would notice: the story renders, its elements are defined (a build that
// drops an element's registration shows an empty canvas), and the page throws no error.
import puppeteer from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './find-browsers.mjs';
import { serveFolder } from './static-server.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(`No Chromium found. ${INSTALL_HINT}`);
  process.exit(1);
}
const index = JSON.parse(await readFile('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const server = await serveFolder('storybook-static');
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
let passed = 0;
let failed = 0;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const story of stories) {
    errors.length = 0;
    await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    const problem = await page
      .waitForFunction(
        () => {
          const root = document.querySelector('#storybook-root');
          const tags = [...(root?.querySelectorAll('*') ?? [])].filter((element) => element.localName.startsWith('announcement-'));
          if (tags.length === 0) return false;
          const undefinedTags = tags.filter((element) => !customElements.get(element.localName)).map((element) => element.localName);
          if (undefinedTags.length > 0) return `not defined: ${[...new Set(undefinedTags)].join(', ')}`;
          return tags.every((element) => element.shadowRoot) ? 'ok' : false;
        },
        { timeout: 10_000, polling: 100 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => 'the story showed no announcement element within 10 s');
    const ok = problem === 'ok' && errors.length === 0;
    if (ok) passed++;
    else failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${story.title} / ${story.name}${ok ? '' : `: ${problem === 'ok' ? errors.join('; ') : problem}`}`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
