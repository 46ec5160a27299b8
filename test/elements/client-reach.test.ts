import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/announcement-banner/announcement-banner.js';
import '../../src/elements/announcement-list/announcement-list.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementList } from '../../src/elements/announcement-list/announcement-list.js';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { ReceiptOptions } from '../../src/adapters/types.js';
import { configureAnnouncements, resetAnnouncementsConfig } from '../../src/configure.js';
import type { AnnouncementInput } from '../../src/model/announcement.js';
import type { Receipt } from '../../src/model/receipts.js';
import { resetReceiptReporters } from '../../src/state/receipt-reporter.js';
import { resetSessionStates } from '../../src/state/session-state.js';
import { expectAccessible } from '../helpers/axe.js';
import { focused, focusIsWithin, openSidebar, part, parts, removeSidebars, textOf, until } from '../helpers/dom.js';
import { pressEnter } from '../helpers/keys.js';
import { mount } from '../helpers/mount.js';
import { settled } from '../helpers/settle.js';

/** A real MemoryAdapter that also keeps each call of `recordReceipts`, to see what was sent. */
class RecordingAdapter extends MemoryAdapter {
  calls: Array<{ receipts: Receipt[]; options?: ReceiptOptions }> = [];
  constructor(initial: AnnouncementInput[]) {
    super(initial.map((input, index) => ({ ...input, id: `a${index}`, createdAt: new Date(Date.now() - (10 - index) * 60_000).toISOString() })));
    const record = this.recordReceipts!;
    this.recordReceipts = (receipts, options) => {
      this.calls.push({ receipts, options });
      return record(receipts, options);
    };
  }
}

/** A portal page for `user` in `session`: the banner, the page's content, the home list. */
async function portalPage(adapter: MemoryAdapter, user: string, session = `session-${crypto.randomUUID()}`) {
  const page = await mount<HTMLDivElement>(html`
    <div>
      <announcement-banner .adapter=${adapter} session=${session} user=${user}></announcement-banner>
      <main><button id="after">Upload documents</button></main>
      <announcement-list .adapter=${adapter} session=${session} user=${user}></announcement-list>
    </div>
  `);
  const banner = page.querySelector<AnnouncementBanner>('announcement-banner')!;
  const list = page.querySelector<AnnouncementList>('announcement-list')!;
  await settled(banner, adapter, { user, session });
  await settled(list, adapter, { user, session });
  return { page, banner, list, after: page.querySelector<HTMLButtonElement>('#after')!, session };
}

const newUser = () => `client-${crypto.randomUUID()}`;

afterEach(() => {
  resetAnnouncementsConfig();
  resetReceiptReporters();
  removeSidebars();
});

describe('audience in the browser', () => {
  it('shows each client only what is meant for them, and follows a change of their tags', async () => {
    const user = newUser();
    const adapter = new MemoryAdapter([
      { id: 'all', title: 'Office closed on Friday' },
      { id: 'business', title: 'New deadline for advance VAT returns', audience: { kind: 'tags', tags: ['business'] } },
      { id: 'named', title: 'Your documents are ready', audience: { kind: 'clients', clients: [user] } },
      { id: 'other', title: 'For someone else', audience: { kind: 'clients', clients: ['someone-else'] } },
    ]);
    configureAnnouncements({ user, userTags: ['private'] });
    const { banner, list } = await portalPage(adapter, user);
    expect(list.announcements.map((announcement) => announcement.id).sort()).to.deep.equal(['all', 'named']);
    expect(banner.queue.map((announcement) => announcement.id).sort()).to.deep.equal(['all', 'named']);

    configureAnnouncements({ userTags: ['business'] });
    await until(() => list.announcements.length === 3, 'a business client did not get the business announcement');
    expect(parts(list, 'item-title').map(textOf)).to.include('New deadline for advance VAT returns');
    expect(banner.queue.map((announcement) => announcement.id)).to.include('business');
  });
});

