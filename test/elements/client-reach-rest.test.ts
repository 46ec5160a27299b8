/**
 * The client elements on a RestAdapter against the reference server: the server decides who
 * sees what, and read receipts survive the page being left before their first batch went out.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/elements/announcement-banner/announcement-banner.js';
import '../../src/elements/announcement-list/announcement-list.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementList } from '../../src/elements/announcement-list/announcement-list.js';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { AnnouncementAdapter } from '../../src/adapters/types.js';
import { resetAnnouncementsConfig } from '../../src/configure.js';
import { resetReceiptReporters } from '../../src/state/receipt-reporter.js';
import { part, parts, textOf, until } from '../helpers/dom.js';
import { mount } from '../helpers/mount.js';
import { openPeerTab, type PeerTab } from '../helpers/peer-tab.js';
import { asClient, freshCollection, restAdapterPool } from '../adapters/rest-server.js';

/** A portal page that says nothing about who is signed in: no `user`, no `userTags`. */
async function anonymousPage(adapter: AnnouncementAdapter) {
  const page = await mount<HTMLDivElement>(html`
    <div>
      <announcement-banner .adapter=${adapter} session=${crypto.randomUUID()}></announcement-banner>
      <announcement-list .adapter=${adapter} session=${crypto.randomUUID()}></announcement-list>
    </div>
  `);
  return { banner: page.querySelector<AnnouncementBanner>('announcement-banner')!, list: page.querySelector<AnnouncementList>('announcement-list')! };
}

const listTitles = (list: AnnouncementList) => parts(list, 'item-title').map(textOf).sort();

describe('client elements on the reference server', function () {
  // Chromium slows the timers of a test page that runs in the background next to another one.
  this.timeout(20_000);
  const { make, clearAll } = restAdapterPool();
  let peer: PeerTab | undefined;
  afterEach(async () => {
    peer?.close();
    peer = undefined;
    resetAnnouncementsConfig();
    resetReceiptReporters();
    await clearAll();
  });

  it('shows a business client its business announcement although the page named no user or tags', async () => {
    const base = freshCollection();
    const staff = make(base, { cache: false });
    await staff.create({ title: 'New deadline for advance VAT returns', audience: { kind: 'tags', tags: ['business'] } });
    await staff.create({ title: 'Your documents are ready', audience: { kind: 'clients', clients: ['bob'] } });
    await staff.create({ title: 'Office closed on Friday' });

    const { banner, list } = await anonymousPage(make(base, { cache: false, headers: asClient('alice', ['business']) }));
    await until(() => listTitles(list).length === 2, 'the list did not show what the server sent');
    expect(listTitles(list)).to.deep.equal(['New deadline for advance VAT returns', 'Office closed on Friday']);
    await until(() => banner.queue.length === 2, 'the banner did not queue what the server sent');
    expect(banner.queue.map((announcement) => announcement.title).sort()).to.deep.equal(['New deadline for advance VAT returns', 'Office closed on Friday']);
    expect(textOf(part(banner, 'title'))).to.contain('Office closed on Friday');
  });

  it('still filters in the browser for an adapter that holds every announcement', async () => {
    const adapter = new MemoryAdapter([
      { id: 'business', title: 'New deadline for advance VAT returns', audience: { kind: 'tags', tags: ['business'] } },
      { id: 'all', title: 'Office closed on Friday' },
    ]);
    const { banner, list } = await anonymousPage(adapter);
    await until(() => listTitles(list).length > 0, 'the list showed nothing');
    expect(listTitles(list)).to.deep.equal(['Office closed on Friday']);
    expect(banner.queue.map((announcement) => announcement.id)).to.deep.equal(['all']);
  });

  it('records what a client saw when the page is left before the first batch was sent', async () => {
    const base = freshCollection();
    const staff = make(base, { cache: false });
    const notice = await staff.create({ title: 'Office closed on Friday' });

    // Another page of the portal, in a frame that then navigates away, as a client leaving it.
    peer = await openPeerTab();
    const { library } = peer;
    const win = peer.document.defaultView!;
    const adapter = new library.RestAdapter({ baseUrl: base, cache: false, headers: asClient('alice') });
    const banner = peer.document.createElement('announcement-banner');
    Object.assign(banner, { adapter, session: crypto.randomUUID(), user: 'alice' });
    peer.document.body.append(banner);
    await until(() => textOf(part(banner, 'title')).includes('Office closed on Friday'), 'the banner did not show the announcement');
    // Shown, so its receipt waits for the batch, which goes out 2 s later unless the page is left.
    let left = false;
    win.addEventListener('pagehide', () => (left = true));
    win.location.href = 'about:blank';

    await until(() => left, 'the frame did not leave its page');
    let seen = 0;
    await until(
      async () => (seen = (await staff.receiptSummary(notice.id)).seen) === 1,
      'the server did not store the receipt sent while the page was left',
      { timeout: 5000 },
    ).catch(() => undefined);
    expect(seen, 'receipts stored for the shown announcement').to.equal(1);
  });
});
