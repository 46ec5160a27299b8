import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LocalAdapter } from '../../src/adapters/local-adapter.js';
import { configureAnnouncements, resetAnnouncementsConfig } from '../../src/configure.js';
import '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import '../../src/elements/announcement-list/announcement-list.js';
import type { AnnouncementList } from '../../src/elements/announcement-list/announcement-list.js';
import { feedFor } from '../../src/state/feed.js';
import { sessionStateFor } from '../../src/state/session-state.js';
import { pressEnter } from '../helpers/keys.js';
import { mount } from '../helpers/mount.js';
import { expectAccessible } from '../helpers/axe.js';
import { focused, openSidebar, part, parts, removeSidebars, textOf, until } from '../helpers/dom.js';
import { resetMedia, tryEmulateMedia } from '../helpers/media.js';

/** One portal page as the host writes it: plain tags, everything set once by configureAnnouncements. */
async function portalPage(): Promise<{ banner: AnnouncementBanner; list: AnnouncementList }> {
  const page = await mount<HTMLDivElement>(html`
    <div>
      <announcement-banner></announcement-banner>
      <main><h1>Home</h1><announcement-list></announcement-list></main>
    </div>
  `);
  const banner = page.querySelector('announcement-banner')!;
  const list = page.querySelector('announcement-list')!;
  return { banner, list };
}

async function loaded(elements: { banner: AnnouncementBanner; list: AnnouncementList }, adapter: LocalAdapter, user: string, session: string) {
  await feedFor(adapter).ready;
  await sessionStateFor({ user, session }).ready;
  await until(() => part(elements.list, 'base')?.getAttribute('aria-busy') === 'false', 'the page did not load');
  await elements.banner.updateComplete;
}

describe('a client’s journey through the portal (LocalAdapter, page-wide configuration)', () => {
  let adapter: LocalAdapter;
  let user: string;

  beforeEach(() => {
    adapter = new LocalAdapter({ name: `journey-${crypto.randomUUID()}` });
    user = `client-${crypto.randomUUID()}`;
  });
  afterEach(async () => {
    removeSidebars();
    resetAnnouncementsConfig();
    await resetMedia();
  });

  it('sees the notice on every page until reading it, finds it on the home page, and sees it again at the next login', async function () {
    this.timeout(20_000);
    await adapter.create({ title: 'Office closed on Friday', body: 'We are **closed** on Friday.', severity: 'warning' });
    const firstLogin = `login-${crypto.randomUUID()}`;
    configureAnnouncements({ adapter, user, session: firstLogin });

    // Page 1: the notice shows; the client reads it with the keyboard.
    let page = await portalPage();
    await loaded(page, adapter, user, firstLogin);
    expect(textOf(part(page.banner, 'title'))).to.equal('Warning: Office closed on Friday');
    expect(parts(page.list, 'new-badge')).to.have.length(1);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(part(page.banner, 'read-more-button'));
    await pressEnter();
    const sidebar = await openSidebar();
    await until(() => part(sidebar, 'description')?.querySelector('strong'));
    await sendKeys({ press: 'Escape' });
    await until(() => !sidebar.open);
    await until(() => part(page.banner, 'base') === null);
    await until(() => parts(page.list, 'new-badge').length === 0, '"New" did not clear on the home page');

    // Page 2 of the same login: no notice, the announcement is still on the home page.
    page = await portalPage();
    await loaded(page, adapter, user, firstLogin);
    expect(part(page.banner, 'base')).to.equal(null);
    expect(parts(page.list, 'item-title').map((title) => textOf(title))).to.deep.equal(['Office closed on Friday']);

    // The next login: the notice is back; on the home page it is no longer new.
    const secondLogin = `login-${crypto.randomUUID()}`;
    configureAnnouncements({ session: secondLogin });
    page = await portalPage();
    await loaded(page, adapter, user, secondLogin);
    expect(textOf(part(page.banner, 'title'))).to.equal('Warning: Office closed on Friday');
    expect(parts(page.list, 'new-badge')).to.have.length(0);
  });

  it('is accessible in dark mode', async function () {
    if (!(await tryEmulateMedia({ colorScheme: 'dark' }))) this.skip();
    await adapter.create({ title: 'Office closed on Friday', body: 'We are closed.', severity: 'critical' });
    await adapter.create({ title: 'New upload', severity: 'success' });
    const session = `login-${crypto.randomUUID()}`;
    configureAnnouncements({ adapter, user, session });
    const page = await portalPage();
    await loaded(page, adapter, user, session);
    expect(getComputedStyle(part(page.banner, 'base')!).backgroundColor).to.equal('rgb(76, 16, 20)');
    await expectAccessible(page.banner);
    await expectAccessible(page.list);
  });
});
