// The embedded default: PGlite, PostgreSQL compiled to WebAssembly and run in this process,
// with its files in one folder. No setup, and the same SQL as production PostgreSQL.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { holdFolderLock } from './folder-lock.mjs';
import { importOptional } from './optional-package.mjs';

/**
 * Opens (or creates) the embedded database in `folder`; memory only without one. Refuses a
 * folder that is not a database of ours instead of initialising over it.
 * @param {string | undefined} folder
 * @returns {Promise<import('./database.mjs').Database>}
 */
export async function openEmbeddedDatabase(folder) {
  const { PGlite } = await importOptional(() => import('@electric-sql/pglite'), '@electric-sql/pglite', 'The embedded database');
  let releaseLock = async () => {};
  if (folder) {
    refuseForeignFolder(folder);
    releaseLock = holdFolderLock(folder);
  }
  /** @type {import('@electric-sql/pglite').PGlite} */
  let db;
  try {
    // relaxedDurability stays off: every statement reaches the files before it is acknowledged.
    db = await PGlite.create(folder, { relaxedDurability: false });
    await db.query('SELECT 1');
  } catch (error) {
    await releaseLock();
    throw new Error(`Cannot open the embedded database in ${folder}: ${/** @type {Error} */ (error)?.message ?? error}. It was left as it is.`);
  }
  return {
    kind: 'embedded',
    query: async (sql, params) => normalise(await db.query(sql, params)),
    exec: async (sql) => void (await db.exec(sql)),
    transaction: (work) =>
      db.transaction((tx) => work({ query: async (sql, params) => normalise(await tx.query(sql, params)), exec: async (sql) => void (await tx.exec(sql)) })),
    // One process holds the whole database, so a notification can never be missed here.
    listen: async (channel, onPayload) => {
      const unlisten = await db.listen(channel, onPayload);
      return () => unlisten();
    },
    close: async () => {
      await db.close();
      await releaseLock();
    },
  };
}

/**
 * A file, or a folder with files but no PostgreSQL cluster in it, is not ours to initialise.
 * @param {string} folder
 */
function refuseForeignFolder(folder) {
  if (!existsSync(folder)) return;
  if (!statSync(folder).isDirectory()) {
    throw new Error(`${folder} is a file, not a database folder (the server keeps its embedded database in a folder). Point --data at a new or existing folder.`);
  }
  const entries = readdirSync(folder).filter((name) => name !== '.server.lock');
  if (entries.length > 0 && !existsSync(join(folder, 'PG_VERSION'))) {
    throw new Error(`${folder} is not empty and holds no database; refusing to initialise over it.`);
  }
}

/** @param {{ rows: any[], affectedRows?: number }} result */
const normalise = (result) => ({ rows: result.rows, count: result.affectedRows ?? 0 });
