// Announcements on disk as one JSON file, replaced atomically on every write (a temporary
// file renamed over the old one), so a crash or a kill mid-write never leaves half a file.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';

/** @typedef {import('./rules.mjs').Announcement} Announcement */

/**
 * @typedef {object} Collection
 * @property {number} revision Moves on every write; with the store's epoch it is the list's ETag.
 * @property {Record<string, Announcement>} records
 * @property {Record<string, string>} idempotencyKeys Idempotency-Key of a POST -> the id it created.
 */

/**
 * @typedef {object} StoredData
 * @property {string} epoch New for every fresh data file, so ETags of a wiped store never match old ones.
 * @property {Record<string, Collection>} collections
 */

/** How many Idempotency-Keys a collection remembers; older ones are forgotten first. */
const IDEMPOTENCY_MEMORY = 500;

export class JsonFileStore {
  /** @param {string | undefined} file Where to keep the data; `undefined` keeps it in memory only. */
  constructor(file) {
    this.file = file;
    /** @type {StoredData} */
    this.data = this.read() ?? { epoch: randomUUID().slice(0, 8), collections: {} };
  }

  /** @returns {StoredData | undefined} */
  read() {
    if (!this.file) return undefined;
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8'));
      if (parsed && typeof parsed.epoch === 'string' && parsed.collections && typeof parsed.collections === 'object') {
        return parsed;
      }
      throw new Error('unexpected shape');
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined;
      throw new Error(`Cannot read the data file ${this.file}: ${/** @type {Error} */ (error).message}`);
    }
  }

  /**
   * @param {string} name
   * @returns {Collection}
   */
  collection(name) {
    return (this.data.collections[name] ??= { revision: 0, records: {}, idempotencyKeys: {} });
  }

  /** @param {string} name */
  etag(name) {
    return `"${this.data.epoch}.${this.collection(name).revision}"`;
  }

  /**
   * Applies one change and saves. The change runs synchronously, so a version check and its
   * write can never interleave with another request's.
   * @template T
   * @param {string} name
   * @param {(collection: Collection) => T} change
   * @returns {T}
   */
  write(name, change) {
    const collection = this.collection(name);
    const result = change(collection);
    collection.revision += 1;
    const keys = Object.keys(collection.idempotencyKeys);
    for (const key of keys.slice(0, Math.max(0, keys.length - IDEMPOTENCY_MEMORY))) delete collection.idempotencyKeys[key];
    this.save();
    return result;
  }

  save() {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.data, null, 2));
    renameSync(temporary, this.file);
  }
}
