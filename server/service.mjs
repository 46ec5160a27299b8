// Everything the handler needs, assembled: the database (embedded or PostgreSQL), the store
// with its migrations, and the event streams fed by the database's notifications.
import { loadWriteRules } from './rules.mjs';
import { AnnouncementStore } from './store/announcement-store.mjs';
import { openEmbeddedDatabase } from './store/embedded-database.mjs';
import { openPostgresDatabase } from './store/postgres-database.mjs';
import { EventStreams } from './events/event-streams.mjs';
import { createAnnouncementsHandler } from './handler.mjs';

/**
 * @typedef {object} ServiceOptions
 * @property {string} [databaseUrl] PostgreSQL (`postgres://...`); takes precedence over `dataDir`.
 * @property {string} [dataDir] The embedded database's folder; memory only when neither is given.
 * @property {number} [heartbeatMs] How often an idle event stream sends a comment line.
 */

/**
 * @param {ServiceOptions & Omit<import('./handler.mjs').HandlerOptions, 'store' | 'streams' | 'rules'>} options
 */
export async function createAnnouncementsService(options = {}) {
  const [rules, db] = await Promise.all([
    loadWriteRules(),
    options.databaseUrl ? openPostgresDatabase(options.databaseUrl) : openEmbeddedDatabase(options.dataDir),
  ]);
  try {
    const store = await AnnouncementStore.open(db);
    const streams = new EventStreams({ heartbeatMs: options.heartbeatMs });
    const unsubscribe = await store.subscribe(
      (change) => streams.publish(change),
      () => streams.resyncAll(),
    );
    const handler = createAnnouncementsHandler({ ...options, store, streams, rules });
    return {
      handler,
      store,
      streams,
      kind: db.kind,
      /** Ends the event streams and closes the database. */
      async close() {
        streams.closeAll();
        await unsubscribe();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
