import type { Announcement, AnnouncementInput } from '../model/announcement.js';
import { parseAnnouncementList } from '../model/parse.js';
import { createSafeStore, type KeyValueStore } from '../internal/storage/safe-store.js';
import type { Receipt, ReceiptSummary } from '../model/receipts.js';
import { ChangeNotifier } from './change-notifier.js';
import { withReceipt, type ReceiptMap } from './receipt-book.js';
import { spoolReceipts, takeSpooledReceipts, type SpooledReceipt } from './receipt-spool.js';
import { summarize, type ClientsSource } from './receipt-summary.js';
import type { AnnouncementAdapter, ReceiptOptions, RemoveOptions, UpdateOptions } from './types.js';
import { checkRemove, recordToCreate, recordToUpdate } from './write-rules.js';

export interface LocalAdapterOptions {
  /**
   * Names the collection; adapters with the same name on the same origin share their
   * announcements, across tabs too. Default `"default"`.
   */
  name?: string;
  /** The firm's clients, so `receiptSummary` knows the audience's size and who has not opened it. */
  clients?: ClientsSource;
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
  private receiptStore: KeyValueStore | undefined;
  private readonly spoolKey: string;
  private readonly clients: ClientsSource | undefined;

  constructor(options: LocalAdapterOptions = {}) {
    this.clients = options.clients;
    this.name = options.name ?? 'default';
    this.snapshotKey = `local:${this.name}`;
    this.store = createSafeStore(`portal-announcements-${this.name}`, 'announcements');
    this.spoolKey = `portal-announcements-${this.name}-unsent-receipts`;
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
    await this.write((records) => ({ ...records, [record.id]: record }));
    return record;
  }

  async update(id: string, input: AnnouncementInput, options?: UpdateOptions): Promise<Announcement> {
    let record!: Announcement;
    await this.write((records) => ({ ...records, [id]: (record = recordToUpdate(id, records[id], input, options)) }));
    return record;
  }

  async remove(id: string, options?: RemoveOptions): Promise<void> {
    await this.write(({ [id]: existing, ...rest }) => {
      checkRemove(id, existing, options);
      return rest;
    });
  }

  /**
   * Applies `change` to the records inside the store's transaction. When it throws (a write
   * rule refused), the records stay untouched and its error is thrown here.
   */
  private async write(change: (records: RecordMap) => RecordMap): Promise<void> {
    let refusal: [unknown] | undefined;
    await this.store.update<RecordMap>(RECORDS_KEY, (records = {}) => {
      refusal = undefined;
      try {
        return change(records);
      } catch (error) {
        refusal = [error];
        return records;
      }
    });
    if (refusal) throw refusal[0];
    this.announceChange();
  }

  /**
   * Records that the page's user (`options.user`, else `"anonymous"`) saw or opened
   * announcements, in this origin's IndexedDB; the same receipt twice counts once.
   */
  async recordReceipts(receipts: Receipt[], { user, unloading }: ReceiptOptions = {}): Promise<void> {
    // With those a page being left kept for later (see receipt-spool.ts), or kept itself now.
    const all: SpooledReceipt[] = [...takeSpooledReceipts(this.spoolKey), ...receipts.map((receipt) => ({ ...receipt, user }))];
    if (unloading && spoolReceipts(this.spoolKey, all)) return;
    // All at once: IndexedDB runs them in order.
    await Promise.all(all.map((receipt) => this.receiptsStore().update<ReceiptMap>(receipt.id, (map) => withReceipt(map, receipt, receipt.user))));
  }

  /** How far the announcement's current revision reached; `NotFoundError` when there is none. */
  async receiptSummary(id: string): Promise<ReceiptSummary> {
    // Receipts kept while a page of this browser was left count too.
    await this.recordReceipts([]);
    const [announcements, receipts] = await Promise.all([this.list(), this.receiptsStore().get<ReceiptMap>(id)]);
    return summarize(id, announcements.find((candidate) => candidate.id === id), receipts, this.clients);
  }

  /** Opened on the first receipt, so pages that never record one never open it. */
  private receiptsStore(): KeyValueStore {
    return (this.receiptStore ??= createSafeStore(`portal-announcements-${this.name}-receipts`, 'receipts'));
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
