import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import { adapterWith, freshIdentity } from '../helpers/announcements.js';
import { expectAccessible } from '../helpers/axe.js';
import { part, until } from '../helpers/dom.js';
import { mount } from '../helpers/mount.js';

async function bannerWith(...inputs: Parameters<typeof adapterWith>): Promise<AnnouncementBanner> {
  const { adapter } = await adapterWith(...inputs);
  const identity = freshIdentity();
  const banner = await mount<AnnouncementBanner>(html`<announcement-banner lang="en" .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>`);
  await until(() => part(banner, 'base'), 'the banner did not show');
  return banner;
}

describe('announcement-banner layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps its height and the pager in place while paging on a phone', async () => {
    await setViewport({ width: 390, height: 844 });
    const banner = await bannerWith(
      { title: 'Office closed on Friday', severity: 'warning', body: 'We are back on Monday at nine, as always, and the phone line reopens at ten.' },
      { title: 'New document upload', severity: 'info', body: 'Short.' },
      { title: 'New deadlines for advance VAT returns from January onwards', severity: 'info', body: 'From 1 January, returns are due on the 10th.' },
    );
    const seen: string[] = [];
    for (let page = 0; page < 3; page++) {
      const next = part(banner, 'next-button')!;
      const box = part(banner, 'base')!.getBoundingClientRect();
      seen.push(`${Math.round(box.height)}|${Math.round(next.getBoundingClientRect().top)}|${Math.round(next.getBoundingClientRect().left)}`);
      const title = part(banner, 'title')!.textContent;
      next.click();
      await until(() => part(banner, 'title')!.textContent !== title);
    }
    expect(new Set(seen).size, `height|next top|next left per page: ${seen.join(', ')}`).to.equal(1);
  });

  it('sets Close apart from the pager: borderless, at the end of the first row', async () => {
    const banner = await bannerWith({ title: 'First', body: 'One.' }, { title: 'Second', body: 'Two.' });
    const close = part(banner, 'close-button')!;
    const next = part(banner, 'next-button')!;
    expect(getComputedStyle(close).borderTopColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(next).borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
    // Close sits on the title's row, the pager below the text.
    expect(close.getBoundingClientRect().top).to.be.below(part(banner, 'title')!.getBoundingClientRect().bottom);
    expect(next.getBoundingClientRect().top).to.be.at.least(close.getBoundingClientRect().bottom);
    expect(close.getBoundingClientRect().width).to.be.at.least(24);
    await expectAccessible(banner);
  });

  it('offers only Close when there is nothing more to read than the title', async () => {
    const banner = await bannerWith({ title: 'Office closed on Friday' });
    expect(part(banner, 'read-more-button')).to.equal(null);
    expect(part(banner, 'actions')).to.equal(null);
    expect(part(banner, 'close-button')).to.exist;
    await expectAccessible(banner);
  });
});
