// The write rules of the server are the library's own (src/adapters/write-rules.ts and
// src/model/), so the server cannot drift from the adapters it serves. The package ships them
// built (dist/server/write-rules.js); in the repository, where src/ is, they are bundled from
// the source on start instead, so they are never older than the code under test.
import { existsSync } from 'node:fs';

const SOURCE = new URL('../src/adapters/write-rules.ts', import.meta.url);
const BUILT = new URL('../dist/server/write-rules.js', import.meta.url);

/**
 * @typedef {object} Announcement
 * @property {string} id
 * @property {string} title
 * @property {string} body
 * @property {'info' | 'success' | 'warning' | 'critical'} severity
 * @property {string | null} publishAt
 * @property {string | null} expiresAt
 * @property {string} createdAt
 * @property {string} updatedAt
 * @property {string} revisedAt
 * @property {string} version
 * @property {string | null} language
 * @property {{ language: string, title: string, body: string }[]} variants
 * @property {Audience} audience
 * @property {'session' | 'once' | 'never'} dismissal
 */

/**
 * @typedef {{ kind: 'all' } | { kind: 'tags', tags: string[] } | { kind: 'clients', clients: string[] }} Audience
 * @typedef {{ id: string, name?: string, tags?: readonly string[] }} DirectoryClient
 * @typedef {{ id: string, revisedAt: string, kind: 'seen' | 'opened', user: string }} StoredReceipt
 * @typedef {{ id: string, revisedAt: string, audienceSize: number | null, seen: number, opened: number, notOpened: string[] | null }} ReceiptSummary
 */

/**
 * @typedef {object} WriteRules
 * @property {(input: object) => Announcement} recordToCreate
 * @property {(id: string, existing: Announcement | undefined, input: object, options?: { expectedVersion?: string, notify?: boolean }) => Announcement} recordToUpdate
 * @property {(id: string, existing: Announcement | undefined, options?: { expectedVersion?: string }) => void} checkRemove
 * @property {(raw: unknown) => { ok: true, announcement: Announcement } | { ok: false, message: string }} parseAnnouncement
 * @property {(input: unknown, options?: { now?: Date | number }) => Record<string, string>} validateInput
 * @property {(value: string) => string} normalizeInstant
 * @property {new (...args: any[]) => Error & { fieldErrors: Record<string, string> }} ValidationError
 * @property {new (...args: any[]) => Error & { current?: Announcement }} ConflictError
 * @property {new (...args: any[]) => Error} NotFoundError
 * @property {(audience: Audience, viewer: { user?: string, tags?: readonly string[] }) => boolean} isInAudience
 * @property {(announcement: Announcement, receipts: readonly StoredReceipt[], clients?: readonly DirectoryClient[]) => ReceiptSummary} summarizeReceipts
 */

/** @type {Promise<WriteRules> | undefined} */
let loading;

/** @returns {Promise<WriteRules>} */
export function loadWriteRules() {
  loading ??= existsSync(SOURCE) ? fromSource() : import(BUILT.href);
  return loading;
}

/** @returns {Promise<WriteRules>} */
async function fromSource() {
  // A path in a variable: the package, which has no src/, never resolves this file or esbuild.
  const bundler = './rules-source.mjs';
  const { bundleWriteRules } = await import(bundler);
  const code = await bundleWriteRules();
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
