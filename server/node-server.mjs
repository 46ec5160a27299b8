// The announcements service on a Node http server: what the command line and the test runs start.
import { createServer } from 'node:http';
import { createAnnouncementsService } from './service.mjs';
import { toNodeListener } from './node-listener.mjs';
import { authorizeByCollection, testModeListener } from './testing/test-mode.mjs';

/**
 * @typedef {import('./service.mjs').ServiceOptions & Omit<import('./handler.mjs').HandlerOptions, 'store' | 'streams' | 'rules'> & {
 *   port?: number, host?: string, testMode?: boolean,
 * }} NodeServerOptions
 * `testMode` adds the test-only collections, faults and seeding (see testing/test-mode.mjs).
 */

/**
 * Opens the database and listens. Resolves once requests are answered.
 * @param {NodeServerOptions} [options]
 */
export async function startAnnouncementsServer(options = {}) {
  const { port = 0, host = '127.0.0.1', testMode = false, ...serviceOptions } = options;
  const service = await createAnnouncementsService(testMode ? { ...serviceOptions, authorize: authorizeByCollection } : serviceOptions);
  let origin = '';
  const server = createServer(testMode ? testModeListener(service, () => origin) : toNodeListener(service.handler));
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve(undefined));
    });
  } catch (error) {
    await service.close();
    throw error;
  }
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    /** e.g. `http://127.0.0.1:8787` */
    origin,
    server,
    service,
    /** Stops listening, ends open streams and closes the database. */
    async close() {
      service.streams.closeAll();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await service.close();
    },
  };
}
