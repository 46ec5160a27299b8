// Create, read, edit, delete: what the editor and the client pages rely on.
import assert from 'node:assert/strict';
import { daysFromNow, json } from '../client.mjs';

/**
 * Posts each input and expects a 422 naming exactly these field errors.
 * @param {import('../client.mjs').ContractClient} client
 * @param {unknown[][]} cases `[input, errors]` pairs.
 */
export async function expectFieldErrors(client, cases) {
  for (const [input, errors] of cases) {
    const { response, body } = await client.send('createAnnouncement', '', json('POST', input));
    assert.equal(response.status, 422, `${JSON.stringify(input).slice(0, 80)} answered ${response.status}`);
    assert.deepEqual(body.errors, errors, JSON.stringify(input).slice(0, 80));
  }
}

/** @type {import('../runner.mjs').Check[]} */
export const lifecycleChecks = [
  {
    name: 'a created announcement is answered with its ETag and Location, and listed',
    async run(client) {
      const input = { title: '  Office closed on Friday  ', body: 'We are **closed**.', severity: 'warning', publishAt: null, expiresAt: daysFromNow(30) };
      const { response, record } = await client.create(input);
      assert.equal(response.headers.get('etag'), `"${record.version}"`);
      assert.ok(response.headers.get('location')?.endsWith(client.path(record.id)), `Location: ${response.headers.get('location')}`);
      assert.deepEqual(
        { title: record.title, body: record.body, severity: record.severity, expiresAt: record.expiresAt },
        { title: 'Office closed on Friday', body: input.body, severity: 'warning', expiresAt: input.expiresAt },
      );
      assert.equal(record.revisedAt ?? record.updatedAt, record.createdAt);
      const { records } = await client.list();
      assert.deepEqual(records.find((candidate) => candidate.id === record.id), record);
      const { response: single, body } = await client.send('getAnnouncement', client.path(record.id));
      assert.equal(single.status, 200);
      assert.deepEqual(body, record);
    },
  },
  {
    name: 'an edit gets a new version and re-notifies; notify: false keeps revisedAt',
    async run(client) {
      const { record } = await client.create({ title: 'Opening hours' });
      await new Promise((resolve) => setTimeout(resolve, 5));
      const edited = await client.send('updateAnnouncement', client.path(record.id), json('PUT', { title: 'Opening hours (new)' }, { 'If-Match': `"${record.version}"` }));
      assert.equal(edited.response.status, 200);
      assert.notEqual(edited.body.version, record.version);
      assert.equal(edited.response.headers.get('etag'), `"${edited.body.version}"`);
      assert.ok(edited.body.revisedAt > record.revisedAt, 'a notifying edit moves revisedAt');
      const silent = await client.send('updateAnnouncement', client.path(record.id), json('PUT', { title: 'Opening hours (typo fixed)', notify: false }, { 'If-Match': `"${edited.body.version}"` }));
      assert.equal(silent.response.status, 200);
      assert.equal(silent.body.revisedAt, edited.body.revisedAt);
      assert.equal(silent.body.title, 'Opening hours (typo fixed)');
    },
  },
  {
    name: 'a deleted announcement is gone from the list and answers 404',
    async run(client) {
      const { record } = await client.create({ title: 'Short-lived' });
      const removed = await client.send('deleteAnnouncement', client.path(record.id), { method: 'DELETE', headers: { 'If-Match': `"${record.version}"` } });
      assert.equal(removed.response.status, 204);
      assert.equal((await client.send('getAnnouncement', client.path(record.id))).response.status, 404);
      assert.equal((await client.send('updateAnnouncement', client.path(record.id), json('PUT', { title: 'Back?' }, { 'If-Match': '*' }))).response.status, 404);
      assert.equal((await client.send('deleteAnnouncement', client.path(record.id), { method: 'DELETE', headers: { 'If-Match': '*' } })).response.status, 404);
      const { records } = await client.list();
      assert.ok(!records.some((candidate) => candidate.id === record.id));
    },
  },
  {
    name: 'invalid input is refused with 422 and a code per field',
    async run(client) {
      const cases = [
        [{}, { title: 'required' }],
        [{ title: '   ' }, { title: 'required' }],
        [{ title: '\u200b\u0000' }, { title: 'required' }],
        [{ title: 'x'.repeat(201) }, { title: 'too-long' }],
        [{ title: 42 }, { title: 'invalid-type' }],
        [{ title: 'T', body: 'b'.repeat(20_001) }, { body: 'too-long' }],
        [{ title: 'T', severity: 'urgent' }, { severity: 'invalid-severity' }],
        [{ title: 'T', publishAt: 'tomorrow' }, { publishAt: 'invalid-date' }],
        [{ title: 'T', expiresAt: '2031-03-31T23:59' }, { expiresAt: 'invalid-date' }],
        [{ title: 'T', expiresAt: '2031-02-30T00:00:00Z' }, { expiresAt: 'invalid-date' }],
        [{ title: 'T', expiresAt: '2031-01-01T24:00:00Z' }, { expiresAt: 'invalid-date' }],
        [{ title: 'T', publishAt: '2031-01-02T00:00:00Z', expiresAt: '2031-01-01T00:00:00Z' }, { expiresAt: 'not-after-publish' }],
        [{ title: 'T', expiresAt: '2020-01-01T00:00:00Z' }, { expiresAt: 'in-past' }],
      ];
      await expectFieldErrors(client, cases);
    },
  },
  {
    name: 'writes need If-Match: 428 without, 412 with the current record for a stale or weak tag, 400 for a malformed one',
    async run(client) {
      const { record } = await client.create({ title: 'Guarded' });
      const put = (/** @type {Record<string, string>} */ headers) => client.send('updateAnnouncement', client.path(record.id), json('PUT', { title: 'Overwritten' }, headers));
      assert.equal((await put({})).response.status, 428);
      assert.equal((await client.send('deleteAnnouncement', client.path(record.id), { method: 'DELETE' })).response.status, 428);
      for (const tag of ['"not-the-version"', `W/"${record.version}"`, '""', 'W/""']) {
        const { response, body } = await put({ 'If-Match': tag });
        assert.equal(response.status, 412, `If-Match: ${tag}`);
        assert.deepEqual(body.current, record);
      }
      for (const tag of ['', ',', record.version]) assert.equal((await put({ 'If-Match': tag })).response.status, 400, `If-Match: ${JSON.stringify(tag)}`);
      const { records } = await client.list();
      assert.deepEqual(records.find((candidate) => candidate.id === record.id), record, 'nothing was overwritten');
      assert.equal((await put({ 'If-Match': '*' })).response.status, 200);
    },
  },
];
