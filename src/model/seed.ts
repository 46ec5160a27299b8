import type { Announcement, AnnouncementInput } from './announcement.js';
import { InvalidSeedError } from './errors.js';
import { parseAnnouncement } from './parse.js';
import { newId } from './records.js';

/**
 * An announcement as a person writes it to fill an adapter: the fields an author edits (a
 * title is enough) and, when known, any stored field. A full `Announcement` is a seed too.
 */
export interface AnnouncementSeed extends AnnouncementInput {
  id?: string;
  createdAt?: string;
  updatedAt?: string;
  revisedAt?: string;
  version?: string;
}

/**
 * Turns seed records into announcements. A missing id is generated, and a missing creation
 * date is "now", a millisecond earlier for each later record, so undated records show in the
 * order given (the first one on top). A record that still cannot be an announcement throws
 * an `InvalidSeedError` naming it and the field at fault; nothing is skipped silently.
 */
export function announcementsFromSeeds(seeds: readonly unknown[], now: Date = new Date()): Announcement[] {
  const seenIds = new Set<string>();
  return seeds.map((seed, index) => {
    const result = parseAnnouncement(withDefaults(seed, new Date(now.getTime() - index)));
    if (!result.ok) throw new InvalidSeedError(index, { ...result, title: titleOf(seed) });
    const { announcement } = result;
    if (seenIds.has(announcement.id)) {
      throw new InvalidSeedError(index, { id: announcement.id, field: 'id', message: 'another record has the same id' });
    }
    seenIds.add(announcement.id);
    return announcement;
  });
}

/** The seed with the stored fields a person may leave out filled in; anything else is kept as given. */
function withDefaults(seed: unknown, created: Date): unknown {
  if (typeof seed !== 'object' || seed === null || Array.isArray(seed)) return seed;
  const record: Record<string, unknown> = { ...seed };
  record.id ??= newId();
  record.createdAt ??= created.toISOString();
  record.updatedAt ??= record.createdAt;
  return record;
}

function titleOf(seed: unknown): string | undefined {
  const title = (seed as { title?: unknown } | null)?.title;
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}
