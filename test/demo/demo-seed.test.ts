import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { Announcement } from '../../src/model/announcement.js';
import { EXAMPLE_TEXTS } from '../../demo/demo-examples.js';
import { resetDemoData, seedOnce, translateExamples } from '../../demo/demo-seed.js';

const titles = (announcements: readonly Announcement[]) => announcements.map((a) => a.title).sort();
const exampleTitles = (language: 'en' | 'de') => EXAMPLE_TEXTS[language].map((example) => example.title).sort();

describe('the demo portal’s example announcements', () => {
  const forgetSeeding = () => localStorage.removeItem('demo-portal-seeded');
  beforeEach(forgetSeeding);
  afterEach(forgetSeeding);

  it('are written in the language the demo is in', async () => {
    const adapter = new MemoryAdapter();
    await seedOnce(adapter, 'de');
    expect(titles(await adapter.list())).to.deep.equal(exampleTitles('de'));
  });

  it('follow a switch of language, leaving alone what a person wrote, changed or deleted', async () => {
    const adapter = new MemoryAdapter();
    await seedOnce(adapter, 'en');
    const [closed, receipts, signing] = await adapter.list().then((all) =>
      EXAMPLE_TEXTS.en.map((example) => all.find((a) => a.title === example.title)!),
    );
    const written = await adapter.create({ title: 'Our own news', body: 'Written in the editor.' });
    const edited = await adapter.update(receipts.id, { ...receipts, title: 'Upload your receipts by Friday' }, { expectedVersion: receipts.version });
    await adapter.remove(signing.id);

    await translateExamples(adapter, 'de');
    const after = await adapter.list();
    expect(titles(after)).to.deep.equal(['Kanzlei am Freitag geschlossen', 'Our own news', 'Upload your receipts by Friday']);
    const translated = after.find((a) => a.id === closed.id)!;
    expect(translated.body).to.equal(EXAMPLE_TEXTS.de[0].body);
    expect(translated).to.include({ severity: closed.severity, expiresAt: closed.expiresAt, revisedAt: closed.revisedAt });
    expect(after.find((a) => a.id === written.id)).to.deep.equal(written);
    expect(after.find((a) => a.id === edited.id)).to.deep.equal(edited);

    await translateExamples(adapter, 'en');
    expect(titles(await adapter.list())).to.deep.equal(['Office closed on Friday', 'Our own news', 'Upload your receipts by Friday']);
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
