// The same behaviour on both databases: the embedded default and PostgreSQL. Versions are
// checked in the database, so parallel writers and several instances cannot both win.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { jsonRequest } from './support/servers.mjs';
import { onEachDatabase } from './support/databases.mjs';
import { readFor, readUntil } from './support/event-streams.mjs';

onEachDatabase(({ server: current }) => {
  /** @type {Awaited<ReturnType<typeof import('./support/servers.mjs').startServer>>} */
  let server;
  before(() => {
    server = current();
  });

  const as = (/** @type {string} */ tenant) => ({ 'X-Test-Tenant': tenant });

  test('of 50 parallel PUTs with one If-Match exactly one wins; the others get 412 with the winner', async () => {
    const tenant = randomUUID();
    const record = await (await fetch(server.base, jsonRequest({ title: 'Contended' }, as(tenant)))).json();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        fetch(`${server.base}/${record.id}`, jsonRequest({ title: `Writer ${index}` }, { ...as(tenant), 'If-Match': `"${record.version}"` }, 'PUT')),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    assert.equal(statuses.filter((status) => status === 200).length, 1, `statuses: ${statuses.join(' ')}`);
    assert.equal(statuses.filter((status) => status === 412).length, 49);
    const winner = await answers[statuses.indexOf(200)].json();
    const [stored] = await (await fetch(server.base, { headers: as(tenant) })).json();
    assert.deepEqual(stored, winner);
    for (const answer of answers.filter((candidate) => candidate.status === 412)) assert.deepEqual((await answer.json()).current, winner);
  });

  test('parallel DELETEs with one If-Match delete once', async () => {
    const tenant = randomUUID();
    const record = await (await fetch(server.base, jsonRequest({ title: 'Deleted once' }, as(tenant)))).json();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => fetch(`${server.base}/${record.id}`, { method: 'DELETE', headers: { ...as(tenant), 'If-Match': `"${record.version}"` } })),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    assert.equal(statuses.filter((status) => status === 204).length, 1, statuses.join(' '));
    assert.ok(statuses.every((status) => status === 204 || status === 404), statuses.join(' '));
  });

  test('the list ETag moves with every write and a matching If-None-Match gets 304', async () => {
    const tenant = randomUUID();
    const empty = await fetch(server.base, { headers: as(tenant) });
    const tags = [empty.headers.get('ETag')];
    const record = await (await fetch(server.base, jsonRequest({ title: 'Tagged' }, as(tenant)))).json();
    tags.push((await fetch(server.base, { headers: as(tenant) })).headers.get('ETag'));
    await fetch(`${server.base}/${record.id}`, jsonRequest({ title: 'Retagged' }, { ...as(tenant), 'If-Match': '*' }, 'PUT'));
    const latest = await fetch(server.base, { headers: as(tenant) });
    tags.push(latest.headers.get('ETag'));
    assert.equal(new Set(tags).size, 3, tags.join(' '));
    const unchanged = await fetch(server.base, { headers: { ...as(tenant), 'If-None-Match': `W/${tags[2]}` } });
    assert.equal(unchanged.status, 304);
    const stale = await fetch(server.base, { headers: { ...as(tenant), 'If-None-Match': tags[1] ?? '' } });
    assert.equal(stale.status, 200);
    assert.deepEqual((await stale.json()).map((/** @type {{ title: string }} */ a) => a.title), ['Retagged']);
  });

  test('keeps the order of creation and stores text exactly as sent', async () => {
    const tenant = randomUUID();
    const titles = ['First', 'Zweite Ankündigung', 'Ünïcödé 🎉', 'Quote " and \\ backslash'];
    for (const title of titles) await fetch(server.base, jsonRequest({ title, body: `${title}\u0000 with a NUL` }, as(tenant)));
    const listed = await (await fetch(server.base, { headers: as(tenant) })).json();
    assert.deepEqual(listed.map((/** @type {{ title: string }} */ a) => a.title), titles);
    assert.equal(listed[2].body, 'Ünïcödé 🎉\u0000 with a NUL');
  });

  test('a write is announced on the event stream of its tenant only', async () => {
    const tenant = randomUUID();
    const stream = await fetch(`${server.base}/events`, { headers: as(tenant) });
    const other = await fetch(`${server.base}/events`, { headers: as(randomUUID()) });
    assert.equal(stream.headers.get('Content-Type'), 'text/event-stream; charset=utf-8');
    const created = await (await fetch(server.base, jsonRequest({ title: 'Heard live' }, as(tenant)))).json();
    const text = await readUntil(stream, 'event: change');
    assert.match(text, /^retry: \d+/);
    assert.match(text, new RegExp(`data: \\{"type":"created","id":"${created.id}"\\}`));
    const listTag = (await fetch(server.base, { headers: as(tenant) })).headers.get('ETag');
    assert.match(text, new RegExp(`id: ${listTag?.slice(1, -1).replace('.', '\\.')}\\n`));
    const otherText = await readFor(other, 300);
    assert.doesNotMatch(otherText, /event: change/);
  });
});