describe('dismissal modes', () => {
  it('"never": no Close button; Read more opens it with the keyboard and the banner stays, focus back on Read more', async () => {
    const adapter = new MemoryAdapter([{ id: 'outage', title: 'Portal maintenance tonight', body: 'Uploads pause from 22:00.', severity: 'critical', dismissal: 'never' }]);
    const user = newUser();
    const { banner, session } = await portalPage(adapter, user);
    expect(part(banner, 'close-button')).to.equal(null);
    await expectAccessible(banner);

    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(part(banner, 'read-more-button'));
    await pressEnter();
    const sidebar = await openSidebar();
    await until(() => focusIsWithin(sidebar), 'focus did not move into the sidebar');
    await sendKeys({ press: 'Escape' });
    await until(() => !sidebar.open);
    await until(() => focused() === part(banner, 'read-more-button'), `focus went to ${focused()?.localName}, not back to Read more`);
    expect(textOf(part(banner, 'title'))).to.equal('Critical: Portal maintenance tonight');

    // The next page of the same session shows it still.
    resetSessionStates();
    const again = await portalPage(adapter, user, session);
    expect(textOf(part(again.banner, 'title'))).to.equal('Critical: Portal maintenance tonight');
  });

  it('"once": closed with the keyboard, it stays gone in the next session; a "session" one comes back', async () => {
    const user = newUser();
    const adapter = new MemoryAdapter([
      { id: 'welcome', title: 'Welcome to the new portal', dismissal: 'once', createdAt: new Date(Date.now() - 60_000).toISOString() },
      { id: 'hours', title: 'Office hours over Easter', createdAt: new Date(Date.now() - 120_000).toISOString() },
    ]);
    const first = await portalPage(adapter, user);
    expect(textOf(part(first.banner, 'title'))).to.equal('Information: Welcome to the new portal');
    for (const title of ['Welcome to the new portal', 'Office hours over Easter']) {
      // Tab past Previous/Next to Close when there are two; Close is the last button.
      while (focused() !== part(first.banner, 'close-button')) await sendKeys({ press: 'Tab' });
      expect(part(first.banner, 'close-button')!.getAttribute('aria-label')).to.equal(`Close announcement: ${title}`);
      await pressEnter();
      await until(() => !textOf(part(first.banner, 'title')).includes(title));
    }
    await until(() => focused() === first.after, 'after the last Close, focus did not go on to the page');

    // The next login: a new session, and a new page.
    resetSessionStates();
    const next = await portalPage(adapter, user);
    expect(next.banner.queue.map((announcement) => announcement.id)).to.deep.equal(['hours']);
    // Another client still sees it.
    const other = await portalPage(adapter, newUser());
    expect(other.banner.queue.map((announcement) => announcement.id)).to.include('welcome');
  });
});

describe('read receipts from the client elements', () => {
  it('reports seen when the banner shows one and opened on Read more, once per page, and flushes when the page is left', async () => {
    const user = newUser();
    const adapter = new RecordingAdapter([{ title: 'VAT deadline', body: 'Due on the 10th.' }]);
    const { banner } = await portalPage(adapter, user);
    part(banner, 'read-more-button')!.click();
    const sidebar = await openSidebar();
    sidebar.hide();
    await sidebar.show('a0');
    dispatchEvent(new Event('pagehide'));
    await until(() => adapter.calls.length > 0, 'nothing was sent when the page was left');
    const sent = adapter.calls.flatMap((call) => call.receipts.map((receipt) => receipt.kind));
    expect(sent.filter((kind) => kind === 'seen')).to.have.length(1);
    expect(sent.filter((kind) => kind === 'opened')).to.have.length(1);
    expect(adapter.calls.at(-1)!.options).to.deep.equal({ user, unloading: true });
    expect(await adapter.receiptSummary('a0')).to.include({ seen: 1, opened: 1 });
  });

  it('sends nothing with readReceipts: false', async () => {
    configureAnnouncements({ readReceipts: false });
    const adapter = new RecordingAdapter([{ title: 'VAT deadline', body: 'Due on the 10th.' }]);
    const { banner } = await portalPage(adapter, newUser());
    part(banner, 'read-more-button')!.click();
    await openSidebar();
    dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(adapter.calls).to.deep.equal([]);
    expect(await adapter.receiptSummary('a0')).to.include({ seen: 0, opened: 0 });
  });

  it('counts list items as seen once half of one has been in view, not before', async () => {
    const adapter = new RecordingAdapter([{ title: 'Office closed', body: 'Back on Monday.' }]);
    const identity = { user: newUser(), session: `session-${crypto.randomUUID()}` };
    // The home page's list, below the fold.
    const list = await mount<AnnouncementList>(
      html`<announcement-list style="display: block; margin-top: 300vh" .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-list>`,
    );
    await settled(list, adapter, identity);
    await new Promise((resolve) => setTimeout(resolve, 300));
    dispatchEvent(new Event('pagehide'));
    expect(adapter.calls, 'an item out of view was counted').to.deep.equal([]);
    part(list, 'item')!.scrollIntoView();
    await until(async () => {
      dispatchEvent(new Event('pagehide'));
      return (await adapter.receiptSummary('a0')).seen === 1;
    }, 'the item in view was not counted as seen');
    expect(adapter.calls.flatMap((call) => call.receipts.map((receipt) => receipt.kind))).to.deep.equal(['seen']);
  });

  it('counts a list item opened by the client', async () => {
    const adapter = new RecordingAdapter([{ title: 'Office closed', body: 'Back on Monday.', dismissal: 'never' }]);
    const { list } = await portalPage(adapter, newUser());
    part(list, 'item-button')!.click();
    await openSidebar();
    dispatchEvent(new Event('pagehide'));
    await until(async () => (await adapter.receiptSummary('a0')).opened === 1, 'the open was not recorded');
  });
});
