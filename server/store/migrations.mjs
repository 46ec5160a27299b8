// One schema for the embedded database (PGlite) and PostgreSQL: the same SQL runs on both.
// Migrations only ever append; each runs once, in order, inside a transaction that holds an
// advisory lock, so several instances starting together migrate exactly once.

/** @type {{ version: number, sql: string, run?: (tx: import('./database.mjs').Queryable) => Promise<void> }[]} */
export const MIGRATIONS = [
  {
    version: 1,
    sql: `
      -- A random id of this store: list ETags embed it, so a new or restored database never
      -- answers 304 to a tag another one issued.
      CREATE TABLE store_identity (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        epoch text NOT NULL
      );
      INSERT INTO store_identity (epoch) VALUES (substr(md5(random()::text || clock_timestamp()::text), 1, 12));

      -- One row per tenant that has ever been written to; revision moves with every write, so
      -- a conditional GET reads this one row instead of the announcements.
      CREATE TABLE tenants (
        tenant text PRIMARY KEY,
        revision bigint NOT NULL
      );

      -- Records are kept as the JSON the API sends, verbatim; version is its own column so a
      -- conditional write can compare it in the UPDATE itself.
      CREATE TABLE announcements (
        tenant text NOT NULL,
        id text NOT NULL,
        version text NOT NULL,
        position bigserial NOT NULL,
        record text NOT NULL,
        PRIMARY KEY (tenant, id)
      );
      CREATE INDEX announcements_order ON announcements (tenant, position);

      -- A POST's Idempotency-Key, what the request looked like and what it was answered.
      CREATE TABLE idempotency_keys (
        tenant text NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        response text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant, key)
      );
      CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);
    `,
  },
  {
    version: 2,
    sql: `
      -- Who sees each announcement, where a query can filter by it: the kind, and the tags or
      -- client ids as JSON strings (text cannot hold NUL, a JSON string can). Rows written
      -- before audiences existed are for everyone.
      ALTER TABLE announcements ADD COLUMN audience_kind text NOT NULL DEFAULT 'all';
      ALTER TABLE announcements ADD COLUMN audience_entries text[] NOT NULL DEFAULT '{}';

      -- Read receipts: one row per user, revision and kind, so a repeat changes nothing.
      CREATE TABLE receipts (
        tenant text NOT NULL,
        id text NOT NULL,
        revised_at text NOT NULL,
        user_id text NOT NULL,
        kind text NOT NULL,
        PRIMARY KEY (tenant, id, revised_at, user_id, kind)
      );
    `,
    // Records written before languages, audiences and dismissal modes get the defaults, so
    // every record the API sends has every field. Their versions stay: nothing was edited.
    async run(tx) {
      const { rows } = await tx.query('SELECT tenant, id, record FROM announcements');
      for (const row of rows) {
        const record = parseObject(row.record);
        if (!record) continue;
        const filled = { language: null, variants: [], audience: { kind: 'all' }, dismissal: 'session', ...record };
        const { kind, entries } = audienceColumns(filled.audience);
        await tx.query('UPDATE announcements SET record = $3, audience_kind = $4, audience_entries = $5 WHERE tenant = $1 AND id = $2', [
          row.tenant,
          row.id,
          JSON.stringify(filled),
          kind,
          entries,
        ]);
      }
    },
  },
];

/**
 * The audience columns of a record's audience (see migration 2); anything unreadable is `all`,
 * as the record's own parser would read it.
 * @param {unknown} audience
 * @returns {{ kind: 'all' | 'tags' | 'clients', entries: string[] }}
 */
export function audienceColumns(audience) {
  const { kind, tags, clients } = /** @type {Record<string, unknown>} */ (typeof audience === 'object' && audience !== null ? audience : {});
  const list = kind === 'tags' ? tags : kind === 'clients' ? clients : undefined;
  if (!Array.isArray(list)) return { kind: 'all', entries: [] };
  return { kind: /** @type {'tags' | 'clients'} */ (kind), entries: list.map((entry) => JSON.stringify(String(entry))) };
}

/** @param {string} text */
function parseObject(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Any constant; it names the lock that serialises migrations across instances. */
const MIGRATION_LOCK = 720431;

/**
 * Brings the schema up to date. Refuses a database whose tables are not ours.
 * @param {import('./database.mjs').Database} db
 */
export async function migrate(db) {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const applied = new Set((await tx.query('SELECT version FROM schema_migrations')).rows.map((row) => Number(row.version)));
    if (applied.size === 0) await refuseForeignTables(tx);
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await migration.run?.(tx);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
    }
    const newest = Math.max(...applied, 0);
    if (newest > MIGRATIONS.length) {
      throw new Error(`The database was migrated by a newer version of the server (schema ${newest}, this one knows ${MIGRATIONS.length}).`);
    }
  });
}

/**
 * A database without our migrations table but with our tables was damaged or belongs to
 * something else: never build over it.
 * @param {import('./database.mjs').Queryable} tx
 */
async function refuseForeignTables(tx) {
  const { rows } = await tx.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('announcements', 'tenants', 'store_identity', 'idempotency_keys', 'receipts')",
  );
  if (rows.length > 0) {
    throw new Error(`The database has announcement tables (${rows.map((row) => row.table_name).join(', ')}) but no record of its migrations; refusing to touch it.`);
  }
}
