// A database of its own on a PostgreSQL server, for one test or one bench run, dropped
// afterwards whoever is still connected to it.
import pg from 'pg';
import { randomUUID } from 'node:crypto';

/**
 * @param {string} adminUrl A role that may create databases, e.g. what scripts/setup-postgres.sh prints.
 * @param {string} [prefix] Starts the database's name, so leftovers tell where they came from.
 * @returns {Promise<{ url: string, drop: () => Promise<void> }>}
 */
export async function createThrowawayDatabase(adminUrl, prefix = 'announcements_test') {
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = async (/** @type {string} */ sql) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
