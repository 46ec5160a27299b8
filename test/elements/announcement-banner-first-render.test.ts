import { expect, fixtureSync, html } from '@open-wc/testing';
import { LocalAdapter } from '../../src/adapters/local-adapter.js';
import '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import { resetSessionStates, SessionState, sessionStore } from '../../src/state/session-state.js';
import { freshIdentity } from '../helpers/announcements.js';
import { part, textOf, until } from '../helpers/dom.js';
import { openPeerTab, type PeerTab } from '../helpers/peer-tab.js';
import { settled } from '../helpers/settle.js';
import { captureWarnings, eventually, injectFault, uniqueName } from '../support/faults.js';
import { holdStore } from '../support/slow-storage.js';

type Identity = ReturnType<typeof freshIdentity>;

/** A banner on a new page of the portal, and every title it has rendered since it was connected. */
interface WatchedBanner {
  banner: AnnouncementBanner;
  titles: string[];
  stop(): void;
}

/**
 * Puts a banner on the page and records every title it renders from its very first update on,
 * including titles that were on screen only between two renders.
 */
function watchBanner(adapter: LocalAdapter, identity: Identity): WatchedBanner {
  const banner = fixtureSync<AnnouncementBanner>(
    html`<announcement-banner .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>`,
  );
  const titles: string[] = [];
  const note = () => {
    const title = part(banner, 'title');
    if (title) titles.push(textOf(title));
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node instanceof Element) node.querySelectorAll('[part="title"]').forEach((title) => titles.push(textOf(title)));
      }
    }
    note();
  });
  observer.observe(banner.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return { banner, titles, stop: () => observer.disconnect() };
}

/** What a new page starts with: no state objects of an earlier page, only what is stored. */
function nextPage(name: string): LocalAdapter {
  resetSessionStates();
  return new LocalAdapter({ name });
}

