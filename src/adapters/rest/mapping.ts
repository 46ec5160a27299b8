import type { AnnouncementInput } from '../../model/announcement.js';

/** What `fromInput` is told besides the input. */
export interface WriteContext {
  operation: 'create' | 'update';
  /** For updates: `false` is a silent edit that must not move `revisedAt`. Always `true` for creates. */
  notify: boolean;
}

/**
 * Hooks that adapt a backend whose JSON has another shape, so a few lines replace a new adapter.
 * Each works on one record; validation runs after `toAnnouncement`, so the hook may be naive.
 */
export interface RestMapping {
  /** One server record -> an object of the `Announcement` shape. Default: the record as it is. */
  toAnnouncement?: (record: unknown) => unknown;
  /** An edit -> the JSON body of a POST or PUT. Default: the input's fields, plus `notify` on updates (`rest-writes.ts`). */
  fromInput?: (input: AnnouncementInput, context: WriteContext) => unknown;
  /** Where the records are in a list answer. Default: the body itself when it is an array, else its `items`. */
  listFrom?: (body: unknown) => unknown;
}

export function defaultToAnnouncement(record: unknown): unknown {
  return record;
}

export function defaultListFrom(body: unknown): unknown {
  if (Array.isArray(body)) return body;
  if (typeof body === 'object' && body !== null && 'items' in body) return (body as { items: unknown }).items;
  return body;
}
