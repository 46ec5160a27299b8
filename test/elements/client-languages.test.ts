import { expect, html } from '@open-wc/testing';
import '../../src/elements/announcement-banner/announcement-banner.js';
import '../../src/elements/announcement-list/announcement-list.js';
import type { AnnouncementBanner } from '../../src/elements/announcement-banner/announcement-banner.js';
import type { AnnouncementList } from '../../src/elements/announcement-list/announcement-list.js';
import type { AnnouncementAdapter } from '../../src/adapters/types.js';
import { configureAnnouncements, resetAnnouncementsConfig } from '../../src/configure.js';
import type { AnnouncementReadMoreEvent, AnnouncementShowEvent } from '../../src/events/announcement-events.js';
import type { AnnouncementInput } from '../../src/model/announcement.js';
import { adapterWith, freshIdentity } from '../helpers/announcements.js';
import { expectAccessible } from '../helpers/axe.js';
import { openSidebar, part, parts, removeSidebars, textOf, until } from '../helpers/dom.js';
import { mount } from '../helpers/mount.js';
import { settled } from '../helpers/settle.js';

const VAT: AnnouncementInput = {
  title: 'New deadline for advance VAT returns',
  body: 'Returns are now due on the **10th**.',
  language: 'en',
  variants: [
    { language: 'de', title: 'Neue Frist für Umsatzsteuer-Voranmeldungen', body: 'Voranmeldungen sind jetzt am **10.** fällig.' },
    { language: 'ar', title: 'موعد جديد للإقرارات الضريبية', body: 'الإقرارات مستحقة الآن في اليوم العاشر.' },
  ],
};

/** A banner inside a wrapper carrying `lang` (and `dir`), as a portal page would. */
async function bannerIn(adapter: AnnouncementAdapter, attributes: { lang?: string; dir?: string } = {}) {
  const identity = freshIdentity();
  const page = await mount<HTMLDivElement>(html`
    <div lang=${attributes.lang ?? 'en'} dir=${attributes.dir ?? 'ltr'}>
      <announcement-banner .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>
      <announcement-list .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-list>
    </div>
  `);
  const banner = page.querySelector<AnnouncementBanner>('announcement-banner')!;
  const list = page.querySelector<AnnouncementList>('announcement-list')!;
  await settled(banner, adapter, identity);
  await settled(list, adapter, identity);
  return { page, banner, list, identity };
}

