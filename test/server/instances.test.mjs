// Several server processes behind one load balancer: two command-line servers on one
// PostgreSQL database share events (LISTEN/NOTIFY) and versions.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonRequest, startCli } from './support/servers.mjs';
import { postgresOptions, throwawayDatabase } from './support/postgres.mjs';
import { eventReader } from './support/event-streams.mjs';
import pg from 'pg';

describe('two instances on one PostgreSQL', postgresOptions(), () => {
  /** @type {ReturnType<typeof startCli>[]} */
  const servers = [];
  /** @type {string[]} */
  const bases = [];
  /** @type {() => Promise<void>} */
  let drop = async () => {};
  let databaseUrl = '';

  before(async () => {
    const db = await throwawayDatabase();
    drop = db.drop;
    databaseUrl = db.url;
    for (let index = 0; index < 2; index += 1) servers.push(startCli([], { DATABASE_URL: db.url }));
    for (const server of servers) bases.push(`${await server.started()}/api/announcements`);
  });
  after(async () => {
    for (const server of servers) server.child.kill('SIGTERM');
    await Promise.all(servers.map((server) => server.exited()));
    await drop();
  });

  test('a write through one instance reaches the event stream of the other within a second', async () => {
    const [first, second] = bases;
    const stream = eventReader(await fetch(`${second}/events`));
    await stream.until(': connected');
    const sent = performance.now();
    const created = await (await fetch(first, jsonRequest({ title: 'Heard everywhere' }))).json();
    const text = await stream.until(created.id);
    const elapsed = performance.now() - sent;
    await stream.cancel();
    assert.match(text, new RegExp(`event: change\\ndata: \\{"type":"created","id":"${created.id}"\\}`));
    assert.ok(elapsed < 1000, `the event took ${Math.round(elapsed)} ms`);
    // Both instances agree on what the list is now.
    const tags = await Promise.all(bases.map(async (base) => (await fetch(base)).headers.get('ETag')));
    assert.equal(tags[0], tags[1]);
  });

  test('parallel PUTs with one If-Match spread over both instances: exactly one wins', async () => {
    const record = await (await fetch(bases[0], jsonRequest({ title: 'Contended' }))).json();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        fetch(`${bases[index % 2]}/${record.id}`, jsonRequest({ title: `Writer ${index}` }, { 'If-Match': `"${record.version}"` }, 'PUT')),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    assert.equal(statuses.filter((status) => status === 200).length, 1, statuses.join(' '));
    assert.equal(statuses.filter((status) => status === 412).length, 19, statuses.join(' '));
  });

  test('an instance whose database connection for events was cut tells its streams to reload, and hears later writes again', async () => {
    const [first, second] = bases;
    const stream = eventReader(await fetch(`${second}/events`));
    await stream.until(': connected');
    // Cut every LISTEN connection, as a database restart or a failover would.
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'");
    await admin.end();
    assert.match(await stream.until('"type":"resync"'), /event: change/);
    const created = await (await fetch(first, jsonRequest({ title: 'After the cut' }))).json();
    assert.match(await stream.until(created.id), /"type":"created"/);
    await stream.cancel();
  });
});
