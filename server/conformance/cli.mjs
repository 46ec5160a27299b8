#!/usr/bin/env node
// `npm run conformance -- --url http://127.0.0.1:8787/api/announcements --staff-token T`:
// checks any server against the announcements contract. It creates announcements and deletes
// them again at the end; point it at a test or staging collection, not production.
import { parseArgs } from 'node:util';
import { runConformance } from './runner.mjs';
import { parseClientToken } from '../authorize.mjs';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    'staff-token': { type: 'string' },
    header: { type: 'string', multiple: true },
    'client-token': { type: 'string', multiple: true },
    runs: { type: 'string', default: '30' },
    'no-events': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || !values.url) {
  console.log(`Checks a server against the portal announcements contract (openapi.yaml).

  --url <base>            the collection's URL, e.g. http://127.0.0.1:8787/api/announcements (required)
  --staff-token <token>   sent as "Authorization: Bearer <token>" on every request of a staff member
  --header "Name: value"  another header staff requests need (a session cookie, a CSRF token); repeatable
  --client-token <user:tag1,tag2=token>
                          act as this client of the firm, sent as "Authorization: Bearer <token>"; the server
                          must know the token as that user id with those tags (repeatable). The audience
                          checks need two, the first with a tag the second lacks; without them they are skipped
  --runs <n>              generated cases per property check (default 30)
  --no-events             skip the event stream checks (for servers without one)`);
  process.exit(values.help ? 0 : 2);
}

/** @type {Record<string, string>} */
const staffHeaders = {};
for (const header of values.header ?? []) {
  const colon = header.indexOf(':');
  if (colon > 0) staffHeaders[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
}

/** @type {import('./client.mjs').ClientIdentity[]} */
let clients;
try {
  clients = (values['client-token'] ?? []).map(parseClientToken).map(({ user, tags = [], token }) => ({ user, tags, headers: { Authorization: `Bearer ${token}` } }));
} catch (error) {
  console.error(/** @type {Error} */ (error).message);
  process.exit(2);
}

const { failed } = await runConformance({
  url: values.url,
  staffToken: values['staff-token'],
  staffHeaders,
  clients,
  runs: Number(values.runs),
  events: !values['no-events'],
});
process.exit(failed > 0 ? 1 : 0);
