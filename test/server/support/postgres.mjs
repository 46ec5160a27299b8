// A throwaway PostgreSQL database per test, created through TEST_DATABASE_URL (a role that
// may create databases; `scripts/setup-postgres.sh` prints one) and dropped afterwards.
// Without it the PostgreSQL tests are skipped on a developer's machine and fail in CI.
import process from 'node:process';
import { createThrowawayDatabase } from '../../../server/testing/throwaway-postgres.mjs';

const adminUrl = process.env.TEST_DATABASE_URL;

/** `{ skip }` for node:test when there is no PostgreSQL to test against. */
export const postgresOptions = () => {
  if (adminUrl) return {};
  if (process.env.CI) throw new Error('CI must set TEST_DATABASE_URL to a PostgreSQL role that may create databases.');
  return { skip: 'TEST_DATABASE_URL is not set' };
};

/** An empty database; `drop()` removes it. */
export const throwawayDatabase = () => createThrowawayDatabase(/** @type {string} */ (adminUrl));
