// What a person does in a fresh app, in headless Chromium with real clicks and key presses:
// staff write an announcement in the editor, and the banner and the home list of the same
// page show it; Read more opens the full message in the sidebar, whose code loads only then.
// An element is named by a path of selectors, one per shadow root on the way down.
import { collectProblems } from '../package-test/browser.mjs';

const EDITOR = ['announcement-editor'];
const PANEL = [...EDITOR, 'announcement-editor-panel'];
const BANNER = ['announcement-banner'];
const LIST = ['announcement-list'];

/** What the test writes, and what its Markdown description renders as. */
const ANNOUNCEMENT = { title: 'Office closed on Friday', body: 'We are **closed** on Friday.', strong: 'closed' };

/**
 * Waits for the element at `path` whose text includes `text` (any, without), and returns its
 * handle; fails after ten seconds saying what it saw.
 */
async function find(page, path, text = '') {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const handle = await page.evaluateHandle(
      (selectors, wanted) => {
        let scope = document;
        for (const selector of selectors.slice(0, -1)) scope = scope?.querySelector(selector)?.shadowRoot;
        return [...(scope?.querySelectorAll(selectors.at(-1)) ?? [])].find((node) => node.textContent.includes(wanted)) ?? null;
      },
      path,
      text,
    );
    const element = handle.asElement();
    if (element) return element;
    await handle.dispose();
    if (Date.now() > deadline) throw new Error(`found no ${path.join(' >>> ')}${text ? ` saying "${text}"` : ''}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Clicks the element at `path` like a person: the mouse, at its centre. */
async function click(page, path) {
  await (await find(page, path)).click();
}

/**
 * Opens `url` and walks through the app. Resolves to one result per step (it stops at the first
 * that fails) and what went wrong on the page: console errors, uncaught errors, failed requests.
 */
export async function walkThroughApp(browser, url) {
  const page = await browser.newPage();
  const problems = collectProblems(page);
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  const results = [];
  const steps = [
    [
      'the editor and the list load, with nothing to show yet',
      async () => {
        await find(page, [...EDITOR, '[part~="empty"]']);
        await find(page, [...LIST, '[part~="empty"]']);
        return `${scripts.length} script(s) loaded`;
      },
    ],
    [
      'Create announcement, typing a title and a description, and Publish add it',
      async () => {
        await click(page, [...EDITOR, '[part~="create-button"]']);
        await find(page, [...PANEL, 'dialog[open]']);
        await click(page, [...PANEL, '#title']);
        await page.keyboard.type(ANNOUNCEMENT.title);
        await click(page, [...PANEL, '#body']);
        await page.keyboard.type(ANNOUNCEMENT.body);
        await click(page, [...PANEL, '#publish']);
        await find(page, [...EDITOR, '[part~="row-title"]'], ANNOUNCEMENT.title);
        await find(page, ['#published'], ANNOUNCEMENT.title);
        return 'the editor lists it and the page heard announcement-publish';
      },
    ],
    [
      'the banner and the home list show it',
      async () => {
        await find(page, [...BANNER, '[part~="title"]'], ANNOUNCEMENT.title);
        await find(page, [...LIST, '[part~="item-title"]'], ANNOUNCEMENT.title);
      },
    ],
    [
      'Read more opens the full message in the sidebar, whose code loads only then',
      async () => {
        const scriptsBefore = scripts.length;
        await click(page, [...BANNER, '[part~="read-more-button"]']);
        await find(page, ['announcement-sidebar', '[part~="description"] strong'], ANNOUNCEMENT.strong);
        await find(page, ['#dismissed'], `${ANNOUNCEMENT.title} (read-more)`);
        const loadedLater = scripts.length - scriptsBefore;
        if (loadedLater === 0) throw new Error('no script loaded on Read more: the sidebar was in the first load');
        return `${loadedLater} script(s) loaded on Read more; the page heard announcement-dismiss`;
      },
    ],
  ];
  try {
    // No slide-in: a click must land where the panel is, not where it is moving to.
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(url, { waitUntil: 'load' });
    for (const [name, run] of steps) {
      try {
        results.push({ name, ok: true, detail: (await run()) ?? '' });
      } catch (error) {
        results.push({ name, ok: false, detail: error instanceof Error ? error.message : String(error) });
        break;
      }
    }
  } finally {
    await page.close();
  }
  return { results, problems };
}
