import { expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { AnnouncementAdapter } from '../../src/adapters/types.js';
import '../../src/elements/announcement-sidebar/announcement-sidebar.js';
import type { AnnouncementSidebar } from '../../src/elements/announcement-sidebar/announcement-sidebar.js';
import type { AnnouncementInput } from '../../src/model/announcement.js';
import { sessionStateFor } from '../../src/state/session-state.js';
import { mount } from '../helpers/mount.js';
import { adapterWith, freshIdentity, fromNow } from '../helpers/announcements.js';
import { expectAccessible } from '../helpers/axe.js';
import { focused, focusIsWithin, part, textOf, until } from '../helpers/dom.js';
import { shiftTab, pressEnter } from '../helpers/keys.js';
import { resetMedia, tryEmulateMedia } from '../helpers/media.js';

type Identity = ReturnType<typeof freshIdentity>;

interface Page {
  sidebar: AnnouncementSidebar;
  opener: HTMLButtonElement;
  identity: Identity;
}

/** A page with a button that opens announcement `id` in the page's sidebar, as a host would. */
async function pageWithSidebar(adapter: AnnouncementAdapter, id: () => string, attributes: { lang?: string; dir?: string } = {}): Promise<Page> {
  const identity = freshIdentity();
  const wrapper = await mount<HTMLDivElement>(html`
    <div lang=${attributes.lang ?? 'en'} dir=${attributes.dir ?? 'ltr'}>
      <button id="opener">Open announcement</button>
      <announcement-sidebar .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-sidebar>
    </div>
  `);
  const sidebar = wrapper.querySelector('announcement-sidebar')!;
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  opener.addEventListener('click', () => void sidebar.show(id()));
  return { sidebar, opener, identity };
}

async function openWithKeyboard(page: Page): Promise<void> {
  page.opener.focus();
  await pressEnter();
  await until(() => page.sidebar.open && focusIsWithin(page.sidebar), 'the sidebar did not open');
}

const dialogOf = (sidebar: AnnouncementSidebar) => part<HTMLDialogElement>(sidebar, 'dialog')!;

describe('announcement-sidebar', () => {
  afterEach(() => resetMedia());

  it('shows the full message in a modal dialog named by its title, and marks it read', async () => {
    const input: AnnouncementInput = {
      title: 'Office closed on Friday',
      body: '## Opening hours\n\nWe are **closed** on Friday. See [our hours](https://example.com/hours).',
      severity: 'warning',
      expiresAt: '2999-01-01T12:00:00Z',
    };
    const { adapter, created } = await adapterWith(input);
    const page = await pageWithSidebar(adapter, () => created[0].id);
    await openWithKeyboard(page);
    const { sidebar } = page;

    const dialog = dialogOf(sidebar);
    expect(dialog.open).to.be.true;
    expect(dialog.matches(':modal')).to.be.true;
    expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
    const title = part(sidebar, 'title')!;
    expect(title.localName).to.equal('h2');
    expect(textOf(title)).to.equal('Office closed on Friday');
    expect(focused()).to.equal(part(sidebar, 'close-button'));
    expect(part(sidebar, 'close-button')!.getAttribute('aria-label')).to.equal('Close');
    expect(textOf(part(sidebar, 'severity'))).to.equal('Warning');
    expect(textOf(part(sidebar, 'meta'))).to.match(/Published .*2\d{3}/);
    expect(textOf(part(sidebar, 'meta'))).to.contain('Shown until Jan 1, 2999');
    // The end is a moment, so the zone is named, as in the editor.
    const zone = new Intl.DateTimeFormat('en', { timeZoneName: 'longGeneric' }).formatToParts(new Date('2999-01-01T12:00:00Z')).find((p) => p.type === 'timeZoneName')!.value;
    expect(textOf(part(sidebar, 'meta'))).to.contain(zone);
    expect(textOf(part(sidebar, 'meta'))).not.to.contain('Updated');

    await until(() => part(sidebar, 'description')?.querySelector('h2, h3, h4'), 'the Markdown was not rendered');
    expect(part(sidebar, 'description')!.querySelector('strong')!.textContent).to.equal('closed');
    expect(part(sidebar, 'description')!.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/hours');
    await until(() => sessionStateFor(page.identity).hasRead(created[0]), 'opening did not mark it read');
    await expectAccessible(sidebar);
  });

  it('says "Updated" after a re-notifying edit, not after a silent one', async () => {
    const { adapter, created } = await adapterWith({ title: 'Tax deadline' }, { title: 'Typo fixed' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await adapter.update(created[0].id, { title: 'Tax deadline moved' }, { notify: true });
    await adapter.update(created[1].id, { title: 'Typo fixed!' }, { notify: false });
    let id = created[0].id;
    const page = await pageWithSidebar(adapter, () => id);
    await openWithKeyboard(page);
    expect(textOf(part(page.sidebar, 'meta'))).to.contain('Updated');

    id = created[1].id;
    await page.sidebar.show(id);
    expect(textOf(part(page.sidebar, 'title'))).to.equal('Typo fixed!');
    expect(textOf(part(page.sidebar, 'meta'))).not.to.contain('Updated');
  });

  it('closes with Escape and returns focus to the opener', async () => {
    const { adapter, created } = await adapterWith({ title: 'Office closed on Friday' });
    const page = await pageWithSidebar(adapter, () => created[0].id);
    await openWithKeyboard(page);
    await sendKeys({ press: 'Escape' });
    await until(() => !page.sidebar.open, 'Escape did not close it');
    expect(dialogOf(page.sidebar).open).to.be.false;
    await until(() => focused() === page.opener, 'focus did not return to the opener');
  });

  it('closes with its close button, from the keyboard', async () => {
    const { adapter, created } = await adapterWith({ title: 'Office closed on Friday' });
    const page = await pageWithSidebar(adapter, () => created[0].id);
    await openWithKeyboard(page);
    await pressEnter();
    await until(() => !page.sidebar.open, 'the close button did not close it');
    await until(() => focused() === page.opener);
  });

  it('keeps Tab and Shift+Tab inside', async () => {
    const { adapter, created } = await adapterWith({ title: 'Links', body: '[One](https://example.com/1) and [two](https://example.com/2)' });
    const page = await pageWithSidebar(adapter, () => created[0].id);
    await openWithKeyboard(page);
    await until(() => part(page.sidebar, 'description')?.querySelectorAll('a').length === 2);
    const links = Array.from(part(page.sidebar, 'description')!.querySelectorAll('a'));

    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(links[0]);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(links[1]);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(part(page.sidebar, 'close-button'));
    await shiftTab();
    expect(focused()).to.equal(links[1]);
  });

  it('closes on a click on the dimmed page beside it', async () => {
    await setViewport({ width: 1000, height: 700 });
    const { adapter, created } = await adapterWith({ title: 'Office closed on Friday' });
    const page = await pageWithSidebar(adapter, () => created[0].id);
    await openWithKeyboard(page);
    try {
      await sendMouse({ type: 'click', position: [20, 350] });
    } finally {
      await resetMouse();
    }
    await until(() => !page.sidebar.open, 'a click beside the panel did not close it');
  });

  it('keeps the page behind from scrolling while open', async () => {
    const { adapter, created } = await adapterWith({ title: 'Office closed on Friday' });
    const page = await pageWithSidebar(adapter, () => created[0].id);
    const tall = document.createElement('div');
    tall.className = 'tall-page';
    tall.append(...Array.from({ length: 300 }, (_, index) => Object.assign(document.createElement('p'), { textContent: `Line ${index}` })));
    document.body.append(tall);
    try {
      window.scrollTo(0, 0);
      await openWithKeyboard(page);
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      await sendKeys({ press: 'PageDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(window.scrollY).to.equal(0);

      await sendKeys({ press: 'Escape' });
      await until(() => !page.sidebar.open);
      expect(getComputedStyle(document.documentElement).overflow).to.equal('visible');
    } finally {
      tall.remove();
    }
  });

  it('says clearly when the announcement is unknown', async () => {
    const { adapter } = await adapterWith({ title: 'Something else' });
    const page = await pageWithSidebar(adapter, () => 'no-such-announcement');
    await openWithKeyboard(page);
    expect(textOf(part(page.sidebar, 'title'))).to.equal('Announcement');
    expect(textOf(part(page.sidebar, 'unavailable'))).to.equal('This announcement is no longer available.');
    await expectAccessible(page.sidebar);
  });

  it('says so when the announcement is deleted or expires while it is open', async () => {
    const { adapter, created } = await adapterWith({ title: 'Wrong announcement' }, { title: 'Ends soon', expiresAt: fromNow(60_000) });
    let id = created[0].id;
    const page = await pageWithSidebar(adapter, () => id);
    await openWithKeyboard(page);
    await adapter.remove(id);
    await until(() => part(page.sidebar, 'unavailable'), 'the deleted announcement stayed');

    id = created[1].id;
    await page.sidebar.show(id);
    expect(textOf(part(page.sidebar, 'title'))).to.equal('Ends soon');
    await adapter.update(id, { title: 'Ends soon', expiresAt: fromNow(-1000) }, { notify: false });
    await until(() => part(page.sidebar, 'unavailable'), 'the expired announcement stayed');
  });

  it('shows descriptions as plain text with body-format="text"', async () => {
    const { adapter, created } = await adapterWith({ title: 'Literal', body: 'Use **stars** <b>as typed</b>' });
    const page = await pageWithSidebar(adapter, () => created[0].id);
    page.sidebar.bodyFormat = 'text';
    await openWithKeyboard(page);
    await until(() => textOf(part(page.sidebar, 'description')) === 'Use **stars** <b>as typed</b>');
    expect(part(page.sidebar, 'description')!.querySelector('b, strong')).to.equal(null);
  });

  it('speaks German under lang="de"', async () => {
    const { adapter, created } = await adapterWith({ title: 'Büro geschlossen', severity: 'critical' });
    const page = await pageWithSidebar(adapter, () => created[0].id, { lang: 'de' });
    await openWithKeyboard(page);
    expect(part(page.sidebar, 'close-button')!.getAttribute('aria-label')).to.equal('Schließen');
    expect(textOf(part(page.sidebar, 'severity'))).to.equal('Kritisch');
    expect(textOf(part(page.sidebar, 'meta'))).to.contain('Veröffentlicht am');
    await expectAccessible(page.sidebar);
  });

  it('opens at the inline end: right, or left in right-to-left layouts', async () => {
    await setViewport({ width: 1000, height: 700 });
    const { adapter, created } = await adapterWith({ title: 'Office closed on Friday' });
    const ltr = await pageWithSidebar(adapter, () => created[0].id);
    // Jump to the end of the slide-in: a page the runner keeps in the background gets no frames.
    const settledPosition = (sidebar: AnnouncementSidebar) => dialogOf(sidebar).getAnimations().forEach((animation) => animation.finish());
    await openWithKeyboard(ltr);
    settledPosition(ltr.sidebar);
    expect(Math.round(dialogOf(ltr.sidebar).getBoundingClientRect().right)).to.equal(1000);
    ltr.sidebar.hide();

    const rtl = await pageWithSidebar(adapter, () => created[0].id, { dir: 'rtl' });
    await openWithKeyboard(rtl);
    settledPosition(rtl.sidebar);
    expect(Math.round(dialogOf(rtl.sidebar).getBoundingClientRect().left)).to.equal(0);
    await expectAccessible(rtl.sidebar);
  });

  it('slides in, but not when the user prefers reduced motion', async function () {
    if (!(await tryEmulateMedia({ reducedMotion: 'no-preference' }))) this.skip();
    const { adapter, created } = await adapterWith({ title: 'Office closed on Friday' });
    const page = await pageWithSidebar(adapter, () => created[0].id);
    await openWithKeyboard(page);
    expect(getComputedStyle(dialogOf(page.sidebar)).animationName).to.equal('side-panel-slide-in');
    page.sidebar.hide();

    await tryEmulateMedia({ reducedMotion: 'reduce' });
    await openWithKeyboard(page);
    expect(getComputedStyle(dialogOf(page.sidebar)).animationName).to.equal('none');
  });

  it('is readable in dark mode', async function () {
    if (!(await tryEmulateMedia({ colorScheme: 'dark' }))) this.skip();
    const { adapter, created } = await adapterWith({ title: 'Office closed on Friday', body: 'Text with a [link](https://example.com).' });
    const page = await pageWithSidebar(adapter, () => created[0].id);
    await openWithKeyboard(page);
    await until(() => part(page.sidebar, 'description')?.querySelector('a'));
    expect(getComputedStyle(dialogOf(page.sidebar)).backgroundColor).to.equal('rgb(22, 27, 34)');
    await expectAccessible(page.sidebar);
  });
});
