import { expect, html } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import { resetAnnouncementsConfig } from '../../src/configure.js';
import '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import { freshIdentity } from '../helpers/announcements.js';
import { part, textOf, until } from '../helpers/dom.js';
import { mount } from '../helpers/mount.js';

describe('announcement-banner seeded the way a person writes it', () => {
  afterEach(() => resetAnnouncementsConfig());

  it('shows an announcement made of a title alone', async () => {
    const { user, session } = freshIdentity();
    const adapter = new MemoryAdapter([{ title: 'Office closed on Friday' }]);
    const banner = await mount<AnnouncementBanner>(
      html`<announcement-banner .adapter=${adapter} user=${user} session=${session}></announcement-banner>`,
    );
    await until(() => part(banner, 'title') !== null, 'the banner never showed the seeded announcement');
    expect(textOf(part(banner, 'title'))).to.equal('Information: Office closed on Friday');
  });
});
