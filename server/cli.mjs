#!/usr/bin/env node
// The announcements server from the command line (`npm run serve:api -- --port 8787`): the
// embedded database in `--data`, or PostgreSQL when DATABASE_URL is set.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { bearerTokenAuthorizer, parseClientToken } from './authorize.mjs';
import { startAnnouncementsServer } from './node-server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: '.data/announcements' },
    'staff-token': { type: 'string' },
    'client-token': { type: 'string', multiple: true },
    'cors-origin': { type: 'string', default: 'http://localhost:5173,http://127.0.0.1:5173' },
    'heartbeat-ms': { type: 'string' },
    faults: { type: 'boolean', default: false },
    'no-require-if-match': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`The portal announcements server (the HTTP contract in openapi.yaml).

  --port <n>              port to listen on (default 8787; 0 picks a free one)
  --host <address>        address to listen on (default 127.0.0.1)
  --data <folder>         the embedded database's folder (default .data/announcements); ignored with DATABASE_URL
  --staff-token <token>   writes need "Authorization: Bearer <token>"; without it writes are open on loopback only
  --client-token <user:tag1,tag2=token>
                          "Authorization: Bearer <token>" is the client <user> with those tags (repeatable);
                          these clients are also the directory that read receipt summaries count
  --cors-origin <list>    origins allowed to call from a browser, comma-separated, or * (default the demo's)
  --heartbeat-ms <n>      how often an event stream sends a heartbeat event (default 15000)
  --faults                test mode: collections per path, fault injection and seeding (never in production)
  --no-require-if-match   accept PUT and DELETE without If-Match instead of answering 428

  DATABASE_URL=postgres://user:password@host:5432/db  keeps the data in PostgreSQL instead.`);
  process.exit(0);
}

const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = resolve(values.data);
const staffToken = values['staff-token'];
/** @type {import('./authorize.mjs').ClientToken[]} */
let clientTokens;
try {
  clientTokens = (values['client-token'] ?? []).map(parseClientToken);
} catch (error) {
  console.error(/** @type {Error} */ (error).message);
  process.exit(2);
}
const directory = clientTokens.map(({ user, tags }) => ({ id: user, tags }));
const loopback = ['127.0.0.1', '::1', 'localhost'].includes(values.host);
if (!staffToken) {
  console.warn(
    loopback
      ? 'Warning: no --staff-token, so anyone who can reach this loopback address may write announcements.'
      : 'Warning: no --staff-token on a non-loopback address, so writes are refused; pass --staff-token to allow them.',
  );
}

try {
  const api = await startAnnouncementsServer({
    port: Number(values.port),
    host: values.host,
    databaseUrl,
    dataDir,
    authorize: bearerTokenAuthorizer({ staffToken, clientTokens, anonymous: !staffToken && loopback ? 'staff' : 'client' }),
    clients: clientTokens.length > 0 ? async () => directory : undefined,
    corsOrigin: values['cors-origin'],
    heartbeatMs: values['heartbeat-ms'] ? Number(values['heartbeat-ms']) : undefined,
    testMode: values.faults,
    requireIfMatch: !values['no-require-if-match'],
  });
  const where = databaseUrl ? `PostgreSQL at ${new URL(databaseUrl).host}` : `the embedded database in ${dataDir}`;
  console.log(`Announcements API on ${api.origin}/api/announcements (data in ${where})${values.faults ? ', test mode with fault injection' : ''}`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      void api.close().then(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(`Cannot start the announcements server: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}
