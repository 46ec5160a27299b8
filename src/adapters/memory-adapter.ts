import type { Announcement, AnnouncementInput } from '../model/announcement.js';
import { announcementsFromSeeds, type AnnouncementSeed } from '../model/seed.js';
import { ChangeNotifier } from './change-notifier.js';
import type { AnnouncementAdapter, RemoveOptions, UpdateOptions } from './types.js';
import { checkRemove, recordToCreate, recordToUpdate } from './write-rules.js';

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

  /**
   * @param initial The announcements to start with: full records, or only what an author
   * writes (a title is enough). A missing id is generated and a missing date is now, so
   * undated records keep the order given. Give ids and dates when a closed banner must stay
   * closed after a reload.
   * @throws {InvalidSeedError} when a record cannot be an announcement (an empty title, a date
   * that is not an ISO 8601 instant, a repeated id): it names the record and the field.
   */
  constructor(initial: readonly AnnouncementSeed[] = []) {
    for (const announcement of announcementsFromSeeds(initial)) this.records.set(announcement.id, announcement);
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
}
