// The embedded database must have one process at a time: two would corrupt its files. A lock
// file holds the owner's process id; one left by a killed process is taken over.
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Takes the folder's lock or throws when a live process holds it.
 * @param {string} folder
 * @returns {() => Promise<void>} Releases the lock.
 */
export function holdFolderLock(folder) {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, '.server.lock');
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    const owner = Number(readFileSync(file, 'utf8'));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(`The database in ${folder} is in use by process ${owner}.`);
    }
    writeFileSync(file, String(process.pid));
  }
  return async () => rmSync(file, { force: true });
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}
