import type { Announcement } from '../model/announcement.js';
import { parseAnnouncement, parseAnnouncementList, type ParseResult } from '../model/parse.js';
import type { AnnouncementFeed } from './feed.js';

/** A record as an adapter listed it (a copy of its fields), and what parsing it gave. */
interface ParsedRecord {
  fields: Record<string, unknown>;
  result: ParseResult;
}

const reusing = new WeakSet<AnnouncementFeed>();

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `record` has exactly the fields of `known`, each the same value. */
function sameFields(known: Record<string, unknown>, record: Record<string, unknown>): boolean {
  const keys = Object.keys(record);
  return keys.length === Object.keys(known).length && keys.every((key) => key in known && Object.is(record[key], known[key]));
}

/**
 * Makes `feed` reuse, at every load, the result of the last one for each record whose fields
 * are the same values as then: one changed announcement is validated again, not the whole
 * list, and the others stay the same objects, so a long list can skip re-rendering them. The
 * fields are copied, so an adapter that changes a record in place is still seen to change it.
 * Kept out of the feed because only pages with long lists gain from it.
 */
export function reuseParsedRecords(feed: AnnouncementFeed): void {
  if (reusing.has(feed)) return;
  reusing.add(feed);
  let previous = new Map<string, ParsedRecord>();
  feed.parse = (raw) => {
    const next = new Map<string, ParsedRecord>();
    const fresh: Announcement[] = [];
    const parseOne = (record: unknown): ParseResult => {
      const id = isObject(record) && typeof record.id === 'string' ? record.id : undefined;
      const known = id === undefined ? undefined : previous.get(id);
      if (id !== undefined && known && sameFields(known.fields, record as Record<string, unknown>)) {
        next.set(id, known);
        return known.result;
      }
      const result = parseAnnouncement(record);
      if (result.ok) fresh.push(result.announcement);
      if (id !== undefined) next.set(id, { fields: { ...(record as Record<string, unknown>) }, result });
      return result;
    };
    const parsed = parseAnnouncementList(raw, parseOne);
    previous = next;
    return { ...parsed, fresh };
  };
}
