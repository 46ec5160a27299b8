// A throwaway PostgreSQL database per test, created through TEST_DATABASE_URL (a role that
// may create databases; `scripts/setup-postgres.sh` prints one) and dropped afterwards.
// Without it the PostgreSQL tests are skipped on a developer's machine and fail in CI.
import pg from 'pg';
import process from 'node:process';
import { randomUUID } from 'node:crypto';

const adminUrl = process.env.TEST_DATABASE_URL;

/** `{ skip }` for node:test when there is no PostgreSQL to test against. */
export const postgresOptions = () => {
  if (adminUrl) return {};
  if (process.env.CI) throw new Error('CI must set TEST_DATABASE_URL to a PostgreSQL role that may create databases.');
  return { skip: 'TEST_DATABASE_URL is not set' };
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
