import type { Announcement, AnnouncementInput } from '../model/announcement.js';
import { announcementsFromSeeds, type AnnouncementSeed } from '../model/seed.js';
import type { Receipt, ReceiptSummary } from '../model/receipts.js';
import { ChangeNotifier } from './change-notifier.js';
import { withReceipt, type ReceiptMap } from './receipt-book.js';
import { summarize, type ClientsSource } from './receipt-summary.js';
import type { AnnouncementAdapter, ReceiptOptions, RemoveOptions, UpdateOptions } from './types.js';
import { checkRemove, recordToCreate, recordToUpdate } from './write-rules.js';

export interface MemoryAdapterOptions {
  /** The firm's clients, so `receiptSummary` knows the audience's size and who has not opened it. */
  clients?: ClientsSource;
  /**
   * `false`: the adapter takes no read receipts (it has no `recordReceipts`), so nothing shown
   * from it is ever counted, as for a staff preview. Default `true`.
   */
  readReceipts?: boolean;
}

/**
 * Keeps announcements in memory: for tests, stories, and pages whose server already rendered
 * the data. Each instance is independent.
 *
 * ```ts
 * new MemoryAdapter([{ title: 'Office closed on Friday', severity: 'warning' }]);
 * ```
 */
export class MemoryAdapter implements AnnouncementAdapter {
  private readonly records = new Map<string, Announcement>();
  private readonly changes = new ChangeNotifier();
  private readonly receipts = new Map<string, ReceiptMap>();
  private readonly clients: ClientsSource | undefined;

  /**
   * Records that the page's user (`options.user`, else `"anonymous"`) saw or opened
   * announcements; the same receipt twice counts once. Absent with `readReceipts: false`.
   */
  recordReceipts?: (receipts: Receipt[], options?: ReceiptOptions) => Promise<void>;

  /**
   * @param initial The announcements to start with: full records, or only what an author
   * writes (a title is enough). A missing id is generated and a missing date is now, so
   * undated records keep the order given. Give ids and dates when a closed banner must stay
   * closed after a reload.
   * @throws {InvalidSeedError} when a record cannot be an announcement (an empty title, a date
   * that is not an ISO 8601 instant, a repeated id): it names the record and the field.
   * @param options Read receipts: the firm's `clients`, or `readReceipts: false`.
   */
  constructor(initial: readonly AnnouncementSeed[] = [], options: MemoryAdapterOptions = {}) {
    for (const announcement of announcementsFromSeeds(initial)) this.records.set(announcement.id, announcement);
    this.clients = options.clients;
    if (options.readReceipts !== false) {
      this.recordReceipts = async (receipts, { user } = {}) => {
        for (const receipt of receipts) this.receipts.set(receipt.id, withReceipt(this.receipts.get(receipt.id), receipt, user));
      };
    }
  }

  async list(): Promise<Announcement[]> {
    return [...this.records.values()].map((record) => ({ ...record }));
  }

  async create(input: AnnouncementInput): Promise<Announcement> {
    const record = recordToCreate(input);
    this.records.set(record.id, record);
    this.changes.notify();
    return { ...record };
  }

  async update(id: string, input: AnnouncementInput, options?: UpdateOptions): Promise<Announcement> {
    const record = recordToUpdate(id, this.records.get(id), input, options);
    this.records.set(id, record);
    this.changes.notify();
    return { ...record };
  }

  async remove(id: string, options?: RemoveOptions): Promise<void> {
    checkRemove(id, this.records.get(id), options);
    this.records.delete(id);
    this.changes.notify();
  }

  subscribe(onChange: () => void): () => void {
    return this.changes.subscribe(onChange);
  }

  /** How far the announcement's current revision reached; `NotFoundError` when there is none. */
  async receiptSummary(id: string): Promise<ReceiptSummary> {
    return summarize(id, this.records.get(id), this.receipts.get(id), this.clients);
  }
}
