import { expect } from '@open-wc/testing';
import { LocalAdapter } from '../../src/adapters/local-adapter.js';
import { MemoryAdapter } from '../../src/adapters/memory-adapter.js';
import type { AnnouncementAdapter } from '../../src/adapters/types.js';
import type { DirectoryClient } from '../../src/model/directory.js';
import { NotFoundError } from '../../src/model/errors.js';
import { deleteDatabase, uniqueName } from '../support/faults.js';

const CLIENTS: DirectoryClient[] = [
  { id: 'mueller', name: 'Müller GmbH', tags: ['business'] },
  { id: 'schmidt', name: 'Anna Schmidt', tags: ['private'] },
  { id: 'weber', name: 'Weber KG', tags: ['business'] },
];

type Receipting = Required<Pick<AnnouncementAdapter, 'create' | 'update' | 'recordReceipts' | 'receiptSummary'>>;

/** The same read-receipt rules for every adapter that keeps receipts in the browser. */
function describeReceipts(name: string, make: (clients?: () => Promise<DirectoryClient[]>) => { adapter: Receipting; cleanup?: () => Promise<void> }) {
  describe(`${name} read receipts`, () => {
    let cleanup: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await cleanup?.();
      cleanup = undefined;
    });
    const setUp = (clients?: () => Promise<DirectoryClient[]>) => {
      const made = make(clients);
      cleanup = made.cleanup;
      return made.adapter;
    };

    it('counts unique users of the current revision; the same receipt twice counts once', async () => {
      const adapter = setUp();
      const notice = await adapter.create({ title: 'New deadline for advance VAT returns' });
      const seen = { id: notice.id, revisedAt: notice.revisedAt, kind: 'seen' as const };
      await adapter.recordReceipts([seen, seen], { user: 'mueller' });
      await adapter.recordReceipts([seen, { ...seen, kind: 'opened' }], { user: 'mueller' });
      await adapter.recordReceipts([seen], { user: 'schmidt' });
      expect(await adapter.receiptSummary(notice.id)).to.deep.equal({
        id: notice.id,
        revisedAt: notice.revisedAt,
        audienceSize: null,
        seen: 2,
        opened: 1,
        notOpened: null,
      });
    });

    it('stores receipts without a user as "anonymous", and starts again at a re-notifying edit, not at a silent one', async () => {
      const adapter = setUp();
      const notice = await adapter.create({ title: 'Office closed' });
      await adapter.recordReceipts([{ id: notice.id, revisedAt: notice.revisedAt, kind: 'opened' }]);
      const fixed = await adapter.update(notice.id, { title: 'Office closed on Friday' }, { notify: false });
      expect((await adapter.receiptSummary(notice.id)).opened, 'a silent fix keeps the count').to.equal(1);
      await adapter.update(notice.id, { title: 'Office closed on Monday' }, { expectedVersion: fixed.version, notify: true });
      const summary = await adapter.receiptSummary(notice.id);
      expect([summary.seen, summary.opened], 'a re-notifying edit is a new revision').to.deep.equal([0, 0]);
    });

    it('with the firm\'s clients: the audience\'s size and who has not opened it', async () => {
      const adapter = setUp(async () => CLIENTS);
      const notice = await adapter.create({ title: 'VAT deadline', audience: { kind: 'tags', tags: ['business'] } });
      const receipt = (kind: 'seen' | 'opened') => ({ id: notice.id, revisedAt: notice.revisedAt, kind });
      await adapter.recordReceipts([receipt('opened')], { user: 'mueller' });
      await adapter.recordReceipts([receipt('seen')], { user: 'weber' });
      // Not in the audience: not counted.
      await adapter.recordReceipts([receipt('opened')], { user: 'schmidt' });
      const summary = await adapter.receiptSummary(notice.id);
      expect(summary).to.include({ audienceSize: 2, seen: 2, opened: 1 });
      expect(summary.notOpened).to.deep.equal(['weber']);
    });

    it('refuses a summary of an announcement that does not exist', async () => {
      const adapter = setUp();
      let refusal: unknown;
      await adapter.receiptSummary('missing').catch((error: unknown) => (refusal = error));
      expect(refusal).to.be.instanceOf(NotFoundError);
    });
  });
}

describeReceipts('MemoryAdapter', (clients) => ({ adapter: new MemoryAdapter([], { clients }) as Receipting }));

describeReceipts('LocalAdapter', (clients) => {
  const name = uniqueName('receipts');
  return {
    adapter: new LocalAdapter({ name, clients }),
    cleanup: async () => {
      await deleteDatabase(`portal-announcements-${name}`);
      await deleteDatabase(`portal-announcements-${name}-receipts`);
    },
  };
});

describe('read receipts kept in the browser', () => {
  it('LocalAdapter keeps them across page loads (a new adapter counts what an old one stored)', async () => {
    const name = uniqueName('receipts');
    try {
      const notice = await new LocalAdapter({ name }).create({ title: 'Kept' });
      await new LocalAdapter({ name }).recordReceipts([{ id: notice.id, revisedAt: notice.revisedAt, kind: 'opened' }], { user: 'mueller' });
      const summary = await new LocalAdapter({ name, clients: CLIENTS }).receiptSummary(notice.id);
      expect(summary).to.include({ audienceSize: 3, seen: 1, opened: 1 });
      expect(summary.notOpened).to.deep.equal(['schmidt', 'weber']);
    } finally {
      await deleteDatabase(`portal-announcements-${name}`);
      await deleteDatabase(`portal-announcements-${name}-receipts`);
    }
  });

  it('MemoryAdapter with readReceipts: false takes none, and a one-argument MemoryAdapter still works', async () => {
    expect(new MemoryAdapter([], { readReceipts: false }).recordReceipts).to.equal(undefined);
    const [seeded] = await new MemoryAdapter([{ title: 'Seeded' }]).list();
    expect(seeded.title).to.equal('Seeded');
  });
});
