#!/usr/bin/env node
// The demo portal on the reference server: starts the API (data in .data/demo-announcements.json)
// and the demo's Vite dev server, which proxies /api/ to it so the portal calls its own origin.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { createReferenceServer } from './reference-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    'api-port': { type: 'string', default: '8787' },
    data: { type: 'string', default: resolve(root, '.data/demo-announcements.json') },
  },
  strict: false,
});

const api = await createReferenceServer({ dataFile: resolve(String(values.data)) });
const apiOrigin = await api.listen(Number(values['api-port']), '127.0.0.1');

// Read by demo/portal.ts: with it set, the demo uses a RestAdapter instead of the LocalAdapter.
process.env.VITE_ANNOUNCEMENTS_API = '/api/announcements';
const vite = await createServer({
  configFile: resolve(root, 'vite.config.ts'),
  server: { proxy: { '/api': { target: apiOrigin, changeOrigin: false } } },
});
await vite.listen();
vite.printUrls();
console.log(`  ➜  API:     ${apiOrigin}/api/announcements (data in ${resolve(String(values.data))})`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void Promise.all([vite.close(), api.close()]).then(() => process.exit(0));
  });
}
