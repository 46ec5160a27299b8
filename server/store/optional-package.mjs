// The database drivers are optional peers of the package: a portal installs only the one it
// uses. Asking for a database whose driver is missing says, in one line, what to install.

/**
 * Imports `name`, or fails with "… needs the package <name>: npm install <name>" when it is
 * not installed (any other failure, a broken install say, is passed on as it is).
 * @template T
 * @param {() => Promise<T>} load e.g. `() => import('pg')`, literal so bundlers and types see it
 * @param {string} name
 * @param {string} purpose e.g. `The embedded database`
 * @returns {Promise<T>}
 */
export async function importOptional(load, name, purpose) {
  try {
    return await load();
  } catch (error) {
    const { code, message } = /** @type {{ code?: string, message?: string }} */ (error ?? {});
    if (code === 'ERR_MODULE_NOT_FOUND' && message?.includes(`'${name}'`)) {
      throw new Error(`${purpose} needs the package ${name}, which is not installed: npm install ${name}`);
    }
    throw error;
  }
}
