/**
 * The client and staff elements on a RestAdapter whose server misbehaves: they keep what
 * they show, and the editor keeps what its user wrote.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { resetAnnouncementsConfig } from '../../src/configure.js';
import '../../src/elements/announcement-banner/announcement-banner.js';
import '../../src/elements/announcement-list/announcement-list.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementList } from '../../src/elements/announcement-list/announcement-list.js';
import { AdapterUnavailableError } from '../../src/model/errors.js';
import { feedFor } from '../../src/state/feed.js';
import '../../src/elements/announcement-editor/announcement-editor.js';
import type { AnnouncementEditor } from '../../src/elements/announcement-editor/announcement-editor.js';
import { $, click, inPanel, panelOpen } from '../elements/editor/editor-fixture.js';
import { part, textOf } from '../helpers/dom.js';
import { freshCollection, restAdapterPool, setFaults } from './rest-server.js';
import { openPeerTab } from '../helpers/peer-tab.js';

describe('elements on a failing RestAdapter', function () {
  // Chromium slows the timers of a test page that runs in the background next to another one.
  this.timeout(20_000);
  const { make, clearAll } = restAdapterPool();
  afterEach(async () => {
    resetAnnouncementsConfig();
    await clearAll();
  });

  /**
   * The editor as the fixture's own root: a wrapping element would make `fixture()` wait for
   * an animation frame, which Chromium does not run for a test page in the background.
   */
  async function editorOn(adapter: RestAdapter): Promise<AnnouncementEditor> {
    const editor = await fixture<AnnouncementEditor>(
      html`<announcement-editor lang="en" .adapter=${adapter} .user=${crypto.randomUUID()} time-zone="UTC"></announcement-editor>`,
    );
    await waitUntil(() => !$(editor, '[part~="loading"]'), 'the list did not load', { timeout: 5000 });
    return editor;
  }

  /** A previous page load filled the cache; this page's adapter finds the server down. */
  async function reloadWithServerDown(title: string): Promise<RestAdapter> {
    const base = freshCollection();
    const earlier = make(base);
    await earlier.create({ title, body: 'Details follow.' });
    await earlier.list();
    await setFaults(base, { down: true });
    return make(base, { retry: false });
  }

  it('the banner keeps showing the cached announcement while the server is down', async () => {
    const adapter = await reloadWithServerDown('Office closed on Friday');
    const banner = await fixture<AnnouncementBanner>(
      html`<announcement-banner .adapter=${adapter} session=${crypto.randomUUID()} user=${crypto.randomUUID()}></announcement-banner>`,
    );
    await waitUntil(() => part(banner, 'title'), 'the banner did not show the cached announcement');
    expect(textOf(part(banner, 'title'))).to.contain('Office closed on Friday');
    await waitUntil(() => feedFor(adapter).error instanceof AdapterUnavailableError, 'the failure was not noticed');
    await banner.updateComplete;
    expect(textOf(part(banner, 'title'))).to.contain('Office closed on Friday');
  });

  it('the list keeps showing the cached announcements while the server is down', async () => {
    const adapter = await reloadWithServerDown('Tax deadline moved');
    const list = await fixture<AnnouncementList>(
      html`<announcement-list .adapter=${adapter} session=${crypto.randomUUID()} user=${crypto.randomUUID()}></announcement-list>`,
    );
    const shown = () => textOf(list.shadowRoot as unknown as Element);
    await waitUntil(() => shown().includes('Tax deadline moved'), 'the list did not show the cached announcement');
    await waitUntil(() => feedFor(adapter).error instanceof AdapterUnavailableError, 'the failure was not noticed');
    await list.updateComplete;
    expect(shown()).to.contain('Tax deadline moved');
  });

  it('the editor shows the conflict when another editor saved first, and keeps the draft', async () => {
    const base = freshCollection();
    const seed = await make(base, { cache: false }).create({ title: 'Opening hours' });
    const mine = await editorOn(make(base));
    const theirs = make(base, { cache: false });

    await click($(mine, `[data-edit="${seed.id}"]`)!);
    await waitUntil(() => panelOpen(mine));
    const title = inPanel<HTMLInputElement>(mine, '#title')!;
    await click(title);
    title.select();
    await sendKeys({ type: 'Opening hours in December' });

    // Someone else publishes their edit while this one is open.
    await theirs.update(seed.id, { title: 'Opening hours (updated)' }, { expectedVersion: seed.version });

    await click(inPanel(mine, '#publish')!);
    await waitUntil(() => inPanel(mine, '[part~="keep-mine-button"]'), 'no conflict was shown');
    expect(textOf(inPanel(mine, 'dialog'))).to.contain('This announcement was changed by someone else.');
    expect(inPanel<HTMLInputElement>(mine, '#title')!.value).to.equal('Opening hours in December');
    expect((await theirs.list())[0].title).to.equal('Opening hours (updated)');
  });

  it('two editors in two pages: the second to publish the same announcement gets the conflict', async () => {
    const base = freshCollection();
    const seed = await make(base, { cache: false }).create({ title: 'Opening hours' });
    const tab = await openPeerTab();
    try {
      // The other page: its own library, adapter and editor, opened on the same announcement.
      const theirs = tab.document.createElement('announcement-editor') as AnnouncementEditor;
      theirs.setAttribute('lang', 'en');
      theirs.adapter = new tab.library.RestAdapter({ baseUrl: base, cache: false });
      tab.document.body.append(theirs);
      await waitUntil(() => $(theirs, `[data-edit="${seed.id}"]`), 'the other editor did not list the announcement');
      $(theirs, `[data-edit="${seed.id}"]`)!.click();
      await waitUntil(() => panelOpen(theirs));

      // This page opens the same announcement before the other one publishes.
      const mine = await editorOn(make(base, { cache: false }));
      await click($(mine, `[data-edit="${seed.id}"]`)!);
      await waitUntil(() => panelOpen(mine));

      const theirTitle = inPanel<HTMLInputElement>(theirs, '#title')!;
      theirTitle.value = 'Opening hours (their edit)';
      theirTitle.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      inPanel(theirs, '#publish')!.click();
      await waitUntil(() => !panelOpen(theirs), 'the first editor could not publish');

      const title = inPanel<HTMLInputElement>(mine, '#title')!;
      await click(title);
      title.select();
      await sendKeys({ type: 'Opening hours (my edit)' });
      await click(inPanel(mine, '#publish')!);
      await waitUntil(() => inPanel(mine, '[part~="keep-mine-button"]'), 'no conflict was shown');
      expect(textOf(inPanel(mine, 'dialog'))).to.contain('This announcement was changed by someone else.');
      expect(title.value, 'the second editor keeps its text').to.equal('Opening hours (my edit)');
      const stored = await make(base, { cache: false }).list();
      expect(stored.map((announcement) => announcement.title)).to.deep.equal(['Opening hours (their edit)']);
    } finally {
      tab.close();
    }
  });

  it('the editor says publishing failed when the server is down, keeps the draft, and publishes once it is back', async () => {
    const base = freshCollection();
    const adapter = make(base, { retry: false });
    const editor = await editorOn(adapter);
    await click($(editor, '#create')!);
    await waitUntil(() => panelOpen(editor));
    await click(inPanel(editor, '#title')!);
    await sendKeys({ type: 'Written while the server was away' });

    await setFaults(base, { down: true });
    await click(inPanel(editor, '#publish')!);
    await waitUntil(() => inPanel(editor, '[part~="retry-button"]'), 'the failure was not shown');
    expect(textOf(inPanel(editor, 'dialog'))).to.contain('could not be published because the connection failed');
    expect(inPanel<HTMLInputElement>(editor, '#title')!.value).to.equal('Written while the server was away');

    await setFaults(base, {});
    await click(inPanel(editor, '[part~="retry-button"]')!);
    await waitUntil(() => !panelOpen(editor), 'the retry did not publish');
    expect((await adapter.list()).map((a) => a.title)).to.deep.equal(['Written while the server was away']);
  });
});
