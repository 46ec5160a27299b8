import { expect } from '@open-wc/testing';
import { LocalAdapter } from '../../src/adapters/local-adapter.js';
import { ConflictError } from '../../src/model/errors.js';
import { createSafeStore, resetSafeStoreFallbacks } from '../../src/internal/storage/safe-store.js';
import { captureWarnings, deleteDatabase, eventually, injectFault, uniqueName } from '../support/faults.js';
import { openPeerTab } from '../helpers/peer-tab.js';
import { describeAdapterContract } from './adapter-contract.js';

describeAdapterContract('LocalAdapter', () => {
  const name = uniqueName('contract');
  return { adapter: new LocalAdapter({ name }), cleanup: () => deleteDatabase(`portal-announcements-${name}`) };
});

describe('LocalAdapter', () => {
  let name: string;
  beforeEach(() => (name = uniqueName('local')));
  afterEach(() => deleteDatabase(`portal-announcements-${name}`));

  it('keeps announcements across page loads (a new adapter reads what an old one wrote)', async () => {
    const created = await new LocalAdapter({ name }).create({ title: 'Persisted' });
    expect(await new LocalAdapter({ name }).list()).to.deep.equal([created]);
    expect(await new LocalAdapter({ name: uniqueName('other') }).list(), 'names are separate collections').to.deep.equal([]);
  });

  it('skips malformed stored records with a warning instead of failing the list', async () => {
    const adapter = new LocalAdapter({ name });
    const good = await adapter.create({ title: 'Good' });
    const store = createSafeStore(`portal-announcements-${name}`, 'announcements');
    await store.update<Record<string, unknown>>('records', (records = {}) => ({ ...records, broken: { id: 'broken', title: 12 } }));
    const { result, warnings } = await captureWarnings(() => adapter.list());
    expect(result).to.deep.equal([good]);
    expect(warnings).to.have.length(1);
  });

  it('tells another tab about a write without a reload', async () => {
    const tab = await openPeerTab();
    try {
      const otherTab = new tab.library.LocalAdapter({ name });
      let heard = 0;
      otherTab.subscribe(() => heard++);
      const created = await new LocalAdapter({ name }).create({ title: 'From tab one' });
      await eventually(() => expect(heard).to.be.greaterThan(0));
      const seen = await otherTab.list();
      expect(seen.map((a) => a.title)).to.deep.equal(['From tab one']);
      // And the way back: an edit in the second tab reaches this one.
      const mine = new LocalAdapter({ name });
      let heardHere = 0;
      mine.subscribe(() => heardHere++);
      await otherTab.update(created.id, { title: 'Edited in tab two' }, { expectedVersion: created.version });
      await eventually(() => expect(heardHere).to.be.greaterThan(0));
      expect((await mine.list())[0].title).to.equal('Edited in tab two');
    } finally {
      tab.close();
    }
  });

  it('refuses the second of two edits made from the same version in two tabs', async () => {
    const tab = await openPeerTab();
    try {
      const created = await new LocalAdapter({ name }).create({ title: 'Shared' });
      await new tab.library.LocalAdapter({ name }).update(created.id, { title: 'Tab two wins' }, { expectedVersion: created.version });
      let error: unknown;
      try {
        await new LocalAdapter({ name }).update(created.id, { title: 'Tab one too late' }, { expectedVersion: created.version });
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(ConflictError);
      expect((error as ConflictError).current?.title).to.equal('Tab two wins');
    } finally {
      tab.close();
    }
  });

  it('keeps working in memory when IndexedDB is refused', async () => {
    resetSafeStoreFallbacks();
    const undo = injectFault(indexedDB, 'open', () => {
      throw new DOMException('refused', 'InvalidStateError');
    });
    try {
      const { warnings } = await captureWarnings(async () => {
        const adapter = new LocalAdapter({ name });
        await adapter.create({ title: 'In memory' });
        expect((await adapter.list()).map((a) => a.title)).to.deep.equal(['In memory']);
      });
      expect(warnings).to.have.length(1);
    } finally {
      undo();
      resetSafeStoreFallbacks();
    }
  });
});
