import type { Announcement, AnnouncementInput } from '../model/announcement.js';
import { parseAnnouncementList } from '../model/parse.js';
import { createSafeStore, type KeyValueStore } from '../internal/safe-store.js';
import { ChangeNotifier } from './change-notifier.js';
import type { AnnouncementAdapter, RemoveOptions, UpdateOptions } from './types.js';
import { checkRemove, recordToCreate, recordToUpdate } from './write-rules.js';

export interface LocalAdapterOptions {
  /**
   * Names the collection; adapters with the same name on the same origin share their
   * announcements, across tabs too. Default `"default"`.
   */
  name?: string;
}

type RecordMap = Record<string, Announcement>;

/** All records live under one key, so a version check and its write are one transaction. */
const RECORDS_KEY = 'records';

/**
 * The embedded default: announcements stored in the browser's IndexedDB, shared by every tab
 * of the origin. A firm-settings tab and a client tab in one browser see each other's writes
 * at once (BroadcastChannel), which is what a demo or a single-machine portal needs. Real
 * portals with many clients use the `RestAdapter`.
 */
export class LocalAdapter implements AnnouncementAdapter {
  readonly name: string;
  /**
   * Lets pages keep a synchronous copy of this collection's list, so the banner decides on its
   * first render while IndexedDB opens.
   * @internal
   */
  readonly snapshotKey: string;
  private readonly store: KeyValueStore;
  private readonly changes = new ChangeNotifier();
  private channel: BroadcastChannel | undefined;

  constructor(options: LocalAdapterOptions = {}) {
    this.name = options.name ?? 'default';
    this.snapshotKey = `local:${this.name}`;
    this.store = createSafeStore(`portal-announcements-${this.name}`, 'announcements');
  }

  async list(): Promise<Announcement[]> {
    const stored = (await this.store.get<RecordMap>(RECORDS_KEY)) ?? {};
    // Storage is shared with other code and older versions: read it like any foreign source.
    const { announcements, errors } = parseAnnouncementList(Object.values(stored));
    for (const error of errors) {
      console.warn(`portal-announcements: skipped stored announcement ${error.id ?? error.index}: ${error.message}`);
    }
    return announcements;
  }

  async create(input: AnnouncementInput): Promise<Announcement> {
    const record = recordToCreate(input);
    await this.store.update<RecordMap>(RECORDS_KEY, (records = {}) => ({ ...records, [record.id]: record }));
    this.announceChange();
    return record;
  }

  async update(id: string, input: AnnouncementInput, options?: UpdateOptions): Promise<Announcement> {
    let outcome: { record: Announcement } | { error: unknown } | undefined;
    // The rules run inside the store's transaction; a refusal leaves the records untouched.
    await this.store.update<RecordMap>(RECORDS_KEY, (records = {}) => {
      try {
        const record = recordToUpdate(id, records[id], input, options);
        outcome = { record };
        return { ...records, [id]: record };
      } catch (error) {
        outcome = { error };
        return records;
      }
    });
    if (!outcome || 'error' in outcome) throw outcome?.error;
    this.announceChange();
    return outcome.record;
  }

  async remove(id: string, options?: RemoveOptions): Promise<void> {
    let refusal: unknown;
    await this.store.update<RecordMap>(RECORDS_KEY, (records = {}) => {
      try {
        checkRemove(id, records[id], options);
      } catch (error) {
        refusal = error;
        return records;
      }
      const { [id]: _removed, ...rest } = records;
      return rest;
    });
    if (refusal) throw refusal;
    this.announceChange();
  }

  /** Hears this page's writes and those of every other tab using the same name. */
  subscribe(onChange: () => void): () => void {
    const unsubscribe = this.changes.subscribe(onChange);
    this.ensureChannel();
    return unsubscribe;
  }

  private announceChange(): void {
    this.changes.notify();
    this.ensureChannel()?.postMessage('changed');
  }

  private ensureChannel(): BroadcastChannel | undefined {
    if (!this.channel && typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(`portal-announcements:${this.name}`);
      this.channel.onmessage = () => this.changes.notify();
    }
    return this.channel;
  }
}
