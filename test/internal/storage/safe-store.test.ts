import { expect } from '@open-wc/testing';
import { createSafeStore, resetSafeStoreFallbacks } from '../../../src/internal/storage/safe-store.js';
import { captureWarnings, deleteDatabase, injectFault, uniqueName } from '../../support/faults.js';

describe('safe store (IndexedDB with a memory fallback)', () => {
  let dbName: string;
  let restore: Array<() => void>;

  beforeEach(() => {
    dbName = uniqueName('safe-store-test');
    restore = [];
    resetSafeStoreFallbacks();
  });
  afterEach(async () => {
    restore.forEach((undo) => undo());
    await deleteDatabase(dbName);
  });

  it('persists in IndexedDB: a new connection reads what an earlier one wrote', async () => {
    const first = createSafeStore(dbName, 'kv');
    await first.set('greeting', { text: 'hello' });
    await first.update<number>('count', (n = 0) => n + 1);
    await first.update<number>('count', (n = 0) => n + 1);
    const second = createSafeStore(dbName, 'kv');
    expect(await second.get('greeting')).to.deep.equal({ text: 'hello' });
    expect(await second.get('count')).to.equal(2);
    expect((await second.keys()).sort()).to.deep.equal(['count', 'greeting']);
    await second.delete('greeting');
    expect(await first.get('greeting')).to.equal(undefined);
    expect(second.persistent).to.equal(true);
  });

  it('falls back to memory with one warning when IndexedDB is refused (private mode)', async () => {
    restore.push(
      injectFault(indexedDB, 'open', () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      }),
    );
    const { warnings } = await captureWarnings(async () => {
      const store = createSafeStore(dbName, 'kv');
      await store.set('a', 1);
      expect(await store.get('a')).to.equal(1);
      expect(store.persistent).to.equal(false);
      const other = createSafeStore(dbName, 'kv');
      expect(await other.get('a'), 'the page shares one memory copy per store').to.equal(1);
      await createSafeStore(uniqueName('another'), 'kv').set('b', 2);
    });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.match(/IndexedDB is unavailable/);
  });

  it('gives up on an open that never answers and keeps working in memory', async () => {
    // An upgrade blocked by another tab leaves `open` pending for ever.
    restore.push(injectFault(indexedDB, 'open', (() => ({}) as IDBOpenDBRequest) as IDBFactory['open']));
    const { warnings } = await captureWarnings(async () => {
      const store = createSafeStore(dbName, 'kv', { timeoutMs: 100 });
      await store.set('a', 'kept');
      expect(await store.get('a')).to.equal('kept');
      expect(store.persistent).to.equal(false);
    });
    expect(warnings).to.have.length(1);
  });

  it('survives a full disk: the write lands in memory instead of throwing', async () => {
    const store = createSafeStore(dbName, 'kv');
    await store.set('before', 1);
    restore.push(
      injectFault(IDBObjectStore.prototype, 'put', function put(): IDBRequest {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }),
    );
    await captureWarnings(async () => {
      await store.set('after', 2);
      expect(await store.get('after')).to.equal(2);
      expect(store.persistent).to.equal(false);
    });
  });

  it('reconnects once when the connection closes under the page', async () => {
    const store = createSafeStore(dbName, 'kv');
    await store.set('a', 1);
    const realTransaction = IDBDatabase.prototype.transaction;
    let failures = 0;
    restore.push(
      injectFault(IDBDatabase.prototype, 'transaction', function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
        if (failures++ === 0) throw new DOMException('The database connection is closing.', 'InvalidStateError');
        return realTransaction.apply(this, args);
      } as IDBDatabase['transaction']),
    );
    const { warnings } = await captureWarnings(async () => {
      expect(await store.get('a')).to.equal(1);
    });
    expect(failures).to.equal(2);
    expect(store.persistent).to.equal(true);
    expect(warnings).to.have.length(0);
  });
});
