/**
 * A key-value store on IndexedDB that never takes an element down with it.
 *
 * IndexedDB fails in many ways in the field: refused in private modes (`InvalidStateError`),
 * `open` hanging on a `blocked` upgrade, connections closing under the page (iOS Safari), quota
 * errors arriving as aborted transactions. Every call here is bounded by a timeout and retried
 * once on a fresh connection; when that fails too, the store falls back to memory for the rest
 * of the page's life with one console warning. State then lasts until the page is left, which
 * is the best that can be done without storage.
 *
 * Written on IndexedDB itself: the few requests these calls make weigh less than a wrapper
 * library, and this store is on every page.
 */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /** Reads and writes one key in a single transaction, so concurrent tabs cannot interleave. */
  update<T>(key: string, updater: (current: T | undefined) => T): Promise<T>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
  /** `false` once the store has fallen back to memory. */
  readonly persistent: boolean;
}

export interface SafeStoreOptions {
  /** How long one IndexedDB call may take before it counts as failed. */
  timeoutMs?: number;
}

/** Memory fallbacks are shared per database and store, so every user of one store on a page agrees. */
const memoryFallbacks = new Map<string, Map<string, unknown>>();
let warned = false;

/**
 * One call's requests on the object store, made inside its transaction; `fail` refuses the call
 * from a request's callback. Returns what holds the answer once the transaction has committed
 * (the request whose result it is), if the call has one.
 */
type Operation<T> = (store: IDBObjectStore, fail: (error: unknown) => void) => { readonly result: T } | void;

class SafeStore implements KeyValueStore {
  /** Opened on the first call, so a store that is never used never opens its database. */
  private database: Promise<IDBDatabase> | undefined;
  private memory: Map<string, unknown> | undefined;

  constructor(
    private readonly dbName: string,
    private readonly storeName: string,
    private readonly timeoutMs: number,
  ) {
    if (typeof indexedDB === 'undefined') this.fallBack(new Error('IndexedDB is not available'));
  }

  get persistent(): boolean {
    return this.memory === undefined;
  }

  get<T>(key: string): Promise<T | undefined> {
    return this.run(
      'readonly',
      (store) => store.get(key),
      (memory) => memory.get(key) as T | undefined,
    );
  }

  set(key: string, value: unknown): Promise<void> {
    return this.run(
      'readwrite',
      (store) => void store.put(value, key),
      (memory) => void memory.set(key, value),
    );
  }

  update<T>(key: string, updater: (current: T | undefined) => T): Promise<T> {
    return this.run(
      'readwrite',
      (store, fail) => {
        const request = store.get(key);
        const written = { result: undefined as T };
        request.onsuccess = () => {
          try {
            store.put((written.result = updater(request.result as T | undefined)), key);
          } catch (error) {
            fail(error);
          }
        };
        return written;
      },
      (memory) => {
        const next = updater(memory.get(key) as T | undefined);
        memory.set(key, next);
        return next;
      },
    );
  }

  delete(key: string): Promise<void> {
    return this.run(
      'readwrite',
      (store) => void store.delete(key),
      (memory) => void memory.delete(key),
    );
  }

  async keys(): Promise<string[]> {
    const keys = await this.run<IDBValidKey[]>(
      'readonly',
      (store) => store.getAllKeys(),
      (memory) => [...memory.keys()],
    );
    return keys.map(String);
  }

  /**
   * `onDisk` in a transaction of its own, bounded by the timeout and tried again once on a
   * fresh connection; `inMemory` once the store has fallen back.
   */
  private async run<T>(mode: IDBTransactionMode, onDisk: Operation<T>, inMemory: (memory: Map<string, unknown>) => T): Promise<T> {
    for (let attempt = 0; !this.memory; attempt++) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        return await Promise.race([
          this.transact(mode, onDisk),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`IndexedDB did not answer within ${this.timeoutMs} ms`)), this.timeoutMs);
          }),
        ]);
      } catch (error) {
        // A closed or stuck connection is often fine on a fresh one; failing twice, it is not.
        this.database = undefined;
        if (attempt) this.fallBack(error);
      } finally {
        clearTimeout(timer);
      }
    }
    return inMemory(this.memory);
  }

  private transact<T>(mode: IDBTransactionMode, operation: Operation<T>): Promise<T> {
    return (this.database ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(this.dbName);
      request.onupgradeneeded = () => request.result.createObjectStore(this.storeName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    })).then(
      (db) =>
        new Promise<T>((resolve, reject) => {
          const transaction = db.transaction(this.storeName, mode);
          const answer = operation(transaction.objectStore(this.storeName), reject);
          transaction.oncomplete = () => resolve(answer?.result as T);
          transaction.onabort = () => reject(transaction.error);
        }),
    );
  }

  private fallBack(reason: unknown): void {
    const id = `${this.dbName}/${this.storeName}`;
    memoryFallbacks.set(id, (this.memory = memoryFallbacks.get(id) ?? new Map()));
    if (!warned) {
      warned = true;
      console.warn(
        'portal-announcements: IndexedDB is unavailable, so announcement state is kept in memory ' +
          'until the page is left.',
        reason,
      );
    }
  }
}

export function createSafeStore(dbName: string, storeName = 'keyval', options: SafeStoreOptions = {}): KeyValueStore {
  return new SafeStore(dbName, storeName, options.timeoutMs ?? 3000);
}

/** For tests: forget memory fallbacks and the one-warning latch. */
export function resetSafeStoreFallbacks(): void {
  memoryFallbacks.clear();
  warned = false;
}
