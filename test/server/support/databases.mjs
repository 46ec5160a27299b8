// Both databases the server runs on, for suites that must behave the same on each: a
// `describe` per database with a server started on a fresh one and dropped afterwards.
import { after, before, describe } from 'node:test';
import { startServer } from './servers.mjs';
import { postgresOptions, throwawayDatabase } from './postgres.mjs';

export const DATABASES = [
  { name: 'the embedded database', options: {}, open: async () => ({ options: {}, drop: async () => {} }) },
  {
    name: 'PostgreSQL',
    options: postgresOptions(),
    open: async () => {
      const db = await throwawayDatabase();
      return { options: /** @type {{ databaseUrl?: string }} */ ({ databaseUrl: db.url }), drop: db.drop };
    },
  },
];

/**
 * Runs `suite` once per database, each time with a server on a fresh database.
 * @param {(context: { server: () => Awaited<ReturnType<typeof startServer>>, database: (typeof DATABASES)[number] }) => void} suite
 * @param {Parameters<typeof startServer>[0]} [serverOptions]
 */
export function onEachDatabase(suite, serverOptions = {}) {
  for (const database of DATABASES) {
    describe(`on ${database.name}`, database.options, () => {
      /** @type {Awaited<ReturnType<typeof startServer>> | undefined} */
      let server;
      /** @type {() => Promise<void>} */
      let drop = async () => {};
      before(async () => {
        const opened = await database.open();
        drop = opened.drop;
        server = await startServer({ ...serverOptions, ...opened.options });
      });
      after(async () => {
        await server?.close();
        await drop();
      });
      suite({ server: () => /** @type {Awaited<ReturnType<typeof startServer>>} */ (server), database });
    });
  }
}
