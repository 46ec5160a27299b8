import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/elements/announcement-banner/announcement-banner.js';
import '../../src/elements/announcement-list/announcement-list.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementList } from '../../src/elements/announcement-list/announcement-list.js';
import { adapterWith, freshIdentity } from '../helpers/announcements.js';
import { part, until } from '../helpers/dom.js';
import { canEmulateMedia } from '../helpers/media.js';
import { mount } from '../helpers/mount.js';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import { editorFixture, inPanel } from './editor/editor-fixture.js';

/** Whether a box shows a border a person can see: in forced colours, backgrounds are gone. */
function hasVisibleBorder(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) >= 1;
}

describe('forced colours (Windows high contrast)', () => {
  let emulated = false;
  before(async () => {
    if (!(await canEmulateMedia())) return;
    emulated = (await executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active: true })) === true;
  });
  after(async () => {
    if (emulated) await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('keeps the banner, its buttons, the list items and the New marker outlined', async function () {
    if (!emulated || !matchMedia('(forced-colors: active)').matches) this.skip();
    const identity = freshIdentity();
    const { adapter } = await adapterWith({ title: 'Office closed on Friday', severity: 'warning', body: 'Back on Monday.' });
    const page = await mount<HTMLDivElement>(html`<div lang="en">
      <announcement-banner .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>
      <announcement-list .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-list>
    </div>`);
    const banner = page.querySelector<AnnouncementBanner>('announcement-banner')!;
    const list = page.querySelector<AnnouncementList>('announcement-list')!;
    await until(() => part(banner, 'base') && part(list, 'new-badge'));

    expect(hasVisibleBorder(part(banner, 'base')!), 'the banner region').to.equal(true);
    expect(hasVisibleBorder(part(banner, 'read-more-button')!), 'Read more').to.equal(true);
    expect(hasVisibleBorder(part(banner, 'close-button')!), 'Close').to.equal(true);
    expect(hasVisibleBorder(part(list, 'item')!), 'a list item').to.equal(true);
    expect(hasVisibleBorder(part(list, 'new-badge')!), 'the New marker').to.equal(true);
  });

  it('keeps the marker of an invalid editor field, which a shadow alone would lose', async function () {
    if (!emulated || !matchMedia('(forced-colors: active)').matches) this.skip();
    const editor = await editorFixture({ adapter: new MemoryAdapter() });
    await editor.showCreateForm();
    const title = inPanel(editor, '#title')!;
    const before = parseFloat(getComputedStyle(title).borderInlineStartWidth);
    inPanel(editor, '#publish')!.click();
    await until(() => title.getAttribute('aria-invalid') === 'true');
    expect(parseFloat(getComputedStyle(title).borderInlineStartWidth), 'the invalid field stands out').to.be.at.least(before + 2);
    expect(getComputedStyle(inPanel(editor, '#title-error')!, '::before').content).to.contain('⚠');
  });
});
