// Conditional requests: clients revalidate their cached list with If-None-Match, and many
// writers edit safely with If-Match.
import assert from 'node:assert/strict';
import { json } from '../client.mjs';

/** How many writers race in the concurrency check. */
const WRITERS = 50;

/** @type {import('../runner.mjs').Check[]} */
export const conditionalChecks = [
  {
    name: 'the list answers 304 to its own ETag, and a new ETag after any write',
    async run(client) {
      const { response: first } = await client.list();
      const etag = first.headers.get('etag');
      assert.ok(etag, 'the list has an ETag');
      const unchanged = await client.send('listAnnouncements', '', { headers: { 'If-None-Match': etag } });
      assert.equal(unchanged.response.status, 304);
      const { record } = await client.create({ title: 'Changes the list' });
      const { response: second } = await client.list();
      assert.notEqual(second.headers.get('etag'), etag);
      const stale = await client.send('listAnnouncements', '', { headers: { 'If-None-Match': etag } });
      assert.equal(stale.response.status, 200);
      const records = Array.isArray(stale.body) ? stale.body : stale.body.items;
      assert.ok(records.some((/** @type {{ id: string }} */ candidate) => candidate.id === record.id));
      const head = await client.send('listAnnouncements', '', { method: 'HEAD' });
      assert.equal(head.response.status, 200);
      assert.equal(head.response.headers.get('etag'), second.headers.get('etag'));
    },
  },
  {
    name: 'one announcement answers 304 to its version',
    async run(client) {
      const { record } = await client.create({ title: 'Cached' });
      const { response } = await client.send('getAnnouncement', client.path(record.id), { headers: { 'If-None-Match': `"${record.version}"` } });
      assert.equal(response.status, 304);
    },
  },
  {
    name: `of ${WRITERS} parallel PUTs with one If-Match exactly one succeeds, the others get 412`,
    async run(client) {
      const { record } = await client.create({ title: 'Contended' });
      const answers = await Promise.all(
        Array.from({ length: WRITERS }, (_, index) =>
          client.send('updateAnnouncement', client.path(record.id), json('PUT', { title: `Writer ${index}` }, { 'If-Match': `"${record.version}"` })),
        ),
      );
      const statuses = answers.map(({ response }) => response.status);
      assert.equal(statuses.filter((status) => status === 200).length, 1, `statuses: ${statuses.join(' ')}`);
      assert.equal(statuses.filter((status) => status === 412).length, WRITERS - 1, `statuses: ${statuses.join(' ')}`);
      const winner = answers.find(({ response }) => response.status === 200)?.body;
      const { records } = await client.list();
      assert.deepEqual(records.find((candidate) => candidate.id === record.id), winner);
    },
  },
  {
    name: 'parallel DELETEs with one If-Match delete once',
    async run(client) {
      const { record } = await client.create({ title: 'Deleted once' });
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => client.send('deleteAnnouncement', client.path(record.id), { method: 'DELETE', headers: { 'If-Match': `"${record.version}"` } })),
      );
      const statuses = answers.map(({ response }) => response.status);
      assert.equal(statuses.filter((status) => status === 204).length, 1, statuses.join(' '));
      assert.ok(statuses.every((status) => [204, 404, 412].includes(status)), statuses.join(' '));
    },
  },
];
