import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { Announcement } from '../../src/model/announcement.js';
import { inLanguage } from '../../src/model/languages.js';
import { isInAudience } from '../../src/model/audience.js';
import { EXAMPLE_TEXTS } from '../../demo/demo-examples.js';
import { resetDemoData, seedOnce, translateExamples } from '../../demo/demo-seed.js';

const titles = (announcements: readonly Announcement[], language?: string) => announcements.map((a) => inLanguage(a, language).title).sort();
const exampleTitles = (language: 'en' | 'de') => EXAMPLE_TEXTS[language].map((example) => example.title).sort();

describe('the demo portal’s example announcements', () => {
  const forgetSeeding = () => localStorage.removeItem('demo-portal-seeded');
  beforeEach(forgetSeeding);
  afterEach(forgetSeeding);

  it('are written in the language the demo is in, with the other one as a variant', async () => {
    const adapter = new MemoryAdapter();
    await seedOnce(adapter, 'de');
    const seeded = await adapter.list();
    expect(titles(seeded)).to.deep.equal(exampleTitles('de'));
    expect(titles(seeded, 'en'), 'an English reader reads English').to.deep.equal(exampleTitles('en'));
  });

  it('are all there after a page was left while seeding, each once', async () => {
    const adapter = new MemoryAdapter();
    const [first] = EXAMPLE_TEXTS.en;
    await adapter.create({ ...first, language: 'en', variants: [{ ...EXAMPLE_TEXTS.de[0], language: 'de' }], severity: 'warning' });
    await seedOnce(adapter, 'en');
    expect(titles(await adapter.list())).to.deep.equal(exampleTitles('en'));
  });

  it('leave a store alone that holds announcements a person wrote', async () => {
    const adapter = new MemoryAdapter();
    await adapter.create({ title: 'Our own news' });
    await seedOnce(adapter, 'en');
    expect(titles(await adapter.list())).to.deep.equal(['Our own news']);
  });

  it('hold one for business clients only', async () => {
    const adapter = new MemoryAdapter();
    await seedOnce(adapter, 'en');
    const seeded = await adapter.list();
    const forBusiness = seeded.filter((a) => isInAudience(a.audience, { user: 'client-mueller', tags: ['business'] }));
    const forPrivate = seeded.filter((a) => isInAudience(a.audience, { user: 'client-schmidt', tags: ['private'] }));
    expect(forBusiness.length - forPrivate.length).to.equal(1);
    expect(titles(forBusiness)).to.include('New deadline for advance VAT returns');
    expect(titles(forPrivate)).not.to.include('New deadline for advance VAT returns');
  });

  it('seeded in one language by an older demo get the other one silently, leaving alone what a person wrote, changed or deleted', async () => {
    const adapter = new MemoryAdapter();
    const [closed, receipts, signing] = await Promise.all(EXAMPLE_TEXTS.en.slice(0, 3).map((text) => adapter.create({ ...text })));
    const written = await adapter.create({ title: 'Our own news', body: 'Written in the editor.' });
    const edited = await adapter.update(receipts.id, { ...receipts, title: 'Upload your receipts by Friday' }, { expectedVersion: receipts.version });
    await adapter.remove(signing.id);

    await translateExamples(adapter);
    const after = await adapter.list();
    expect(titles(after, 'de')).to.deep.equal(['Kanzlei am Freitag geschlossen', 'Our own news', 'Upload your receipts by Friday']);
    expect(titles(after, 'en')).to.deep.equal(['Office closed on Friday', 'Our own news', 'Upload your receipts by Friday']);
    const translated = after.find((a) => a.id === closed.id)!;
    expect(inLanguage(translated, 'de').body).to.equal(EXAMPLE_TEXTS.de[0].body);
    expect(translated).to.include({ severity: closed.severity, expiresAt: closed.expiresAt, revisedAt: closed.revisedAt });
    expect(after.find((a) => a.id === written.id)).to.deep.equal(written);
    expect(after.find((a) => a.id === edited.id)).to.deep.equal(edited);
  });

  it('come back in the current language after a reset, and only then', async () => {
    const adapter = new MemoryAdapter();
    await seedOnce(adapter, 'en');
    await seedOnce(adapter, 'de');
    expect(titles(await adapter.list())).to.deep.equal(exampleTitles('en'));
    await resetDemoData(adapter, 'de');
    expect(titles(await adapter.list())).to.deep.equal(exampleTitles('de'));
  });
});
