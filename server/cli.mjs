#!/usr/bin/env node
// Runs the reference server: `node server/cli.mjs [--port 8787] [--host 127.0.0.1]
// [--data .data/announcements.json] [--cors-origin <origins>|*] [--faults] [--no-require-if-match]`.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createReferenceServer } from './reference-server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: '.data/announcements.json' },
    'cors-origin': { type: 'string', default: 'http://localhost:5173,http://127.0.0.1:5173' },
    faults: { type: 'boolean', default: false },
    'no-require-if-match': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Reference server for the portal announcements HTTP contract (see openapi.yaml).

  --port <n>              port to listen on (default 8787; 0 picks a free one)
  --host <address>        address to listen on (default 127.0.0.1)
  --data <file>           JSON file that keeps the announcements (default .data/announcements.json)
  --cors-origin <list>    origins allowed to call from a browser, comma-separated, or * (default the demo's)
  --faults                enable the test-only fault-injection endpoints (never in production)
  --no-require-if-match   accept PUT and DELETE without If-Match instead of answering 428`);
  process.exit(0);
}

const api = await createReferenceServer({
  dataFile: resolve(values.data),
  corsOrigin: values['cors-origin'],
  faults: values.faults,
  requireIfMatch: !values['no-require-if-match'],
});
const origin = await api.listen(Number(values.port), values.host);
console.log(`Announcements API on ${origin}/api/announcements (data in ${resolve(values.data)})${values.faults ? ', fault injection on' : ''}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void api.close().then(() => process.exit(0));
  });
}
