// A throwaway PostgreSQL database per test, created through DATABASE_URL (a role that may
// create databases) and dropped afterwards. Without DATABASE_URL the PostgreSQL tests are
// skipped on a developer's machine and fail in CI, which must provide it.
import pg from 'pg';
import process from 'node:process';
import { randomUUID } from 'node:crypto';

const adminUrl = process.env.DATABASE_URL;

/** `{ skip }` for node:test when there is no PostgreSQL to test against. */
export const postgresOptions = () => {
  if (adminUrl) return {};
  if (process.env.CI) throw new Error('CI must set DATABASE_URL to a PostgreSQL role that may create databases.');
  return { skip: 'DATABASE_URL is not set' };
};

/**
 * Creates an empty database; `drop()` removes it, whoever is still connected.
 * @returns {Promise<{ url: string, drop: () => Promise<void> }>}
 */
export async function throwawayDatabase() {
  const name = `announcements_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(/** @type {string} */ (adminUrl));
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** @param {string} sql */
async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
