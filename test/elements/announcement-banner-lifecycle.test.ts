import { expect, html } from '@open-wc/testing';
import { LocalAdapter } from '../../src/adapters/local-adapter.js';
import type { AnnouncementAdapter } from '../../src/adapters/types.js';
import '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import { mount } from '../helpers/mount.js';
import { adapterWith, freshIdentity, fromNow } from '../helpers/announcements.js';
import { part, removeSidebars, textOf, until } from '../helpers/dom.js';
import { openPeerTab, type PeerTab } from '../helpers/peer-tab.js';
import { settled } from '../helpers/settle.js';

type Identity = ReturnType<typeof freshIdentity>;

async function showBanner(adapter: AnnouncementAdapter, identity: Identity): Promise<AnnouncementBanner> {
  const banner = await mount<AnnouncementBanner>(
    html`<announcement-banner .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>`,
  );
  await settled(banner, adapter, identity);
  return banner;
}

const shownTitle = (banner: AnnouncementBanner) => (part(banner, 'base') ? textOf(part(banner, 'title')) : null);

describe('announcement-banner over a session and while the page stays open', () => {
  afterEach(() => removeSidebars());

  it('shows closed and read announcements again in a new login session', async () => {
    const { adapter } = await adapterWith({ title: 'Closed one', severity: 'critical' }, { title: 'Read one', body: 'Details.' });
    const identity = freshIdentity();
    const banner = await showBanner(adapter, identity);
    part(banner, 'close-button')!.click();
    await until(() => shownTitle(banner) === 'Information: Read one');
    part(banner, 'read-more-button')!.click();
    await until(() => shownTitle(banner) === null, 'the banner stayed after Read more');

    // The client logs out and in again: the portal gives the element its new session.
    banner.session = `session-${crypto.randomUUID()}`;
    await until(() => shownTitle(banner) === 'Critical: Closed one', 'the banner did not come back');
    expect(textOf(part(banner, 'position'))).to.equal('1 of 2');
  });

  it('shows the banner again, in the same session, after an edit that re-notifies', async () => {
    const { adapter, created } = await adapterWith({ title: 'Tax deadline' });
    const identity = freshIdentity();
    const banner = await showBanner(adapter, identity);
    part(banner, 'close-button')!.click();
    await until(() => shownTitle(banner) === null);

    await adapter.update(created[0].id, { title: 'Tax deadline moved' }, { notify: true });
    await until(() => shownTitle(banner) === 'Information: Tax deadline moved', 'the revised announcement did not show');
  });

  it('stays hidden after a silent edit, which still updates the text of a shown banner', async () => {
    const { adapter, created } = await adapterWith({ title: 'Tax deadlin' }, { title: 'Office closed' });
    const identity = freshIdentity();
    const banner = await showBanner(adapter, identity);
    const shown = shownTitle(banner);
    const hiddenOne = created.find((announcement) => shown?.endsWith(announcement.title))!;
    const otherOne = created.find((announcement) => announcement !== hiddenOne)!;
    part(banner, 'close-button')!.click();
    await until(() => shownTitle(banner) === `Information: ${otherOne.title}`);

    await adapter.update(hiddenOne.id, { title: `${hiddenOne.title} (fixed)` }, { notify: false });
    await adapter.update(otherOne.id, { title: `${otherOne.title}!` }, { notify: false });
    await until(() => shownTitle(banner) === `Information: ${otherOne.title}!`, 'the silent edit did not update the text');
    expect(part(banner, 'pager')).to.equal(null);
  });

  it('removes an announcement that expires while the page is open', async function () {
    this.timeout(15_000);
    // Far enough ahead that a busy machine still shows it first.
    const { adapter } = await adapterWith({ title: 'Short notice', expiresAt: fromNow(3000) });
    const banner = await showBanner(adapter, freshIdentity());
    expect(shownTitle(banner)).to.equal('Information: Short notice');
    await until(() => shownTitle(banner) === null, 'the expired announcement stayed', { timeout: 8000 });
  });

  it('shows an announcement when its publish date arrives while the page is open', async function () {
    this.timeout(15_000);
    const { adapter } = await adapterWith({ title: 'Coming soon', publishAt: fromNow(3000) });
    const banner = await showBanner(adapter, freshIdentity());
    expect(shownTitle(banner)).to.equal(null);
    await until(() => shownTitle(banner) === 'Information: Coming soon', 'the announcement did not appear', { timeout: 8000 });
  });

  it('removes an announcement deleted while the page is open', async () => {
    const { adapter, created } = await adapterWith({ title: 'Wrong announcement' });
    const banner = await showBanner(adapter, freshIdentity());
    expect(shownTitle(banner)).to.equal('Information: Wrong announcement');
    await adapter.remove(created[0].id);
    await until(() => shownTitle(banner) === null, 'the deleted announcement stayed');
  });

  it('shows a new announcement created while the page is open', async () => {
    const { adapter } = await adapterWith();
    const banner = await showBanner(adapter, freshIdentity());
    expect(shownTitle(banner)).to.equal(null);
    await adapter.create({ title: 'Just published', severity: 'success' });
    await until(() => shownTitle(banner) === 'Success: Just published');
  });

  describe('in two tabs', () => {
    let peer: PeerTab;
    let name: string;

    beforeEach(async () => {
      name = `banner-tabs-${crypto.randomUUID()}`;
      peer = await openPeerTab();
    });
    afterEach(() => peer.close());

    /** The same portal page in the other tab, for the same user, session and collection. */
    async function bannerInPeer(identity: Identity): Promise<AnnouncementBanner> {
      const adapter = new peer.library.LocalAdapter({ name });
      const banner = peer.document.createElement('announcement-banner');
      banner.adapter = adapter;
      banner.session = identity.session;
      banner.user = identity.user;
      peer.document.body.append(banner);
      return banner;
    }

    it('hides an announcement closed in one tab in the other tab, without reload', async () => {
      const adapter = new LocalAdapter({ name });
      await adapter.create({ title: 'Office closed on Friday' });
      const identity = freshIdentity();
      const here = await showBanner(adapter, identity);
      const there = await bannerInPeer(identity);
      await until(() => shownTitle(there) === 'Information: Office closed on Friday', 'the other tab shows no banner');
      expect(shownTitle(here)).to.equal('Information: Office closed on Friday');

      part(there, 'close-button')!.click();
      await until(() => shownTitle(here) === null, 'this tab still shows the closed announcement');
    });

    it('shows an announcement published in the other tab, without reload', async () => {
      const adapter = new LocalAdapter({ name });
      const identity = freshIdentity();
      const here = await showBanner(adapter, identity);
      expect(shownTitle(here)).to.equal(null);

      await new peer.library.LocalAdapter({ name }).create({ title: 'Published elsewhere', severity: 'warning' });
      await until(() => shownTitle(here) === 'Warning: Published elsewhere', 'the new announcement did not arrive');
    });

    it('reports the impression once for both tabs', async () => {
      const adapter = new LocalAdapter({ name });
      await adapter.create({ title: 'Seen once' });
      const identity = freshIdentity();
      let impressions = 0;
      const count = () => impressions++;
      document.addEventListener('announcement-show', count);
      peer.document.addEventListener('announcement-show', count);
      try {
        await showBanner(adapter, identity);
        await until(() => impressions === 1);
        const there = await bannerInPeer(identity);
        await until(() => shownTitle(there) !== null);
        // Once the other tab's own record of the impression is written, no second event can follow.
        const otherTabState = peer.library.sessionStateFor(identity);
        const [stored] = await new peer.library.LocalAdapter({ name }).list();
        expect(await otherTabState.markShown(stored)).to.be.false;
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(impressions).to.equal(1);
      } finally {
        document.removeEventListener('announcement-show', count);
      }
    });
  });
});
