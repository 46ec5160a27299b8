import { html } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import '../../src/elements/announcement-list/announcement-list.js';
import '../../src/elements/announcement-sidebar/announcement-sidebar.js';
import type { AnnouncementList } from '../../src/elements/announcement-list/announcement-list.js';
import type { AnnouncementSidebar } from '../../src/elements/announcement-sidebar/announcement-sidebar.js';
import { part, parts, until } from '../helpers/dom.js';
import { mount } from '../helpers/mount.js';
import { applyLook, expectLook, LOOKS, resetLook } from './look.js';
import { sampleAnnouncements } from './sample-announcements.js';

/** Only what clients see: the expired and scheduled samples stay out of the list. */
const visibleSamples = () => new MemoryAdapter(sampleAnnouncements().filter((announcement) => ['closed', 'vat'].includes(announcement.id)));

describe('the client side looks as designed', () => {
  afterEach(async () => {
    document.querySelectorAll('announcement-sidebar').forEach((sidebar) => sidebar.remove());
    await resetLook();
  });

  for (const [name, look] of Object.entries(LOOKS)) {
    it(`sidebar with rich text, ${name}`, async () => {
      await applyLook(look);
      const sidebar = await mount<AnnouncementSidebar>(html`<announcement-sidebar .adapter=${visibleSamples()} session=${crypto.randomUUID()} user=${crypto.randomUUID()}></announcement-sidebar>`);
      await sidebar.show('vat');
      await until(() => part(sidebar, 'description')?.querySelector('table'), 'the description was not rendered');
      (document.activeElement as HTMLElement | null)?.blur();
      await expectLook(part(sidebar, 'dialog')!, `sidebar-${name}`);
    });
  }

  for (const [name, look] of Object.entries({ light: LOOKS.light, dark: LOOKS.dark, phone: LOOKS.phone, german: LOOKS.german })) {
    it(`home list, ${name}`, async () => {
      await applyLook(look);
      const list = await mount<AnnouncementList>(html`<announcement-list .adapter=${visibleSamples()} session=${crypto.randomUUID()} user=${crypto.randomUUID()}></announcement-list>`);
      await until(() => parts(list, 'item').length === 2, 'the list did not load');
      await expectLook(list, `list-${name}`);
    });
  }
});
