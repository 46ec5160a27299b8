// The README's mounting examples (docs/examples/), started as a portal would start them and
// driven over HTTP: sessions by cookie, clients reading, staff writing, the event stream.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { openAnnouncements } from '../../../docs/examples/announcements-service.mjs';
import { eventReader } from './event-streams.mjs';
import { jsonRequest } from './servers.mjs';

const README = fileURLToPath(new URL('../../../README.md', import.meta.url));

/** The portal's sessions: staff and a client of one firm, and a client of another. */
const SESSIONS = new Map([
  ['staff-1', { firmId: 'firm-a', userId: 'anna', isStaff: true }],
  ['client-1', { firmId: 'firm-a', userId: 'carl', isStaff: false }],
  ['client-2', { firmId: 'firm-b', userId: 'dora', isStaff: false }],
]);
const as = (sessionId) => ({ cookie: `theme=dark; sid=${sessionId}` });

/**
 * The example files, quoted in the README: the test fails when the README shows other code.
 * @param {string[]} examples file names under docs/examples/
 */
export function assertQuotedInReadme(examples) {
  const readme = readFileSync(README, 'utf8');
  for (const name of examples) {
    const source = readFileSync(new URL(`../../../docs/examples/${name}`, import.meta.url), 'utf8').trim();
    assert.ok(readme.includes(source), `README.md quotes docs/examples/${name} as it is`);
  }
}

/**
 * Opens the example service in memory and listens with `mount(announcements)`, a Node http
 * server or an Express app.
 * @param {(announcements: Awaited<ReturnType<typeof openAnnouncements>>) => { listen: Function }} mount
 */
export async function startMounted(mount) {
  const announcements = await openAnnouncements({ sessions: SESSIONS });
  const server = mount(announcements).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${server.address().port}/api/announcements`;
  return {
    base,
    async close() {
      announcements.streams.closeAll();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await announcements.close();
    },
  };
}

/** What a portal's users notice, through the mounted handler. */
export async function checkMounted(base) {
  assert.equal((await fetch(base)).status, 401, 'no session: 401');

  const clientRead = await fetch(base, { headers: as('client-1') });
  assert.equal(clientRead.status, 200);
  assert.deepEqual(await clientRead.json(), []);

  const events = await fetch(`${base}/events`, { headers: as('client-1') });
  assert.equal(events.status, 200);
  assert.match(events.headers.get('content-type') ?? '', /^text\/event-stream/);
  const stream = eventReader(events);
  await stream.until(': connected');

  const clientWrite = await fetch(base, jsonRequest({ title: 'By a client' }, as('client-1')));
  assert.equal(clientWrite.status, 403);
  assert.match(clientWrite.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal((await clientWrite.json()).status, 403);

  const staffWrite = await fetch(base, jsonRequest({ title: 'Office closed on Friday', body: 'Back on Monday.' }, as('staff-1')));
  assert.equal(staffWrite.status, 201);
  const created = await staffWrite.json();
  assert.equal(created.title, 'Office closed on Friday');

  // The open stream hears the write at once: the answer is streamed, not buffered.
  let timer;
  const silence = new Promise((resolve) => (timer = setTimeout(resolve, 10_000, 'nothing within 10 s')));
  const heard = await Promise.race([stream.until('event: change'), silence]);
  clearTimeout(timer);
  assert.match(heard, /event: change/);
  await stream.cancel();

  const readBack = await fetch(`${base}/${created.id}`, { headers: as('client-1') });
  assert.equal(readBack.status, 200);
  assert.deepEqual(await readBack.json(), created);
  assert.deepEqual(await (await fetch(base, { headers: as('client-2') })).json(), [], "another firm's client sees none of it");
}
