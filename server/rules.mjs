// The write rules of the reference server are the library's own (src/adapters/write-rules.ts
// and src/model/), bundled on start, so the server cannot drift from the adapters it serves.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const entry = `
export { recordToCreate, recordToUpdate, checkRemove } from './src/adapters/write-rules.ts';
export { parseAnnouncement } from './src/model/parse.ts';
export { validateInput } from './src/model/validate.ts';
export { normalizeInstant } from './src/model/dates.ts';
export { ValidationError, ConflictError, NotFoundError } from './src/model/errors.ts';
`;

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
 */

/** @type {Promise<WriteRules> | undefined} */
let loading;

/** @returns {Promise<WriteRules>} */
export function loadWriteRules() {
  loading ??= (async () => {
    const result = await build({
      stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'server-rules.ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  })();
  return loading;
}
