import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AnnouncementAdapter } from '../../src/adapters/types.js';
import '../../src/elements/announcement-list/announcement-list.js';
import type { AnnouncementList } from '../../src/elements/announcement-list/announcement-list.js';
import { feedFor } from '../../src/state/feed.js';
import { sessionStateFor } from '../../src/state/session-state.js';
import { pressEnter } from '../helpers/keys.js';
import { mount } from '../helpers/mount.js';
import { adapterWith, ControllableAdapter, freshIdentity, fromNow } from '../helpers/announcements.js';
import { expectAccessible } from '../helpers/axe.js';
import { focused, openSidebar, part, parts, removeSidebars, textOf, until } from '../helpers/dom.js';
import { openPeerTab } from '../helpers/peer-tab.js';
import { settled } from '../helpers/settle.js';

type Identity = ReturnType<typeof freshIdentity>;

async function showList(adapter: AnnouncementAdapter, identity: Identity = freshIdentity(), lang = 'en'): Promise<AnnouncementList> {
  const wrapper = await mount<HTMLDivElement>(html`
    <div lang=${lang}>
      <announcement-list .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-list>
    </div>
  `);
  const list = wrapper.querySelector('announcement-list')!;
  await settled(list, adapter, identity);
  return list;
}

const titles = (list: AnnouncementList) => parts(list, 'item-title').map((title) => textOf(title));
const newMarkers = (list: AnnouncementList) =>
  parts(list, 'item').map((item) => item.querySelector('[part~="new-badge"]') !== null);

