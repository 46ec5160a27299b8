// Announcements in SQL, per tenant. Every write is one transaction that checks the version in
// the database, moves the tenant's revision and sends a NOTIFY, so any number of server
// instances on one database agree on versions, list ETags and events.
import { audienceColumns, migrate } from './migrations.mjs';
import { IdempotencyKeyReusedError, RecordMissingError, VersionMismatchError } from './store-errors.mjs';

/** The NOTIFY channel of every write; the payload is a {@link Change} as JSON. */
export const CHANGES_CHANNEL = 'announcement_changes';

/** How long an Idempotency-Key is remembered. */
const IDEMPOTENCY_RETENTION = '24 hours';

/**
 * @typedef {import('../rules.mjs').Announcement} Announcement
 * @typedef {{ tenant: string, tag: string, type: 'created' | 'updated' | 'deleted' | 'resync', id?: string }} Change
 * @typedef {{ any: true } | { any: false, versions: string[] }} AcceptedVersions
 * @typedef {{ user?: string, tags?: readonly string[] }} Viewer A client; the audience decides what it may read.
 */

export class AnnouncementStore {
  /**
   * Migrates the database and returns the store over it.
   * @param {import('./database.mjs').Database} db
   */
  static async open(db) {
    await migrate(db);
    const { rows } = await db.query('SELECT epoch FROM store_identity');
    return new AnnouncementStore(db, String(rows[0].epoch));
  }

  /**
   * @param {import('./database.mjs').Database} db
   * @param {string} epoch
   */
  constructor(db, epoch) {
    this.db = db;
    this.epoch = epoch;
  }

  /**
   * The list's entity tag, from one row: what a conditional GET needs, without the records.
   * @param {string} tenant
   */
  async listTag(tenant) {
    const { rows } = await this.db.query('SELECT revision::text AS revision FROM tenants WHERE tenant = $1', [tenant]);
    return this.tagOf(rows[0]?.revision);
  }

  /**
   * Every record of the tenant in creation order, as one JSON array text, with the matching tag.
   * With a `viewer` (a client), only the records whose audience includes it, each with its
   * audience narrowed to the part that names the viewer (see {@link forViewer}).
   * @param {string} tenant
   * @param {Viewer} [viewer]
   * @returns {Promise<{ tag: string, json: string }>}
   */
  async list(tenant, viewer) {
    if (!viewer) {
      // One statement sees one snapshot, so the tag always belongs to exactly these records.
      const { rows } = await this.db.query(
        `SELECT (SELECT revision::text FROM tenants WHERE tenant = $1) AS revision,
                (SELECT '[' || string_agg(record, ',' ORDER BY position) || ']' FROM announcements WHERE tenant = $1) AS items`,
        [tenant],
      );
      return { tag: this.tagOf(rows[0].revision), json: rows[0].items ?? '[]' };
    }
    const { rows } = await this.db.query(
      `SELECT (SELECT revision::text FROM tenants WHERE tenant = $1) AS revision, a.record, a.audience_kind
         FROM (SELECT 1) AS one
         LEFT JOIN announcements a ON a.tenant = $1 AND (
           a.audience_kind = 'all'
           OR (a.audience_kind = 'tags' AND a.audience_entries && $2::text[])
           OR (a.audience_kind = 'clients' AND $3::text = ANY (a.audience_entries)))
        ORDER BY a.position`,
      [tenant, (viewer.tags ?? []).map((tag) => JSON.stringify(tag)), viewer.user === undefined ? null : JSON.stringify(viewer.user)],
    );
    const records = rows.filter((row) => row.record !== null).map((row) => (row.audience_kind === 'all' ? row.record : JSON.stringify(forViewer(JSON.parse(row.record), viewer))));
    return { tag: this.tagOf(rows[0]?.revision), json: `[${records.join(',')}]` };
  }

  /**
   * @param {string} tenant
   * @param {string} id
   * @returns {Promise<Announcement | undefined>}
   */
  get(tenant, id) {
    return currentRecord(this.db, tenant, id);
  }

