import type { Announcement, AnnouncementInput } from '../model/announcement.js';
import { parseAnnouncementList } from '../model/parse.js';
import { ChangeNotifier } from './change-notifier.js';
import type { AnnouncementAdapter, RemoveOptions, UpdateOptions } from './types.js';
import { checkRemove, recordToCreate, recordToUpdate } from './write-rules.js';

/**
 * Keeps announcements in memory: for tests, stories, and pages whose server already rendered
 * the data. Each instance is independent. Records of `initial` that are malformed are skipped
 * with a console warning.
 */
export class MemoryAdapter implements AnnouncementAdapter {
  private readonly records = new Map<string, Announcement>();
  private readonly changes = new ChangeNotifier();

  constructor(initial: readonly unknown[] = []) {
    const { announcements, errors } = parseAnnouncementList([...initial]);
    for (const error of errors) console.warn(`portal-announcements: skipped record ${error.index}: ${error.message}`);
    for (const announcement of announcements) this.records.set(announcement.id, announcement);
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
