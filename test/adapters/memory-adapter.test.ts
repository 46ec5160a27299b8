import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { Announcement } from '../../src/model/announcement.js';
import { isInstant } from '../../src/model/dates.js';
import { InvalidSeedError } from '../../src/model/errors.js';
import type { AnnouncementSeed } from '../../src/model/seed.js';
import { compareNewestFirst } from '../../src/model/visibility.js';
import { describeAdapterContract } from './adapter-contract.js';

describeAdapterContract('MemoryAdapter', () => ({ adapter: new MemoryAdapter() }));

function seedError(initial: readonly unknown[]): InvalidSeedError {
  try {
    new MemoryAdapter(initial as AnnouncementSeed[]);
  } catch (error) {
    expect(error).to.be.instanceOf(InvalidSeedError);
    return error as InvalidSeedError;
  }
  throw new Error('expected the seed to be refused, but the adapter was created');
}

describe('MemoryAdapter', () => {
  describe('seeded with what a person writes', () => {
    it('takes a record with only a title, and fills in the id and dates', async () => {
      const before = Date.now();
      const [announcement] = await new MemoryAdapter([{ title: '  Office closed on Friday ' }]).list();
      expect(announcement.title).to.equal('Office closed on Friday');
      expect(announcement.body).to.equal('');
      expect(announcement.severity).to.equal('info');
      expect(announcement.publishAt).to.equal(null);
      expect(announcement.expiresAt).to.equal(null);
      expect(announcement.id).to.be.a('string').and.not.empty;
      expect(announcement.version).to.be.a('string').and.not.empty;
      expect(isInstant(announcement.createdAt)).to.be.true;
      expect(Date.parse(announcement.createdAt)).to.be.within(before - 5, Date.now());
      expect(announcement.updatedAt).to.equal(announcement.createdAt);
      expect(announcement.revisedAt).to.equal(announcement.createdAt);
    });

    it('keeps the id, description and severity it is given', async () => {
      const adapter = new MemoryAdapter([{ id: 'closed-friday', title: 'Office closed', body: 'Back on **Monday**.', severity: 'warning' }]);
      const [announcement] = await adapter.list();
      expect(announcement).to.include({ id: 'closed-friday', title: 'Office closed', body: 'Back on **Monday**.', severity: 'warning' });
    });

    it('gives every undated record its own id, and keeps the order given, the first on top', async () => {
      const titles = ['First', 'Second', 'Third', 'Fourth'];
      const listed = await new MemoryAdapter(titles.map((title) => ({ title }))).list();
      expect(new Set(listed.map((a) => a.id)).size).to.equal(4);
      expect([...listed].sort(compareNewestFirst).map((a) => a.title)).to.deep.equal(titles);
    });

    it('lets the seeded records be edited and deleted like created ones', async () => {
      const adapter = new MemoryAdapter([{ title: 'Offise closed' }]);
      const [seeded] = await adapter.list();
      const fixed = await adapter.update(seeded.id, { title: 'Office closed' }, { expectedVersion: seeded.version, notify: false });
      expect(fixed.revisedAt).to.equal(seeded.revisedAt);
      await adapter.remove(fixed.id, { expectedVersion: fixed.version });
      expect(await adapter.list()).to.deep.equal([]);
    });

    it('keeps full records exactly as they are', async () => {
      const full: Announcement = {
        id: 'a',
        title: 'Tax deadline moved',
        body: 'See **below**.',
        severity: 'critical',
        publishAt: '2026-01-02T00:00:00.000Z',
        expiresAt: '2027-01-01T00:00:00.000Z',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-03T00:00:00.000Z',
        revisedAt: '2026-01-02T12:00:00.000Z',
        version: 'v7',
        language: 'en',
        variants: [{ language: 'de', title: 'Steuerfrist verschoben', body: 'Siehe **unten**.' }],
        audience: { kind: 'tags', tags: ['business'] },
        dismissal: 'once',
      };
      expect(await new MemoryAdapter([full]).list()).to.deep.equal([full]);
    });
  });

  describe('a seed that cannot be an announcement', () => {
    it('is refused when the adapter is created, naming the record and the field', () => {
      const error = seedError([{ title: 'Fine' }, { id: 'b', title: '   ' }]);
      expect(error.index).to.equal(1);
      expect(error.field).to.equal('title');
      expect(error.message).to.equal('Announcement record 1 (id "b") is invalid: title is required');
    });

    it('names a date that is not an ISO 8601 instant, with the record\'s title', () => {
      const error = seedError([{ title: 'Office closed', createdAt: 'last Friday' }]);
      expect(error.field).to.equal('createdAt');
      expect(error.message).to.contain('"Office closed"').and.contain('createdAt must be an ISO 8601 instant');
    });

    it('names an unknown severity and a repeated id', () => {
      expect(seedError([{ title: 'Loud', severity: 'urgent' }]).field).to.equal('severity');
      const repeated = seedError([{ id: 'same', title: 'One' }, { id: 'same', title: 'Two' }]);
      expect([repeated.index, repeated.field]).to.deep.equal([1, 'id']);
    });

    it('refuses something that is not a record at all', () => {
      const error = seedError([{ title: 'Fine' }, 'Office closed']);
      expect(error.index).to.equal(1);
      expect(error.field).to.equal(undefined);
      expect(error.message).to.contain('record is not an object');
    });
  });

  it('hands out copies, so a caller cannot change the stored record', async () => {
    const adapter = new MemoryAdapter();
    const created = await adapter.create({ title: 'Original' });
    created.title = 'Mutated';
    expect((await adapter.list())[0].title).to.equal('Original');
  });
});
