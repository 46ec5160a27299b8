import { expect, html, oneEvent } from '@open-wc/testing';
import type { AnnouncementAdapter } from '../../src/adapters/types.js';
import { configureAnnouncements, resetAnnouncementsConfig } from '../../src/configure.js';
import '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementDismissEvent, AnnouncementShowEvent } from '../../src/events/announcement-events.js';
import { sessionStateFor } from '../../src/state/session-state.js';
import { mount } from '../helpers/mount.js';
import { adapterWith, ControllableAdapter, freshIdentity } from '../helpers/announcements.js';
import { expectAccessible } from '../helpers/axe.js';
import { openSidebar, part, parts, removeSidebars, textOf, until } from '../helpers/dom.js';
import { settled } from '../helpers/settle.js';

type Identity = ReturnType<typeof freshIdentity>;

async function showBanner(adapter: AnnouncementAdapter, identity: Identity = freshIdentity()): Promise<AnnouncementBanner> {
  const banner = await mount<AnnouncementBanner>(
    html`<announcement-banner .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>`,
  );
  await settled(banner, adapter, identity);
  return banner;
}

describe('announcement-banner', () => {
  afterEach(() => {
    removeSidebars();
    resetAnnouncementsConfig();
  });

  describe('what it shows', () => {
    it('shows a visible announcement as a region named by its title, with an excerpt and both buttons', async () => {
      const { adapter } = await adapterWith({
        title: 'Office closed on Friday',
        body: 'Our office is **closed** on Friday.\n\nWe are back on Monday.',
        severity: 'warning',
      });
      const banner = await showBanner(adapter);

      const region = part(banner, 'base')!;
      expect(region.localName).to.equal('section');
      expect(region.getAttribute('role')).to.equal(null);
      expect(region.getAttribute('aria-labelledby')).to.equal('title');
      expect(textOf(part(banner, 'title'))).to.equal('Warning: Office closed on Friday');
      expect(textOf(part(banner, 'excerpt'))).to.equal('Our office is closed on Friday. We are back on Monday.');
      expect(textOf(part(banner, 'read-more-button'))).to.equal('Read more');
      expect(part(banner, 'close-button')!.getAttribute('aria-label')).to.equal('Close announcement: Office closed on Friday');
      expect(region.classList.contains('severity-warning')).to.be.true;
      expect(part(banner, 'pager')).to.equal(null);
      await expectAccessible(banner);
    });

    it('decodes rare character references before it first shows the excerpt', async () => {
      // `&eacute;` and `&hellip;` need the name table that only loads for such a description.
      const { adapter } = await adapterWith({ title: 'Caf\u00e9 hours', body: 'The caf&eacute; opens at 8 &ndash; more soon&hellip;' });
      const banner = await mount<AnnouncementBanner>(html`<announcement-banner .adapter=${adapter}></announcement-banner>`);
      await until(() => part(banner, 'excerpt') !== null);
      expect(textOf(part(banner, 'excerpt'))).to.equal('The caf\u00e9 opens at 8 \u2013 more soon\u2026');
    });

    it('shows nothing and takes no space when nothing is visible', async () => {
      const { adapter } = await adapterWith(
        { title: 'Expired', expiresAt: '2020-01-02T00:00:00Z', publishAt: '2020-01-01T00:00:00Z' },
        { title: 'Scheduled', publishAt: '2999-01-01T00:00:00Z' },
      );
      const banner = await showBanner(adapter);
      expect(part(banner, 'base')).to.equal(null);
      expect(banner.getBoundingClientRect().height).to.equal(0);
    });

    it('does not move focus on page load', async () => {
      const { adapter } = await adapterWith({ title: 'Office closed on Friday' });
      const before = document.activeElement;
      const banner = await showBanner(adapter);
      expect(part(banner, 'base')).to.exist;
      expect(document.activeElement).to.equal(before);
      expect(banner.shadowRoot!.activeElement).to.equal(null);
    });

    it('has buttons of at least 24 by 24 pixels', async () => {
      const { adapter } = await adapterWith({ title: 'One', body: 'Details.' }, { title: 'Two', body: 'Details.' });
      const banner = await showBanner(adapter);
      const buttons = Array.from(banner.shadowRoot!.querySelectorAll('button'));
      expect(buttons).to.have.length(4);
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        expect(box.width, textOf(button) || button.getAttribute('aria-label')!).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
    });
  });

  describe('before it knows the state', () => {
    it('renders nothing while the announcements are loading, then shows them', async () => {
      const adapter = new ControllableAdapter();
      await adapter.create({ title: 'Office closed on Friday' });
      adapter.hold();
      const identity = freshIdentity();
      const banner = await mount<AnnouncementBanner>(
        html`<announcement-banner .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>`,
      );
      await sessionStateFor(identity).ready;
      await banner.updateComplete;
      expect(banner.shadowRoot!.childElementCount).to.equal(0);
      expect(banner.getBoundingClientRect().height).to.equal(0);

      adapter.release();
      await until(() => part(banner, 'base'), 'the banner did not appear');
      expect(banner.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('does not flash an announcement that was already closed in this session', async () => {
      const { adapter, created } = await adapterWith({ title: 'Closed before' });
      const identity = freshIdentity();
      await sessionStateFor(identity).hide(created[0], 'close');
      const banner = await mount<AnnouncementBanner>(
        html`<announcement-banner .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>`,
      );
      let everShown = false;
      const observer = new MutationObserver(() => (everShown ||= part(banner, 'base') !== null));
      observer.observe(banner.shadowRoot!, { childList: true, subtree: true });
      await settled(banner, adapter, identity);
      observer.disconnect();
      expect(everShown || part(banner, 'base') !== null).to.be.false;
    });

    it('with reserve-space, holds the reserved height while loading and collapses when nothing shows', async () => {
      const adapter = new ControllableAdapter();
      adapter.hold();
      const identity = freshIdentity();
      const wrapper = await mount<HTMLDivElement>(html`
        <div class="host-page">
          <announcement-banner reserve-space .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>
        </div>
      `);
      const banner = wrapper.querySelector('announcement-banner')!;
      banner.style.setProperty('--announcement-banner-reserve', '60px');
      await banner.updateComplete;
      expect(banner.getBoundingClientRect().height).to.equal(60);

      adapter.release();
      await settled(banner, adapter, identity);
      expect(banner.getBoundingClientRect().height).to.equal(0);
    });

    it('as a top overlay, shows without moving the content after it', async () => {
      const { adapter } = await adapterWith({ title: 'Office closed on Friday' });
      const identity = freshIdentity();
      const wrapper = await mount<HTMLDivElement>(html`
        <div>
          <announcement-banner placement="top" .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>
          <p>Page content</p>
        </div>
      `);
      const banner = wrapper.querySelector('announcement-banner')!;
      const content = wrapper.querySelector('p')!;
      const before = content.getBoundingClientRect().top;
      await settled(banner, adapter, identity);
      const region = part(banner, 'base')!;
      expect(region).to.exist;
      expect(getComputedStyle(region).position).to.equal('fixed');
      expect(region.getBoundingClientRect().top).to.equal(0);
      expect(content.getBoundingClientRect().top).to.equal(before);
    });
  });

  describe('close', () => {
    it('hides the announcement for the rest of the session and says so with an event', async () => {
      const { adapter, created } = await adapterWith({ title: 'Office closed on Friday' });
      const identity = freshIdentity();
      const banner = await showBanner(adapter, identity);

      const dismissed = oneEvent(banner, 'announcement-dismiss') as Promise<AnnouncementDismissEvent>;
      part(banner, 'close-button')!.click();
      const event = await dismissed;
      expect(event.source).to.equal('close');
      expect(event.announcement.id).to.equal(created[0].id);
      expect(event.bubbles && event.composed).to.be.true;
      await banner.updateComplete;
      expect(part(banner, 'base')).to.equal(null);

      // Another page of the same session: still hidden.
      const nextPage = await showBanner(adapter, identity);
      expect(part(nextPage, 'base')).to.equal(null);
      // Closing is not reading: the home list still marks it new.
      expect(sessionStateFor(identity).hasRead(created[0])).to.be.false;
    });
  });

  describe('read more', () => {
    it('opens the full message in a sidebar it creates, and hides the banner for the session', async () => {
      const { adapter, created } = await adapterWith({ title: 'Office closed on Friday', body: 'Back on **Monday**.' });
      const identity = freshIdentity();
      const banner = await showBanner(adapter, identity);
      expect(document.querySelector('announcement-sidebar')).to.equal(null);

      const dismissed = oneEvent(banner, 'announcement-dismiss') as Promise<AnnouncementDismissEvent>;
      part(banner, 'read-more-button')!.click();
      const sidebar = await openSidebar();
      expect(sidebar.announcement?.id).to.equal(created[0].id);
      await until(() => part(sidebar, 'description')?.querySelector('strong'), 'the description was not rendered');
      expect(textOf(part(sidebar, 'description'))).to.equal('Back on Monday.');
      expect((await dismissed).source).to.equal('read-more');
      await until(() => part(banner, 'base') === null, 'the banner stayed');
      expect(sessionStateFor(identity).hasRead(created[0])).to.be.true;
    });

    it('lets the host show the message itself by cancelling the read-more event', async () => {
      const { adapter, created } = await adapterWith({ title: 'Office closed on Friday', body: 'Details.' });
      const banner = await showBanner(adapter);
      const requested: string[] = [];
      banner.addEventListener('announcement-read-more', (event) => {
        requested.push(event.announcement.id);
        event.preventDefault();
      });
      const dismissed = oneEvent(banner, 'announcement-dismiss');
      part(banner, 'read-more-button')!.click();
      await dismissed;
      expect(requested).to.deep.equal([created[0].id]);
      expect(document.querySelector('announcement-sidebar')).to.equal(null);
      await banner.updateComplete;
      expect(part(banner, 'base')).to.equal(null);
    });

    it('uses the sidebar already on the page when it serves the same source', async () => {
      const { adapter, created } = await adapterWith({ title: 'Office closed on Friday', body: 'Details.' });
      const identity = freshIdentity();
      const wrapper = await mount<HTMLDivElement>(html`
        <div>
          <announcement-banner .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>
          <announcement-sidebar id="page-sidebar" .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-sidebar>
        </div>
      `);
      await import('../../src/elements/announcement-sidebar/announcement-sidebar.js');
      const banner = wrapper.querySelector('announcement-banner')!;
      await settled(banner, adapter, identity);
      part(banner, 'read-more-button')!.click();
      const sidebar = await openSidebar();
      expect(sidebar.id).to.equal('page-sidebar');
      expect(document.querySelectorAll('announcement-sidebar')).to.have.length(1);
      expect(sidebar.announcement?.id).to.equal(created[0].id);
    });
  });

  describe('several announcements', () => {
    it('shows one at a time, most urgent first, with "1 of 3" and previous/next that wrap around', async () => {
      const { adapter } = await adapterWith(
        { title: 'New upload works', severity: 'success' },
        { title: 'Server maintenance', severity: 'critical' },
        { title: 'Office closed on Friday', severity: 'info' },
      );
      const banner = await showBanner(adapter);
      const title = () => textOf(part(banner, 'title'));
      const position = () => textOf(part(banner, 'position'));
      expect(banner.shadowRoot!.querySelectorAll('section')).to.have.length(1);
      expect(title()).to.equal('Critical: Server maintenance');
      expect(position()).to.equal('1 of 3');
      expect(part(banner, 'pager')!.getAttribute('role')).to.equal('group');

      part(banner, 'next-button')!.click();
      await banner.updateComplete;
      expect(title()).to.equal('Information: Office closed on Friday');
      expect(position()).to.equal('2 of 3');
      expect(textOf(banner.shadowRoot!.querySelector('[role="status"]'))).to.equal('Announcement 2 of 3: Office closed on Friday');

      part(banner, 'next-button')!.click();
      part(banner, 'next-button')!.click();
      await banner.updateComplete;
      expect(position()).to.equal('1 of 3');
      part(banner, 'previous-button')!.click();
      await banner.updateComplete;
      expect(title()).to.equal('Success: New upload works');
      await expectAccessible(banner);
    });

    it('shows the next one after the current one is closed, and nothing after the last', async () => {
      const { adapter } = await adapterWith({ title: 'First', severity: 'critical' }, { title: 'Second', severity: 'info' });
      const banner = await showBanner(adapter);
      part(banner, 'close-button')!.click();
      await until(() => textOf(part(banner, 'title')) === 'Information: Second');
      expect(part(banner, 'pager')).to.equal(null);
      part(banner, 'close-button')!.click();
      await until(() => part(banner, 'base') === null);
    });

    it('reports each impression once per session, when the announcement is actually shown', async () => {
      const { adapter, created } = await adapterWith({ title: 'First', severity: 'critical' }, { title: 'Second' });
      const identity = freshIdentity();
      const shown: string[] = [];
      const listener = (event: AnnouncementShowEvent) => shown.push(event.announcement.title);
      document.addEventListener('announcement-show', listener);
      try {
        const banner = await showBanner(adapter, identity);
        await until(() => shown.length === 1);
        expect(shown).to.deep.equal(['First']);
        part(banner, 'next-button')!.click();
        await until(() => shown.length === 2);
        part(banner, 'previous-button')!.click();
        await banner.updateComplete;

        // A second page of the same session shows "First" again, but it is no new impression.
        const secondPage = await showBanner(adapter, identity);
        expect(textOf(part(secondPage, 'title'))).to.contain('First');
        // Store writes run in order: once this one is done, the second page's has settled too.
        expect(await sessionStateFor(identity).markShown(created[0])).to.be.false;
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(shown).to.deep.equal(['First', 'Second']);
      } finally {
        document.removeEventListener('announcement-show', listener);
      }
    });
  });

  describe('language and layout', () => {
    it('speaks German under lang="de"', async () => {
      const { adapter } = await adapterWith({ title: 'Büro am Freitag geschlossen', severity: 'warning', body: 'Details.' }, { title: 'Zweite', body: 'Details.' });
      const identity = freshIdentity();
      const wrapper = await mount<HTMLDivElement>(html`
        <div lang="de">
          <announcement-banner .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>
        </div>
      `);
      const banner = wrapper.querySelector('announcement-banner')!;
      await settled(banner, adapter, identity);
      expect(textOf(part(banner, 'read-more-button'))).to.equal('Weiterlesen');
      expect(part(banner, 'close-button')!.getAttribute('aria-label')).to.equal('Ankündigung schließen: Büro am Freitag geschlossen');
      expect(textOf(part(banner, 'position'))).to.equal('1 von 2');
      expect(part(banner, 'next-button')!.getAttribute('aria-label')).to.equal('Nächste Ankündigung');
      expect(textOf(part(banner, 'title'))).to.equal('Warnung: Büro am Freitag geschlossen');
      await expectAccessible(banner);
    });

    it('takes the host’s own wording', async () => {
      configureAnnouncements({ strings: { en: { bannerReadMore: 'Details' } } });
      const { adapter } = await adapterWith({ title: 'Office closed on Friday', body: 'Details.' });
      const banner = await showBanner(adapter);
      expect(textOf(part(banner, 'read-more-button'))).to.equal('Details');
    });

    it('lays out right to left under dir="rtl"', async () => {
      const { adapter } = await adapterWith({ title: 'One' }, { title: 'Two' });
      const identity = freshIdentity();
      const wrapper = await mount<HTMLDivElement>(html`
        <div dir="rtl">
          <announcement-banner .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>
        </div>
      `);
      const banner = wrapper.querySelector('announcement-banner')!;
      await settled(banner, adapter, identity);
      const icon = part(banner, 'icon')!.getBoundingClientRect();
      const close = part(banner, 'close-button')!.getBoundingClientRect();
      expect(icon.left).to.be.greaterThan(close.left);
      expect(getComputedStyle(part(banner, 'next-button')!).transform).to.not.equal('none');
      await expectAccessible(banner);
    });
  });

  describe('several sources on one page', () => {
    it('keeps banners with different adapters apart', async () => {
      const first = await adapterWith({ title: 'From the first source', body: 'Details.' });
      const second = await adapterWith({ title: 'From the second source', body: 'Details.' });
      const identity = freshIdentity();
      const wrapper = await mount<HTMLDivElement>(html`
        <div>
          <announcement-banner id="a" .adapter=${first.adapter} session=${identity.session} user=${identity.user}></announcement-banner>
          <announcement-banner id="b" .adapter=${second.adapter} session=${identity.session} user=${identity.user}></announcement-banner>
        </div>
      `);
      const [a, b] = Array.from(wrapper.querySelectorAll('announcement-banner'));
      await settled(a, first.adapter, identity);
      await settled(b, second.adapter, identity);
      expect(textOf(part(a, 'title'))).to.contain('From the first source');
      expect(textOf(part(b, 'title'))).to.contain('From the second source');

      part(b, 'read-more-button')!.click();
      const sidebar = await openSidebar();
      expect(sidebar.announcement?.title).to.equal('From the second source');
      sidebar.hide();
      await until(() => part(b, 'base') === null);
      expect(parts(a, 'base')).to.have.length(1);
    });
  });
});
