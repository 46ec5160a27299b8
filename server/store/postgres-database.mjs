// PostgreSQL through node-postgres: a pool for requests, and one dedicated connection that
// LISTENs, so every instance on the database hears every other instance's writes.
import { importOptional } from './optional-package.mjs';

/** How long to wait before connecting the listener again after it lost its connection. */
const RELISTEN_DELAY_MS = 500;

/** node-postgres, loaded with the first database: an optional peer of the package. */
/** @type {typeof import('pg')} */
let pg;

/**
 * @param {string} connectionString e.g. `postgres://user:pass@127.0.0.1:5432/announcements`
 * @param {{ max?: number }} [options]
 * @returns {Promise<import('./database.mjs').Database>}
 */
export async function openPostgresDatabase(connectionString, options = {}) {
  pg ??= (await importOptional(() => import('pg'), 'pg', 'PostgreSQL (databaseUrl)')).default;
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle connection that dies (a database restart) must not take the process down.
  pool.on('error', (error) => console.error('announcements server: idle database connection failed:', error.message));
  await pool.query('SELECT 1');
  /** @type {Set<() => Promise<void>>} */
  const listeners = new Set();

  /** @param {{ query: pg.Pool['query'] }} client */
  const queryable = (client) => ({
    query: async (/** @type {string} */ sql, /** @type {unknown[] | undefined} */ params) => {
      const result = await client.query(sql, params);
      return { rows: result.rows, count: result.rowCount ?? 0 };
    },
    exec: async (/** @type {string} */ sql) => void (await client.query(sql)),
  });

  return {
    kind: 'postgres',
    ...queryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload, onInterrupted) {
      const stop = await keepListening(connectionString, channel, onPayload, onInterrupted);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    async close() {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
  };
}

/**
 * LISTENs on a connection of its own and reconnects when it drops; tells `onInterrupted`
 * each time, because notifications sent meanwhile are lost.
 * @param {string} connectionString
 * @param {string} channel
 * @param {(payload: string) => void} onPayload
 * @param {(() => void) | undefined} onInterrupted
 */
async function keepListening(connectionString, channel, onPayload, onInterrupted) {
  let stopped = false;
  /** @type {pg.Client | undefined} */
  let client;
  /** @type {NodeJS.Timeout | undefined} */
  let retry;

  const connect = async () => {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      if (message.channel === channel) onPayload(message.payload ?? '');
    });
    next.on('error', () => reconnect(next));
    next.on('end', () => reconnect(next));
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    client = next;
  };
  const reconnect = (/** @type {pg.Client} */ lost) => {
    if (stopped || client !== lost) return;
    client = undefined;
    lost.end().catch(() => {});
    const attempt = () => {
      retry = undefined;
      if (stopped) return;
      connect().then(
        () => onInterrupted?.(),
        () => (retry = setTimeout(attempt, RELISTEN_DELAY_MS)),
      );
    };
    retry = setTimeout(attempt, RELISTEN_DELAY_MS);
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}
