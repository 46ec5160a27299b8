import type { Announcement } from '../../model/announcement.js';
import { parseAnnouncementList } from '../../model/parse.js';
import { createSafeStore, type KeyValueStore } from '../../internal/storage/safe-store.js';

/** The last list the server delivered, kept so the next page load can paint before the network answers. */
export interface CachedList {
  /** The list's ETag, so the next request can ask "changed since?" (`If-None-Match`). */
  etag: string | undefined;
  announcements: Announcement[];
  /** When the server delivered it (ISO 8601). */
  savedAt: string;
}

/** One database with one store for every RestAdapter of the origin, keyed by collection. */
const DATABASE = 'portal-announcements-rest-cache';
const STORE = 'lists';

let sharedStore: KeyValueStore | undefined;

/**
 * The stale-while-revalidate cache of one RestAdapter: only validated announcements go in,
 * and what comes out is validated again, since storage outlives versions of this code.
 * Storage failures never surface: the safe store falls back to memory.
 */
export class ListCache {
  constructor(private readonly key: string) {}

  async read(): Promise<CachedList | undefined> {
    const stored = await store().get<Partial<CachedList>>(this.key);
    if (!stored || typeof stored !== 'object') return undefined;
    const { announcements } = parseAnnouncementList(stored.announcements);
    return {
      etag: typeof stored.etag === 'string' ? stored.etag : undefined,
      announcements,
      savedAt: typeof stored.savedAt === 'string' ? stored.savedAt : '',
    };
  }

  write(entry: CachedList): Promise<void> {
    return store().set(this.key, entry);
  }

  clear(): Promise<void> {
    return store().delete(this.key);
  }
}

function store(): KeyValueStore {
  return (sharedStore ??= createSafeStore(DATABASE, STORE));
}
