import { readLocalJson, removeLocalJson, writeLocalJson } from '../internal/storage/local-json.js';

/**
 * Small synchronous copies in `localStorage` of what the banner needs to decide on its first
 * render: the last list of announcements and this session's closed ones. IndexedDB stays the
 * record; it answers only after a connection is opened and a transaction runs, which costs a
 * page tens of milliseconds it would otherwise show nothing in.
 *
 * A copy must never claim more than it knows, or a closed announcement could flash: writers
 * store only complete views, and a write that fails (storage full) removes the copy, so the
 * next page waits for IndexedDB instead of trusting a stale one. Storage that is refused
 * reads as no copy at all. Nothing here warns: without copies the elements only wait longer.
 */
const PREFIX = 'portal-announcements:';

/** The stored value under `key`, or `undefined` when there is none or it cannot be read. */
export function readSnapshot(key: string): unknown {
  return readLocalJson(PREFIX + key);
}

/**
 * Stores `value` under `key`. When that fails, or the value is longer than `maxLength`
 * characters, removes the key instead, so that no older copy remains to be trusted.
 */
export function writeSnapshot(key: string, value: unknown, maxLength = Infinity): void {
  if (!writeLocalJson(PREFIX + key, value, maxLength)) removeLocalJson(PREFIX + key);
}
