import { createStore, del, get, keys, set, update, type UseStore } from 'idb-keyval';

/**
 * A key-value store on IndexedDB that never takes an element down with it.
 *
 * IndexedDB fails in many ways in the field: refused in private modes (`InvalidStateError`),
 * `open` hanging on a `blocked` upgrade, connections closing under the page (iOS Safari), quota
 * errors arriving as aborted transactions. Every call here is bounded by a timeout and retried
 * once on a fresh connection; when that fails too, the store falls back to memory for the rest
 * of the page's life with one console warning. State then lasts until the page is left, which
 * is the best that can be done without storage.
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

function openStore(dbName: string, storeName: string): UseStore | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : createStore(dbName, storeName);
  } catch {
    return undefined;
  }
}

class SafeStore implements KeyValueStore {
  private connection: UseStore | undefined;
  private memory: Map<string, unknown> | undefined;

  constructor(
    private readonly dbName: string,
    private readonly storeName: string,
    private readonly timeoutMs: number,
  ) {
    this.connection = openStore(dbName, storeName);
    if (!this.connection) this.fallBack(new Error('IndexedDB is not available'));
  }

  get persistent(): boolean {
    return this.memory === undefined;
  }

  get<T>(key: string): Promise<T | undefined> {
    return this.run(
      (store) => get<T>(key, store),
      (memory) => memory.get(key) as T | undefined,
    );
  }

  set(key: string, value: unknown): Promise<void> {
    return this.run(
      (store) => set(key, value, store),
      (memory) => void memory.set(key, value),
    );
  }

  update<T>(key: string, updater: (current: T | undefined) => T): Promise<T> {
    let written: T | undefined;
    return this.run(
      async (store) => {
        await update<T>(key, (current) => (written = updater(current)), store);
        return written as T;
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
      (store) => del(key, store),
      (memory) => void memory.delete(key),
    );
  }

  keys(): Promise<string[]> {
    return this.run(
      async (store) => (await keys(store)).map(String),
      (memory) => [...memory.keys()],
    );
  }

  private async run<T>(onDisk: (store: UseStore) => Promise<T>, inMemory: (memory: Map<string, unknown>) => T): Promise<T> {
    for (let attempt = 0; attempt < 2 && this.connection; attempt++) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        return await Promise.race([
          onDisk(this.connection),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`IndexedDB did not answer within ${this.timeoutMs} ms`)), this.timeoutMs);
          }),
        ]);
      } catch (error) {
        if (attempt === 0) {
          // A closed or stuck connection is often fine on a fresh one.
          this.connection = openStore(this.dbName, this.storeName);
        } else {
          this.fallBack(error);
        }
      } finally {
        clearTimeout(timer);
      }
    }
    return inMemory(this.memory ?? this.fallBack(new Error('IndexedDB is not available')));
  }

  /** Moves the store to its memory copy for the rest of the page's life, and returns that. */
  private fallBack(reason: unknown): Map<string, unknown> {
    this.connection = undefined;
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
    return this.memory;
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
