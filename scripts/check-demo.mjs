// Walks the built demo portal (dist-demo/, from `npm run build:demo`) in headless Chromium the
// way a newcomer would: log in, see the banner on every client page and the list on the home
// page, close the banner and find it gone on the next page, sign in to the firm's back office,
// switch the demo to German, and see the business-only example reach only the business client.
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
  const headerText = () => page.$eval('#portal-header', (header) => header.textContent.replace(/\s+/g, ' '));
  await check('the firm settings show no client controls, and no editor before a staff member signs in', async () => {
    await page.goto(`${server.origin}/settings.html`);
    await page.waitForSelector('.login-choices button', { timeout: 10_000 });
    if (await page.$('announcement-editor')) throw new Error('the editor is on the page before anyone signed in');
    const header = await headerText();
    for (const client of ['Switch client', 'Müller GmbH', 'Anna Schmidt']) {
      if (header.includes(client)) throw new Error(`the back office header shows "${client}": ${header}`);
    }
  });
  await check('a signed-in staff member sees the editor with the seeded announcements and a way back', async () => {
    await Promise.all([page.waitForNavigation(), page.click('.login-choices button')]);
    await inShadow(page, 'announcement-editor', '[part=row]');
    const header = await headerText();
    if (!header.includes('Julia Becker') || header.includes('Switch client')) throw new Error(`the header says: ${header}`);
    await page.waitForSelector('#portal-header a.back-to-portal[href$="index.html"]', { timeout: 2000 });
  });
  const bannerTitles = () =>
    page.evaluate(async () => {
      const banner = document.querySelector('announcement-banner');
      await new Promise((resolve) => setTimeout(resolve, 600));
      const titles = [];
      const root = banner.shadowRoot;
      const total = Number(root.querySelector('[part=position]')?.textContent.match(/of (\d+)/)?.[1] ?? 1);
      for (let index = 0; index < total && root.querySelector('[part=title]'); index++) {
        // The title starts with its severity for screen readers ("Warning: "); keep the title.
        const title = root.querySelector('[part=title]');
        titles.push([...title.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim());
        root.querySelector('[part=next-button]')?.click();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return titles;
    });
  const editorRow = (title) =>
    page.waitForFunction(
      (wanted) =>
        [...document.querySelector('announcement-editor').shadowRoot.querySelectorAll('[part~=row]')].find((row) =>
          row.textContent.includes(wanted),
        ),
      { timeout: 10_000 },
      title,
    );
  await check('after logging out and in again, the closed announcement is back', async () => {
    await page.goto(`${server.origin}/documents.html`);
    const before = await bannerTitles();
    await page.evaluate(() => document.querySelector('announcement-banner').shadowRoot.querySelector('[part=close-button]').click());
    await page.goto(`${server.origin}/invoices.html`);
    if ((await bannerTitles()).includes(before[0])) throw new Error(`"${before[0]}" still showed after closing`);
    const logOut = await page.waitForSelector('#portal-header button');
    await Promise.all([page.waitForNavigation(), logOut.click()]);
    // The login choices are rendered by the page's script, after the load event.
    const logIn = await page.waitForSelector('.login-choices button', { timeout: 10_000 });
    await Promise.all([page.waitForNavigation(), logIn.click()]);
    await page.goto(`${server.origin}/invoices.html`);
    if (!(await bannerTitles()).includes(before[0])) throw new Error(`"${before[0]}" did not come back at the next login`);
  });
  await check('an edit published in the firm settings shows its revised title to the client', async () => {
    await page.goto(`${server.origin}/documents.html`);
    const [title] = await bannerTitles();
    await page.evaluate(() => document.querySelector('announcement-banner').shadowRoot.querySelector('[part=close-button]').click());
    await page.goto(`${server.origin}/settings.html`);
    const row = await editorRow(title);
    await row.evaluate((element) => element.querySelector('[data-edit]').click());
    await page
      .waitForFunction(
        () => document.querySelector('announcement-editor').shadowRoot.querySelector('announcement-editor-panel')?.shadowRoot.querySelector('dialog[open] #title'),
        { timeout: 10_000 },
      )
      .catch(() => {
        throw new Error(`the edit panel for "${title}" did not open`);
      });
    await page.evaluate(async () => {
      const panel = document.querySelector('announcement-editor').shadowRoot.querySelector('announcement-editor-panel').shadowRoot;
      const input = panel.querySelector('#title');
      input.value = `${input.value} (revised)`;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      // A person's click comes in a later task than their typing; so does this one.
      await new Promise((resolve) => setTimeout(resolve, 100));
      panel.querySelector('#publish').click();
    });
    await editorRow(`${title} (revised)`).catch(async () => {
      const panelText = await page.evaluate(() =>
        document.querySelector('announcement-editor').shadowRoot.querySelector('announcement-editor-panel')?.shadowRoot.textContent.replace(/\s+/g, ' ').slice(0, 300),
      );
      throw new Error(`the list did not show "${title} (revised)"; the panel says: ${panelText}`);
    });
    await page.goto(`${server.origin}/documents.html`);
    const titles = await bannerTitles();
    if (!titles.includes(`${title} (revised)`)) throw new Error(`the revised notice did not show: ${JSON.stringify(titles)}`);
  });
  await check('a deleted announcement disappears for the client', async () => {
    await page.goto(`${server.origin}/settings.html`);
    const [row] = await page.$$('pierce/[part~=row]');
    const title = await row.evaluate((element) => element.querySelector('[part~=row-title]').textContent.trim());
    await row.evaluate((element) => element.querySelector('[data-delete]').click());
    const confirm = await page.waitForSelector('pierce/dialog[open] #delete');
    await confirm.click();
    await page.waitForFunction(
      (gone) => ![...document.querySelector('announcement-editor').shadowRoot.querySelectorAll('[part~=row]')].some((r) => r.textContent.includes(gone)),
      { timeout: 10_000 },
      title,
    );
    await page.goto(`${server.origin}/index.html`);
    await page.waitForSelector('pierce/[part=item]');
    const listed = await page.$$eval('pierce/[part=item-title]', (nodes) => nodes.map((node) => node.textContent.trim()));
    if (listed.includes(title)) throw new Error(`"${title}" is still on the home page`);
  });
  await check('a visitor who switches the demo to German reads the example announcements in German', async () => {
    const context = await browser.createBrowserContext();
    try {
      const fresh = await context.newPage();
      fresh.on('pageerror', (error) => errors.push(error.message));
      await fresh.goto(`${server.origin}/index.html`);
      await fresh.waitForSelector('#demo-language', { timeout: 10_000 });
      await Promise.all([fresh.waitForNavigation(), fresh.select('#demo-language', 'de')]);
      const logIn = await fresh.waitForSelector('.login-choices button', { timeout: 10_000 });
      await Promise.all([fresh.waitForNavigation(), logIn.click()]);
      const listed = () =>
        fresh.waitForSelector('pierce/[part=item-title]').then(() => fresh.$$eval('pierce/[part=item-title]', (nodes) => nodes.map((node) => node.textContent.trim())));
      const german = await listed();
      if (!german.includes('Kanzlei am Freitag geschlossen') || german.includes('Office closed on Friday')) {
        throw new Error(`the home page lists: ${JSON.stringify(german)}`);
      }
      await Promise.all([fresh.waitForNavigation(), fresh.select('#demo-language', 'en')]);
      const english = await listed();
      if (!english.includes('Office closed on Friday')) throw new Error(`back in English the home page lists: ${JSON.stringify(english)}`);
    } finally {
      await context.close();
    }
  });
  await check('the business-only example reaches the business client, not the private one', async () => {
    const context = await browser.createBrowserContext();
    try {
      const fresh = await context.newPage();
      fresh.on('pageerror', (error) => errors.push(error.message));
      const listedFor = async (client) => {
        await fresh.goto(`${server.origin}/index.html`);
        const choices = await fresh.waitForSelector('.login-choices button', { timeout: 10_000 }).then(() => fresh.$$('.login-choices button'));
        const choice = await Promise.all(choices.map((button) => button.evaluate((element) => element.textContent.trim()))).then((names) => choices[names.indexOf(client)]);
        await Promise.all([fresh.waitForNavigation(), choice.click()]);
        await fresh.waitForSelector('pierce/[part=item-title]', { timeout: 10_000 });
        const titles = await fresh.$$eval('pierce/[part=item-title]', (nodes) => nodes.map((node) => node.textContent.trim()));
        await Promise.all([fresh.waitForNavigation(), fresh.evaluate(() => [...document.querySelectorAll('#portal-header button')].at(-1).click())]);
        return titles;
      };
      const business = await listedFor('Müller GmbH');
      if (!business.includes('New deadline for advance VAT returns')) throw new Error(`Müller GmbH's home page lists: ${JSON.stringify(business)}`);
      const private_ = await listedFor('Anna Schmidt');
      if (private_.includes('New deadline for advance VAT returns')) throw new Error(`Anna Schmidt's home page lists the business-only example`);
    } finally {
      await context.close();
    }
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
