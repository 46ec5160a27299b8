import { expect, html } from '@open-wc/testing';
import '../../src/elements/announcement-list/announcement-list.js';
import type { AnnouncementList } from '../../src/elements/announcement-list/announcement-list.js';
import { adapterWith, freshIdentity } from '../helpers/announcements.js';
import { expectAccessible } from '../helpers/axe.js';
import { part, parts, until } from '../helpers/dom.js';
import { mount } from '../helpers/mount.js';

async function listOf(...inputs: Parameters<typeof adapterWith>): Promise<AnnouncementList> {
  const { adapter } = await adapterWith(...inputs);
  const identity = freshIdentity();
  const list = await mount<AnnouncementList>(html`<announcement-list lang="en" .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-list>`);
  await until(() => parts(list, 'item').length === inputs.length && part(list, 'new-badge'), 'the list did not load');
  return list;
}

describe('announcement-list cards', () => {
  it('show that they open, mark New the same way whatever the severity, and ring focus along the card\'s corners', async () => {
    const list = await listOf({ title: 'Critical one', severity: 'critical', body: 'A.' }, { title: 'Success one', severity: 'success', body: 'B.' });
    const [first, second] = parts(list, 'item');
    expect(first.querySelector('.opens svg'), 'a chevron says the card opens').to.exist;
    const [badgeA, badgeB] = parts(list, 'new-badge').map((badge) => getComputedStyle(badge).backgroundColor);
    expect(badgeA).to.equal(badgeB);
    const button = part(list, 'item-button')!;
    expect(getComputedStyle(button, '::after').borderTopLeftRadius).to.equal(getComputedStyle(first).borderTopLeftRadius);
    expect(getComputedStyle(first).borderTopLeftRadius).to.not.equal('0px');
    expect(second).to.exist;
    await expectAccessible(list);
  });
});