  /**
   * Stores a new record. With an idempotency key, a repeated request gets the first answer
   * back (`replayed`), and a different request with the same key is refused.
   * @param {string} tenant
   * @param {() => Announcement} makeRecord
   * @param {{ key: string, fingerprint: string }} [idempotency]
   * @returns {Promise<{ record: Announcement, replayed: boolean }>}
   */
  async create(tenant, makeRecord, idempotency) {
    return this.db.transaction(async (tx) => {
      if (idempotency) {
        // Requests with the same key wait for each other here, so only one of them creates.
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${tenant}\n${idempotency.key}`]);
        const { rows } = await tx.query('SELECT fingerprint, response FROM idempotency_keys WHERE tenant = $1 AND key = $2', [tenant, idempotency.key]);
        if (rows[0]) {
          if (rows[0].fingerprint !== idempotency.fingerprint) throw new IdempotencyKeyReusedError();
          return { record: JSON.parse(rows[0].response), replayed: true };
        }
      }
      const record = makeRecord();
      const json = JSON.stringify(record);
      const audience = audienceColumns(record.audience);
      await tx.query('INSERT INTO announcements (tenant, id, version, record, audience_kind, audience_entries) VALUES ($1, $2, $3, $4, $5, $6)', [
        tenant,
        record.id,
        record.version,
        json,
        audience.kind,
        audience.entries,
      ]);
      if (idempotency) {
        await tx.query(`DELETE FROM idempotency_keys WHERE created_at < now() - interval '${IDEMPOTENCY_RETENTION}'`);
        await tx.query('INSERT INTO idempotency_keys (tenant, key, fingerprint, response) VALUES ($1, $2, $3, $4)', [tenant, idempotency.key, idempotency.fingerprint, json]);
      }
      await this.announce(tx, tenant, { type: 'created', id: record.id });
      return { record, replayed: false };
    });
  }

  /**
   * Replaces a record if its current version is accepted. The row is locked while `revise`
   * runs, and the UPDATE checks the version again, so of two writers with the same version
   * exactly one succeeds, whichever instance each one reached.
   * @param {string} tenant
   * @param {string} id
   * @param {AcceptedVersions | undefined} accepted `undefined` accepts any version (no If-Match required).
   * @param {(existing: Announcement) => Announcement} revise
   * @returns {Promise<Announcement>}
   */
  async update(tenant, id, accepted, revise) {
    return this.db.transaction(async (tx) => {
      const existing = await lockedRecord(tx, tenant, id, accepted);
      const record = revise(existing.record);
      const json = JSON.stringify(record);
      const audience = audienceColumns(record.audience);
      const { count } = await tx.query(
        'UPDATE announcements SET version = $4, record = $5, audience_kind = $6, audience_entries = $7 WHERE tenant = $1 AND id = $2 AND version = $3',
        [tenant, id, existing.version, record.version, json, audience.kind, audience.entries],
      );
      if (count !== 1) throw new VersionMismatchError(await currentRecord(tx, tenant, id));
      await this.announce(tx, tenant, { type: 'updated', id });
      return record;
    });
  }

  /**
   * Deletes a record if its current version is accepted.
   * @param {string} tenant
   * @param {string} id
   * @param {AcceptedVersions | undefined} accepted
   */
  async remove(tenant, id, accepted) {
    await this.db.transaction(async (tx) => {
      const existing = await lockedRecord(tx, tenant, id, accepted);
      const { count } = await tx.query('DELETE FROM announcements WHERE tenant = $1 AND id = $2 AND version = $3', [tenant, id, existing.version]);
      if (count !== 1) throw new VersionMismatchError(await currentRecord(tx, tenant, id));
      await tx.query('DELETE FROM receipts WHERE tenant = $1 AND id = $2', [tenant, id]);
      await this.announce(tx, tenant, { type: 'deleted', id });
    });
  }

  /**
   * Stores records exactly as given, valid or not (test servers only: a way to make the API
   * deliver malformed data). A record without an id gets `seeded-<index>`.
   * @param {string} tenant
   * @param {unknown[]} records
   */
  async seed(tenant, records) {
    await this.db.transaction(async (tx) => {
      for (const [index, record] of records.entries()) {
        const fields = /** @type {Record<string, unknown> | null} */ (typeof record === 'object' ? record : null);
        const id = String(fields?.id ?? `seeded-${index}`);
        const audience = audienceColumns(fields?.audience);
        await tx.query(
          `INSERT INTO announcements (tenant, id, version, record, audience_kind, audience_entries) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (tenant, id) DO UPDATE SET version = excluded.version, record = excluded.record,
             audience_kind = excluded.audience_kind, audience_entries = excluded.audience_entries`,
          [tenant, id, String(fields?.version ?? ''), JSON.stringify(record), audience.kind, audience.entries],
        );
      }
      await this.announce(tx, tenant, { type: 'resync' });
    });
  }

  /**
   * Stores receipts of one user in one statement; a repeat changes nothing. Only receipts that
   * `accept` (given the current record) are stored, each with the record's own `revisedAt`.
   * @param {string} tenant
   * @param {string} user
   * @param {{ id: string, revisedAt: string, kind: 'seen' | 'opened' }[]} receipts
   * @param {(record: Announcement, receipt: { id: string, revisedAt: string, kind: string }) => boolean} accept
   * @returns {Promise<number>} How many receipts were new.
   */
  async recordReceipts(tenant, user, receipts, accept) {
    const ids = [...new Set(receipts.map((receipt) => receipt.id))];
    if (ids.length === 0) return 0;
    const { rows } = await this.db.query('SELECT id, record FROM announcements WHERE tenant = $1 AND id = ANY ($2::text[])', [tenant, ids]);
    const records = new Map(rows.map((row) => [String(row.id), /** @type {Announcement} */ (JSON.parse(row.record))]));
    const kept = receipts.flatMap((receipt) => {
      const record = records.get(receipt.id);
      return record && accept(record, receipt) ? [{ ...receipt, revisedAt: record.revisedAt }] : [];
    });
    if (kept.length === 0) return 0;
    const { count } = await this.db.query(
      `INSERT INTO receipts (tenant, id, revised_at, user_id, kind)
       SELECT $1, r.id, r.revised_at, $2, r.kind FROM unnest($3::text[], $4::text[], $5::text[]) AS r (id, revised_at, kind)
       ON CONFLICT DO NOTHING`,
      [tenant, user, kept.map((receipt) => receipt.id), kept.map((receipt) => receipt.revisedAt), kept.map((receipt) => receipt.kind)],
    );
    return count;
  }

  /**
   * The receipts of one revision of an announcement.
   * @param {string} tenant
   * @param {string} id
   * @param {string} revisedAt
   * @returns {Promise<import('../rules.mjs').StoredReceipt[]>}
   */
  async receipts(tenant, id, revisedAt) {
    const { rows } = await this.db.query('SELECT user_id, kind FROM receipts WHERE tenant = $1 AND id = $2 AND revised_at = $3', [tenant, id, revisedAt]);
    return rows.map((row) => ({ id, revisedAt, user: String(row.user_id), kind: row.kind === 'opened' ? 'opened' : 'seen' }));
  }

  /**
   * Hears every write of every instance on this database.
   * @param {(change: Change) => void} onChange
   * @param {() => void} [onInterrupted] Changes may have been missed (the database connection dropped).
   * @returns {Promise<() => Promise<void>>}
   */
  subscribe(onChange, onInterrupted) {
    return this.db.listen(
      CHANGES_CHANNEL,
      (payload) => {
        try {
          onChange(JSON.parse(payload));
        } catch {
          // Not ours: someone else NOTIFYing on the channel.
        }
      },
      onInterrupted,
    );
  }

  /** @param {string | null | undefined} revision */
  tagOf(revision) {
    return `${this.epoch}.${revision ?? 0}`;
  }

  /**
   * Moves the tenant's revision and queues the NOTIFY, which the database sends on commit only.
   * @param {import('./database.mjs').Queryable} tx
   * @param {string} tenant
   * @param {{ type: Change['type'], id?: string }} change
   */
  async announce(tx, tenant, change) {
    const { rows } = await tx.query(
      `INSERT INTO tenants (tenant, revision) VALUES ($1, 1)
       ON CONFLICT (tenant) DO UPDATE SET revision = tenants.revision + 1 RETURNING revision::text AS revision`,
      [tenant],
    );
    /** @type {Change} */
    const payload = { tenant, tag: this.tagOf(rows[0].revision), ...change };
    await tx.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(payload)]);
  }
}

/**
 * A record as a client sees it: an audience of tags or named clients shows only the entries
 * that name the viewer, so no client learns who else an announcement was meant for.
 * @param {Announcement} record
 * @param {Viewer} viewer
 * @returns {Announcement}
 */
export function forViewer(record, viewer) {
  const { audience } = record;
  if (audience?.kind === 'tags') return { ...record, audience: { kind: 'tags', tags: audience.tags.filter((tag) => viewer.tags?.includes(tag)) } };
  if (audience?.kind === 'clients') return { ...record, audience: { kind: 'clients', clients: audience.clients.filter((client) => client === viewer.user) } };
  return record;
}

/**
 * The current record, locked for the rest of the transaction, once its version is accepted.
 * @param {import('./database.mjs').Queryable} tx
 * @param {string} tenant
 * @param {string} id
 * @param {AcceptedVersions | undefined} accepted
 */
async function lockedRecord(tx, tenant, id, accepted) {
  const { rows } = await tx.query('SELECT version, record FROM announcements WHERE tenant = $1 AND id = $2 FOR UPDATE', [tenant, id]);
  if (!rows[0]) throw new RecordMissingError(id);
  const record = JSON.parse(rows[0].record);
  if (accepted && !accepted.any && !accepted.versions.includes(rows[0].version)) throw new VersionMismatchError(record);
  return { version: String(rows[0].version), record };
}

/**
 * @param {import('./database.mjs').Queryable} queryable
 * @param {string} tenant
 * @param {string} id
 * @returns {Promise<Announcement | undefined>}
 */
async function currentRecord(queryable, tenant, id) {
  const { rows } = await queryable.query('SELECT record FROM announcements WHERE tenant = $1 AND id = $2', [tenant, id]);
  return rows[0] ? JSON.parse(rows[0].record) : undefined;
}