/** Keeps both stores the banner reads busy, as a slow disk or another tab's long write would. */
async function slowStorage(name: string): Promise<() => void> {
  const releases = await Promise.all([holdStore(`portal-announcements-${name}`, 'announcements'), holdStore('portal-announcements-state', 'state')]);
  return () => releases.forEach((release) => release());
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('announcement-banner on its first render', () => {
  let name: string;
  let identity: Identity;

  beforeEach(() => {
    name = uniqueName('first-render');
    identity = freshIdentity();
  });

  /** A page the client visited before: it showed the banner, and left what the next page reads. */
  async function earlierPage(): Promise<WatchedBanner> {
    const page = watchBanner(nextPage(name), identity);
    await settled(page.banner, page.banner.adapter!, identity);
    return page;
  }

  it('shows the announcement at once on a later page, while IndexedDB has not answered yet', async () => {
    await new LocalAdapter({ name }).create({ title: 'Office closed on Friday' });
    (await earlierPage()).stop();

    const release = await slowStorage(name);
    try {
      const page = watchBanner(nextPage(name), identity);
      await page.banner.updateComplete;
      expect(textOf(part(page.banner, 'title'))).to.equal('Information: Office closed on Friday');
      page.stop();
    } finally {
      release();
    }
  });

  it('never shows, not even for a frame, an announcement closed on an earlier page, while IndexedDB is slow', async () => {
    await new LocalAdapter({ name }).create({ title: 'Closed before' });
    const earlier = await earlierPage();
    part(earlier.banner, 'close-button')!.click();
    earlier.stop();

    const release = await slowStorage(name);
    const page = watchBanner(nextPage(name), identity);
    await page.banner.updateComplete;
    await sleep(300);
    release();
    await settled(page.banner, page.banner.adapter!, identity);
    page.stop();
    expect(page.titles).to.deep.equal([]);
  });

  describe('after a close in another tab a moment ago', () => {
    let peer: PeerTab;

    beforeEach(async () => {
      peer = await openPeerTab();
    });
    afterEach(() => peer.close());

    /** The other tab shows the banner; the client will close it there. */
    async function bannerInOtherTab(): Promise<AnnouncementBanner> {
      const banner = peer.document.createElement('announcement-banner');
      banner.adapter = new peer.library.LocalAdapter({ name });
      banner.session = identity.session;
      banner.user = identity.user;
      peer.document.body.append(banner);
      await until(() => part(banner, 'base') !== null, 'the other tab shows no banner');
      await peer.library.sessionStateFor(identity).ready;
      return banner;
    }

    it('does not show it on a page opened right after, before the other tab finished writing', async () => {
      await new LocalAdapter({ name }).create({ title: 'Closed elsewhere' });
      const there = await bannerInOtherTab();
      part(there, 'close-button')!.click();
      // Same task as the click: the other tab's IndexedDB transaction has not committed yet.
      const page = watchBanner(nextPage(name), identity);
      await settled(page.banner, page.banner.adapter!, identity);
      await sleep(100);
      page.stop();
      expect(page.titles).to.deep.equal([]);
    });

    it('hides it at once when it is closed there right after this page rendered from its copies', async () => {
      await new LocalAdapter({ name }).create({ title: 'Closed a moment later' });
      (await earlierPage()).stop();
      const there = await bannerInOtherTab();
      const page = watchBanner(nextPage(name), identity);
      await page.banner.updateComplete;
      expect(textOf(part(page.banner, 'title')), 'rendered from the copies').to.equal('Information: Closed a moment later');
      // Before this page has read IndexedDB or opened its channels.
      part(there, 'close-button')!.click();
      await until(() => part(page.banner, 'base') === null, 'the banner still shows the announcement closed in the other tab');
      page.stop();
    });

    it('shows an announcement published there right after this page rendered from its copies', async () => {
      await new LocalAdapter({ name }).create({ title: 'Office closed on Friday' });
      (await earlierPage()).stop();
      const page = watchBanner(nextPage(name), identity);
      await page.banner.updateComplete;
      await new peer.library.LocalAdapter({ name }).create({ title: 'Published a moment later', severity: 'critical' });
      await until(() => page.banner.queue.length === 2, 'the banner did not take up the announcement published in the other tab');
      page.stop();
    });

    it('does not show it while IndexedDB is slow in both tabs', async () => {
      await new LocalAdapter({ name }).create({ title: 'Closed elsewhere' });
      const there = await bannerInOtherTab();
      const release = await slowStorage(name);
      let page: WatchedBanner;
      try {
        part(there, 'close-button')!.click();
        page = watchBanner(nextPage(name), identity);
        await page.banner.updateComplete;
        await sleep(300);
      } finally {
        release();
      }
      await settled(page.banner, page.banner.adapter!, identity);
      page.stop();
      expect(page.titles).to.deep.equal([]);
    });
  });

  it('waits for IndexedDB, and still shows no closed announcement, when the browser refuses localStorage', async () => {
    const adapter = new LocalAdapter({ name });
    await adapter.create({ title: 'Closed before' });
    const earlier = await earlierPage();
    part(earlier.banner, 'close-button')!.click();
    earlier.stop();
    await adapter.create({ title: 'Still to read' });

    const refused = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const restore = [
      injectFault(Storage.prototype, 'getItem', refused),
      injectFault(Storage.prototype, 'setItem', refused),
      injectFault(Storage.prototype, 'removeItem', refused),
    ];
    try {
      const { warnings } = await captureWarnings(async () => {
        const page = watchBanner(nextPage(name), identity);
        await settled(page.banner, page.banner.adapter!, identity);
        await until(() => part(page.banner, 'base') !== null, 'the banner did not show the other announcement');
        page.stop();
        expect([...new Set(page.titles)]).to.deep.equal(['Information: Still to read']);
      });
      expect(warnings, 'IndexedDB works, so nothing falls back').to.deep.equal([]);
    } finally {
      restore.forEach((undo) => undo());
    }
  });

  it('does not trust an older copy when the close could not be written to localStorage (storage full)', async () => {
    await new LocalAdapter({ name }).create({ title: 'Closed while storage was full' });
    const earlier = await earlierPage();
    const [announcement] = earlier.banner.queue;
    const restore = injectFault(Storage.prototype, 'setItem', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      part(earlier.banner, 'close-button')!.click();
      // Until the close is in IndexedDB, every page writes while storage is still full.
      await eventually(async () => {
        const stored = new SessionState(identity, sessionStore());
        await stored.ready;
        expect(stored.isHidden(announcement)).to.equal(true);
      });
    } finally {
      restore();
    }
    earlier.stop();

    const page = watchBanner(nextPage(name), identity);
    await settled(page.banner, page.banner.adapter!, identity);
    page.stop();
    expect(page.titles).to.deep.equal([]);
  });
});
