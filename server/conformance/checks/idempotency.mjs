// Idempotency-Key on POST: a retried create must not publish twice.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { json } from '../client.mjs';

/** @type {import('../runner.mjs').Check[]} */
export const idempotencyChecks = [
  {
    name: 'a POST repeated with its Idempotency-Key creates once and answers the same record',
    async run(client) {
      const key = randomUUID();
      const { record } = await client.create({ title: 'Published once', severity: 'critical' }, { 'Idempotency-Key': key });
      const again = await client.send('createAnnouncement', '', json('POST', { severity: 'critical', title: 'Published once' }, { 'Idempotency-Key': key }));
      assert.ok(again.response.status === 201 || again.response.status === 200, `replay answered ${again.response.status}`);
      assert.deepEqual(again.body, record);
      const { records } = await client.list();
      assert.equal(records.filter((candidate) => candidate.id === record.id).length, 1);
      assert.equal(records.filter((candidate) => candidate.title === 'Published once' && candidate.severity === 'critical').length, 1);
    },
  },
  {
    name: 'parallel POSTs with one Idempotency-Key create one announcement',
    async run(client) {
      const key = randomUUID();
      const title = `Racing ${key}`;
      const answers = await Promise.all(Array.from({ length: 10 }, () => client.send('createAnnouncement', '', json('POST', { title }, { 'Idempotency-Key': key }))));
      for (const { body } of answers) if (body?.id) client.created.add(body.id);
      assert.equal(new Set(answers.map(({ body }) => body.id)).size, 1, 'every answer names the same announcement');
      const { records } = await client.list();
      assert.equal(records.filter((candidate) => candidate.title === title).length, 1);
    },
  },
  {
    name: 'the same Idempotency-Key with another body is refused with 422, an empty key with 400',
    async run(client) {
      const key = randomUUID();
      await client.create({ title: 'First use' }, { 'Idempotency-Key': key });
      const reused = await client.send('createAnnouncement', '', json('POST', { title: 'Second use' }, { 'Idempotency-Key': key }));
      assert.equal(reused.response.status, 422);
      const invalidToo = await client.send('createAnnouncement', '', json('POST', { title: '' }, { 'Idempotency-Key': key }));
      assert.equal(invalidToo.response.status, 422);
      const empty = await client.send('createAnnouncement', '', json('POST', { title: 'Keyless' }, { 'Idempotency-Key': '' }));
      assert.equal(empty.response.status, 400);
      const { records } = await client.list();
      assert.ok(!records.some((candidate) => candidate.title === 'Second use' || candidate.title === 'Keyless'));
    },
  },
];