describe('announcement-list', () => {
  afterEach(() => removeSidebars());

  it('lists the visible announcements newest first, with date, excerpt, severity and "New"', async () => {
    const { adapter } = await adapterWith(
      { title: 'Oldest', body: 'The *first* one.' },
      { title: 'Expired', publishAt: '2020-01-01T00:00:00Z', expiresAt: '2020-02-01T00:00:00Z' },
      { title: 'Scheduled', publishAt: '2999-01-01T00:00:00Z' },
      { title: 'Newest', severity: 'critical' },
    );
    const list = await showList(adapter);
    expect(titles(list)).to.deep.equal(['Newest', 'Oldest']);
    expect(newMarkers(list)).to.deep.equal([true, true]);
    expect(textOf(part(list, 'new-badge'))).to.equal('New');

    const [newest, oldest] = parts(list, 'item');
    expect(textOf(newest.querySelector('[part~="item-button"]'))).to.equal('Critical: Newest New');
    expect(newest.classList.contains('severity-critical')).to.be.true;
    expect(textOf(oldest.querySelector('[part~="excerpt"]'))).to.equal('The first one.');
    expect(textOf(oldest.querySelector('[part~="date"]'))).to.match(/^Published \w{3} \d{1,2}, \d{4}$/);
    expect(oldest.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}T/);
    await expectAccessible(list);
  });

  it('opens an announcement in the sidebar, clears "New", and gets focus back when it closes', async () => {
    const { adapter, created } = await adapterWith({ title: 'Older' }, { title: 'Office closed on Friday', body: 'Back on Monday.' });
    const identity = freshIdentity();
    const list = await showList(adapter, identity);
    const readMore: string[] = [];
    list.addEventListener('announcement-read-more', (event) => readMore.push(event.announcement.title));

    await sendKeys({ press: 'Tab' });
    const firstButton = part(list, 'item-button')!;
    expect(focused()).to.equal(firstButton);
    await pressEnter();
    const sidebar = await openSidebar();
    expect(sidebar.announcement?.id).to.equal(created[1].id);
    expect(readMore).to.deep.equal(['Office closed on Friday']);
    await until(() => newMarkers(list).join() === 'false,true', '"New" did not clear');
    expect(sessionStateFor(identity).hasRead(created[1])).to.be.true;

    await sendKeys({ press: 'Escape' });
    await until(() => !sidebar.open);
    await until(() => focused() === firstButton, 'focus did not return to the item');
    // Reading is remembered beyond the session: a new login still shows it as read.
    const nextLogin = await showList(adapter, { user: identity.user, session: `session-${crypto.randomUUID()}` });
    expect(newMarkers(nextLogin)).to.deep.equal([false, true]);
  });

  it('marks an announcement "New" again after an edit that re-notifies', async () => {
    const { adapter, created } = await adapterWith({ title: 'Tax deadline' });
    const identity = freshIdentity();
    await sessionStateFor(identity).markRead(created[0]);
    const list = await showList(adapter, identity);
    expect(newMarkers(list)).to.deep.equal([false]);
    await adapter.update(created[0].id, { title: 'Tax deadline moved' }, { notify: false });
    await until(() => titles(list)[0] === 'Tax deadline moved');
    expect(newMarkers(list)).to.deep.equal([false]);
    await adapter.update(created[0].id, { title: 'Tax deadline moved again' }, { notify: true });
    await until(() => newMarkers(list)[0] === true, 'the re-notified announcement is not new');
    expect(textOf(part(list, 'date'))).to.match(/^Updated /);
  });

  it('says "No announcements" when there are none, in English and German', async () => {
    const { adapter } = await adapterWith({ title: 'Gone', publishAt: '2020-01-01T00:00:00Z', expiresAt: '2020-01-02T00:00:00Z' });
    const english = await showList(adapter);
    expect(textOf(part(english, 'empty'))).to.equal('No announcements');
    expect(part(english, 'list')).to.equal(null);
    await expectAccessible(english);
    const german = await showList(adapter, freshIdentity(), 'de');
    expect(textOf(part(german, 'empty'))).to.equal('Keine Ankündigungen');
  });

  it('speaks German under lang="de"', async () => {
    const { adapter } = await adapterWith({ title: 'Büro geschlossen', severity: 'warning' });
    const list = await showList(adapter, freshIdentity(), 'de');
    expect(textOf(part(list, 'new-badge'))).to.equal('Neu');
    expect(textOf(part(list, 'item-button'))).to.equal('Warnung: Büro geschlossen Neu');
    expect(textOf(part(list, 'date'))).to.match(/^Veröffentlicht am \d{1,2}\.\d{1,2}\.\d{4}$/);
    expect(part(list, 'list')!.getAttribute('aria-label')).to.equal('Ankündigungen');
    await expectAccessible(list);
  });

  it('shows a busy loading state until the announcements arrive', async () => {
    const adapter = new ControllableAdapter();
    await adapter.create({ title: 'Office closed on Friday' });
    adapter.hold();
    const identity = freshIdentity();
    const list = await mount<AnnouncementList>(
      html`<announcement-list .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-list>`,
    );
    await sessionStateFor(identity).ready;
    await list.updateComplete;
    expect(part(list, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(part(list, 'status'))).to.equal('Loading announcements…');
    await expectAccessible(list);

    adapter.release();
    await until(() => titles(list).length === 1);
    expect(part(list, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(part(list, 'status')).to.equal(null);
  });

  it('says when the announcements cannot be loaded, and tries again on request', async () => {
    const adapter = new ControllableAdapter();
    await adapter.create({ title: 'Office closed on Friday' });
    adapter.failing = true;
    const list = await showList(adapter);
    expect(textOf(part(list, 'error'))).to.contain('The announcements could not be loaded.');
    expect(part(list, 'empty')).to.equal(null);
    await expectAccessible(list);

    adapter.failing = false;
    part(list, 'retry-button')!.click();
    await until(() => titles(list).length === 1, 'Try again did not load the list');
    expect(part(list, 'error')).to.equal(null);
  });

  it('keeps showing the last known list when an update fails', async () => {
    const adapter = new ControllableAdapter();
    await adapter.create({ title: 'Known before' });
    const list = await showList(adapter);
    expect(titles(list)).to.deep.equal(['Known before']);

    adapter.failing = true;
    await adapter.create({ title: 'Not yet seen' });
    await until(() => part(list, 'error'), 'the failure was not shown');
    expect(textOf(part(list, 'error'))).to.contain('could not be updated');
    expect(titles(list)).to.deep.equal(['Known before']);
    await expectAccessible(list);

    adapter.failing = false;
    part(list, 'retry-button')!.click();
    await until(() => titles(list).length === 2);
    expect(part(list, 'error')).to.equal(null);
  });

  it('shows only `limit` items with "Show all" and "Show fewer"', async () => {
    const { adapter } = await adapterWith({ title: 'One' }, { title: 'Two' }, { title: 'Three' }, { title: 'Four' });
    const identity = freshIdentity();
    const list = await mount<AnnouncementList>(
      html`<announcement-list limit="2" .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-list>`,
    );
    await settled(list, adapter, identity);
    expect(titles(list)).to.deep.equal(['Four', 'Three']);
    const toggle = part<HTMLButtonElement>(list, 'show-all-button')!;
    expect(textOf(toggle)).to.equal('Show all (4)');
    await expectAccessible(list);

    toggle.focus();
    await pressEnter();
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Four', 'Three', 'Two', 'One']);
    expect(textOf(toggle)).to.equal('Show fewer');
    expect(focused()).to.equal(toggle);

    await pressEnter();
    await list.updateComplete;
    expect(titles(list)).to.have.length(2);
  });

  it('has no "Show all" when everything fits the limit', async () => {
    const { adapter } = await adapterWith({ title: 'One' }, { title: 'Two' });
    const identity = freshIdentity();
    const list = await mount<AnnouncementList>(
      html`<announcement-list limit="2" .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-list>`,
    );
    await settled(list, adapter, identity);
    expect(titles(list)).to.have.length(2);
    expect(part(list, 'show-all-button')).to.equal(null);
  });

  it('updates while open: expiry, deletion and new announcements', async function () {
    this.timeout(15_000);
    const { adapter, created } = await adapterWith({ title: 'Deleted soon' }, { title: 'Expires soon', expiresAt: fromNow(3000) });
    const list = await showList(adapter);
    expect(titles(list)).to.deep.equal(['Expires soon', 'Deleted soon']);
    await adapter.remove(created[0].id);
    await adapter.create({ title: 'Brand new' });
    await until(() => titles(list).join() === 'Brand new,Expires soon', 'deletion or creation did not show');
    await until(() => titles(list).join() === 'Brand new', 'the expired announcement stayed', { timeout: 8000 });
  });

  it('clears "New" when the announcement is read in another tab', async () => {
    const { adapter, created } = await adapterWith({ title: 'Read elsewhere' });
    const identity = freshIdentity();
    const list = await showList(adapter, identity);
    expect(newMarkers(list)).to.deep.equal([true]);
    const peer = await openPeerTab();
    try {
      await peer.library.sessionStateFor(identity).markRead(created[0]);
      await until(() => newMarkers(list)[0] === false, 'the other tab’s reading did not arrive');
    } finally {
      peer.close();
    }
  });

  it('shows a silent title fix in its item and leaves the other items as they were', async () => {
    const { adapter, created } = await adapterWith({ title: 'First' }, { title: 'Second', body: 'Unchanged text.' }, { title: 'Thrid' });
    const list = await showList(adapter);
    const itemsBefore = parts(list, 'item');
    const second = itemsBefore[1];
    const typo = created[2];

    await adapter.update(typo.id, { title: 'Third', body: typo.body, severity: typo.severity, publishAt: null, expiresAt: null }, { notify: false });
    await until(() => titles(list).includes('Third'), 'the fixed title did not arrive');
    expect(titles(list)).to.deep.equal(['Third', 'Second', 'First']);
    expect(parts(list, 'item')[1], 'the unchanged item is the same element').to.equal(second);
    expect(textOf(second.querySelector('[part~="excerpt"]'))).to.equal('Unchanged text.');
  });

  it('speaks the new language in every item when the page switches it', async () => {
    const { adapter } = await adapterWith({ title: 'One' }, { title: 'Two' });
    const list = await showList(adapter);
    expect(parts(list, 'date').map((date) => textOf(date).split(' ')[0])).to.deep.equal(['Published', 'Published']);
    list.parentElement!.setAttribute('lang', 'de');
    await until(() => parts(list, 'date').every((date) => textOf(date).startsWith('Veröffentlicht')), 'the items still speak English');
    expect(parts(list, 'new-badge').map((badge) => textOf(badge))).to.deep.equal(['Neu', 'Neu']);
  });

  it('keeps lists of different sources apart', async () => {
    const first = await adapterWith({ title: 'First source' });
    const second = await adapterWith({ title: 'Second source' });
    const identity = freshIdentity();
    const a = await showList(first.adapter, identity);
    const b = await showList(second.adapter, identity);
    expect(titles(a)).to.deep.equal(['First source']);
    expect(titles(b)).to.deep.equal(['Second source']);
    await feedFor(second.adapter).refresh();
    expect(titles(a)).to.deep.equal(['First source']);
  });
});
