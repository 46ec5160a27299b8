import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AnnouncementAdapter } from '../../src/adapters/types.js';
import '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import { pressEnter } from '../helpers/keys.js';
import { mount } from '../helpers/mount.js';
import { adapterWith, freshIdentity } from '../helpers/announcements.js';
import { expectAccessible } from '../helpers/axe.js';
import { focused, focusIsWithin, openSidebar, part, removeSidebars, textOf, until } from '../helpers/dom.js';
import { settled } from '../helpers/settle.js';

/** A portal page: the banner first, then the page's own content. */
async function portalPage(adapter: AnnouncementAdapter): Promise<{ banner: AnnouncementBanner; after: HTMLButtonElement }> {
  const identity = freshIdentity();
  const page = await mount<HTMLDivElement>(html`
    <div>
      <announcement-banner .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>
      <main><button id="after">Upload documents</button></main>
    </div>
  `);
  const banner = page.querySelector('announcement-banner')!;
  await settled(banner, adapter, identity);
  return { banner, after: page.querySelector('#after')! };
}

describe('announcement-banner with the keyboard only', () => {
  afterEach(() => removeSidebars());

  it('Tab to Read more, Enter opens the sidebar, Tab stays inside, Escape closes, focus goes on', async () => {
    const { adapter } = await adapterWith({
      title: 'Office closed on Friday',
      body: 'See the [opening hours](https://example.com/hours) for details.',
    });
    const { banner, after } = await portalPage(adapter);

    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(part(banner, 'read-more-button'));

    await pressEnter();
    const sidebar = await openSidebar();
    await until(() => focusIsWithin(sidebar), 'focus did not move into the sidebar');
    expect(focused()).to.equal(part(sidebar, 'close-button'));
    await until(() => part(sidebar, 'description')?.querySelector('a'), 'the description was not rendered');
    await expectAccessible(sidebar);

    for (let press = 0; press < 5; press++) {
      await sendKeys({ press: 'Tab' });
      expect(focusIsWithin(sidebar), `focus left the sidebar after ${press + 1} Tab presses`).to.be.true;
    }

    await sendKeys({ press: 'Escape' });
    await until(() => !sidebar.open, 'Escape did not close the sidebar');
    // The banner hid its only announcement, so focus continues after the banner.
    await until(() => focused() === after, `focus went to ${focused()?.localName} instead of the page content`);
    expect(part(banner, 'base')).to.equal(null);
  });

  it('returns focus to Read more of the next announcement when one is left', async () => {
    const { adapter } = await adapterWith({ title: 'First', severity: 'critical', body: 'One.' }, { title: 'Second', body: 'Two.' });
    const { banner } = await portalPage(adapter);

    await sendKeys({ press: 'Tab' });
    await pressEnter();
    const sidebar = await openSidebar();
    expect(sidebar.announcement?.title).to.equal('First');
    await until(() => focusIsWithin(sidebar));

    await sendKeys({ press: 'Escape' });
    await until(() => !sidebar.open);
    await until(() => focused() === part(banner, 'read-more-button'), 'focus did not return to the banner');
    expect(textOf(part(banner, 'title'))).to.equal('Information: Second');
  });

  it('closes with Enter on the close button and continues after the banner', async () => {
    // Nothing more to read than the title: Close is the only button.
    const { adapter } = await adapterWith({ title: 'Office closed on Friday' });
    const { banner, after } = await portalPage(adapter);

    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(part(banner, 'close-button'));
    await pressEnter();
    await until(() => part(banner, 'base') === null);
    await until(() => focused() === after, 'focus was lost');
  });

  it('pages with the keyboard, and closing moves focus to the next announcement', async () => {
    const { adapter } = await adapterWith(
      { title: 'First', severity: 'critical', body: 'One.' },
      { title: 'Second', body: 'Two.' },
      { title: 'Third', severity: 'success', body: 'Three.' },
    );
    const { banner } = await portalPage(adapter);

    await sendKeys({ press: 'Tab' }); // Read more
    await sendKeys({ press: 'Tab' }); // Previous
    await sendKeys({ press: 'Tab' }); // Next
    expect(focused()).to.equal(part(banner, 'next-button'));
    await pressEnter();
    await banner.updateComplete;
    expect(textOf(part(banner, 'title'))).to.equal('Information: Second');
    expect(focused()).to.equal(part(banner, 'next-button'));

    await sendKeys({ press: 'Tab' }); // Close "Second"
    expect(part(banner, 'close-button')!.getAttribute('aria-label')).to.equal('Close announcement: Second');
    await pressEnter();
    await until(() => textOf(part(banner, 'title')) === 'Success: Third');
    await until(() => focused() === part(banner, 'read-more-button'), 'focus did not move to the next announcement');
    expect(textOf(part(banner, 'position'))).to.equal('2 of 2');
  });
});
