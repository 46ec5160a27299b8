// What a careless or hostile caller sends must be refused cleanly, never crash the server.
import assert from 'node:assert/strict';
import { json } from '../client.mjs';

/** @type {import('../runner.mjs').Check[]} */
export const hardeningChecks = [
  {
    name: 'writes must be JSON: text/plain and form bodies are refused with 415',
    async run(client) {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
        const { response } = await client.send('createAnnouncement', '', { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify({ title: `Sent as ${type}` }) });
        assert.equal(response.status, 415, type);
      }
      const { records } = await client.list();
      assert.ok(!records.some((candidate) => String(candidate.title).startsWith('Sent as')));
    },
  },
  {
    name: 'malformed percent escapes in the id are a 400; built-in property names are ordinary missing ids',
    async run(client) {
      for (const id of ['%E0%A4%A', '%', '%ZZ']) {
        assert.equal((await client.send('getAnnouncement', `/${id}`)).response.status, 400, id);
        assert.equal((await client.send('updateAnnouncement', `/${id}`, json('PUT', { title: 'T' }, { 'If-Match': '*' }))).response.status, 400, id);
      }
      for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        assert.equal((await client.send('getAnnouncement', client.path(id))).response.status, 404, id);
        assert.equal((await client.send('updateAnnouncement', client.path(id), json('PUT', { title: 'T' }, { 'If-Match': '*' }))).response.status, 404, id);
        assert.equal((await client.send('deleteAnnouncement', client.path(id), { method: 'DELETE', headers: { 'If-Match': '*' } })).response.status, 404, id);
      }
    },
  },
  {
    name: 'without staff credentials nothing can be written',
    needsStaffCredentials: true,
    async run(client) {
      const { record } = await client.create({ title: 'Staff wrote this' });
      const anonymous = { asStaff: false };
      const attempts = [
        await client.send('createAnnouncement', '', { ...json('POST', { title: 'Anonymous' }), ...anonymous }),
        await client.send('updateAnnouncement', client.path(record.id), { ...json('PUT', { title: 'Anonymous' }, { 'If-Match': '*' }), ...anonymous }),
        await client.send('deleteAnnouncement', client.path(record.id), { method: 'DELETE', headers: { 'If-Match': '*' }, ...anonymous }),
      ];
      for (const { response } of attempts) assert.ok(response.status === 401 || response.status === 403, `answered ${response.status}`);
      const { records } = await client.list();
      assert.deepEqual(records.find((candidate) => candidate.id === record.id), record);
    },
  },
];