describe('client elements in the reader\'s language', () => {
  afterEach(() => {
    resetAnnouncementsConfig();
    removeSidebars();
  });

  it('shows the German variant on a German page: banner, excerpt, list, sidebar and events', async () => {
    const { adapter } = await adapterWith(VAT);
    const shows: AnnouncementShowEvent[] = [];
    const opens: AnnouncementReadMoreEvent[] = [];
    addEventListener('announcement-show', (event) => shows.push(event));
    addEventListener('announcement-read-more', (event) => opens.push(event));
    const { banner, list } = await bannerIn(adapter, { lang: 'de' });

    expect(textOf(part(banner, 'title'))).to.equal('Information: Neue Frist für Umsatzsteuer-Voranmeldungen');
    expect(textOf(part(banner, 'excerpt'))).to.equal('Voranmeldungen sind jetzt am 10. fällig.');
    expect(part(banner, 'read-more-button')!.textContent!.trim()).to.equal('Weiterlesen');
    expect(part(banner, 'base')!.querySelector('[lang]'), 'German text on a German page needs no lang of its own').to.equal(null);
    expect(parts(list, 'item-title').map(textOf)).to.deep.equal(['Neue Frist für Umsatzsteuer-Voranmeldungen']);
    await until(() => shows.length === 1);
    expect(shows[0].announcement).to.include({ title: 'Neue Frist für Umsatzsteuer-Voranmeldungen', language: 'de' });

    part(banner, 'read-more-button')!.click();
    const sidebar = await openSidebar();
    expect(textOf(part(sidebar, 'title'))).to.equal('Neue Frist für Umsatzsteuer-Voranmeldungen');
    await until(() => part(sidebar, 'description')?.querySelector('strong'));
    expect(textOf(part(sidebar, 'description'))).to.equal('Voranmeldungen sind jetzt am 10. fällig.');
    expect(opens[0].announcement.title).to.equal('Neue Frist für Umsatzsteuer-Voranmeldungen');
  });

  it('follows configureAnnouncements({ locale }) on a page without lang, and falls back to the default text', async () => {
    const { adapter } = await adapterWith(VAT);
    configureAnnouncements({ locale: 'de-AT' });
    const identity = freshIdentity();
    const banner = await mount<AnnouncementBanner>(html`<announcement-banner .adapter=${adapter} session=${identity.session} user=${identity.user}></announcement-banner>`);
    await settled(banner, adapter, identity);
    expect(textOf(part(banner, 'title'))).to.equal('Information: Neue Frist für Umsatzsteuer-Voranmeldungen');

    configureAnnouncements({ locale: 'it' });
    await until(() => textOf(part(banner, 'title')).includes('New deadline'), 'no Italian variant: the default text');
  });

  it('marks text in another language than the page with lang, for screen readers', async () => {
    // A French portal: the built-in texts fall back to English, the announcement has no French variant.
    const { adapter } = await adapterWith({ ...VAT, variants: [{ language: 'fr', title: 'Nouveau délai pour la TVA', body: 'Dû le **10**.' }] }, { title: 'Only in English', body: 'Some text.', language: 'en' });
    const { banner, list } = await bannerIn(adapter, { lang: 'fr' });
    const titles = parts(list, 'item-title');
    expect(titles.map(textOf)).to.deep.equal(['Only in English', 'Nouveau délai pour la TVA']);
    expect(titles.map((title) => title.getAttribute('lang'))).to.deep.equal(['en', null]);
    expect(parts(list, 'excerpt')[0].getAttribute('lang')).to.equal('en');
    // The newest first in the banner too: the English one, marked as English.
    expect(textOf(part(banner, 'title'))).to.equal('Information: Only in English');
    expect(part(banner, 'title')!.getAttribute('lang')).to.equal('en');
    expect(part(banner, 'excerpt')!.getAttribute('lang')).to.equal('en');
    await expectAccessible(banner);
  });

  it('shows an Arabic variant right to left, accessibly', async () => {
    const { adapter } = await adapterWith(VAT);
    const { banner, list } = await bannerIn(adapter, { lang: 'ar', dir: 'rtl' });
    expect(textOf(part(banner, 'title'))).to.include('موعد جديد للإقرارات الضريبية');
    expect(part(banner, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(parts(list, 'item-title').map(textOf)).to.deep.equal(['موعد جديد للإقرارات الضريبية']);
    const base = part(banner, 'base')!.getBoundingClientRect();
    const icon = part(banner, 'icon')!.getBoundingClientRect();
    expect(icon.right, 'the icon sits at the right edge').to.be.greaterThan(base.right - 80);
    await expectAccessible(banner);
    await expectAccessible(list);
  });

  it('shows the banner again after a re-notifying edit of a variant, not after a silent fix', async () => {
    const { adapter, created } = await adapterWith(VAT);
    const { banner } = await bannerIn(adapter, { lang: 'de' });
    part(banner, 'close-button')!.click();
    await until(() => part(banner, 'base') === null, 'Close did not hide the banner');

    const variants = (title: string) => [{ ...VAT.variants![0], title }, VAT.variants![1]];
    const fixed = await adapter.update(created[0].id, { ...VAT, variants: variants('Neue Frist für die Umsatzsteuer-Voranmeldung') }, { notify: false });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(part(banner, 'base'), 'a silent fix of the German text keeps it closed').to.equal(null);

    await adapter.update(created[0].id, { ...VAT, variants: variants('Frist verschoben: Umsatzsteuer-Voranmeldung') }, { expectedVersion: fixed.version, notify: true });
    await until(() => textOf(part(banner, 'title')).includes('Frist verschoben'), 'a re-notifying edit of the German text did not show the banner again');
  });
});
