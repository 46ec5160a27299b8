// The defects found by fuzzing and by hand in the first reference server, each checked over
// real HTTP against the handler on the embedded database: what a caller sends, what it gets.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { jsonRequest, startServer } from './support/servers.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
before(async () => {
  server = await startServer({ corsOrigin: 'https://portal.example' });
});
after(() => server?.close());

/** Requests as one tenant's staff (or `role`), each test in a tenant of its own. */
function tenantClient(tenant = randomUUID(), role = 'staff') {
  const headers = { 'X-Test-Tenant': tenant, 'X-Test-Role': role };
  const call = (/** @type {string} */ path = '', /** @type {RequestInit} */ init = {}) =>
    fetch(`${server.base}${path}`, { ...init, headers: { ...headers, ...(/** @type {Record<string, string>} */ (init.headers) ?? {}) } });
  return {
    tenant,
    call,
    create: async (/** @type {Record<string, unknown>} */ input) => {
      const response = await call('', jsonRequest(input));
      assert.equal(response.status, 201, await response.clone().text());
      return response.json();
    },
    list: async () => (await call('')).json(),
    put: (/** @type {string} */ id, /** @type {Record<string, string>} */ extra, body = { title: 'Changed' }) => call(`/${id}`, jsonRequest(body, extra, 'PUT')),
  };
}

describe('If-Match', () => {
  test('a blank, weak or malformed If-Match never overwrites or deletes', async () => {
    const client = tenantClient();
    const record = await client.create({ title: 'Original' });
    const refused = {
      '""': 412,
      'W/""': 412,
      [`W/"${record.version}"`]: 412,
      '"someone-elses"': 412,
      ',': 400,
      ' , ,': 400,
      '': 400,
      [record.version]: 400,
      [`"${record.version}" junk`]: 400,
    };
    for (const [ifMatch, status] of Object.entries(refused)) {
      const put = await client.put(record.id, { 'If-Match': ifMatch });
      assert.equal(put.status, status, `PUT with If-Match ${JSON.stringify(ifMatch)}`);
      assert.match(put.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
      const remove = await client.call(`/${record.id}`, { method: 'DELETE', headers: { 'If-Match': ifMatch } });
      assert.equal(remove.status, status, `DELETE with If-Match ${JSON.stringify(ifMatch)}`);
    }
    assert.deepEqual(await client.list(), [record]);
  });

  test('a strong tag among others, or *, matches the current version', async () => {
    const client = tenantClient();
    const record = await client.create({ title: 'Original' });
    const listed = await client.put(record.id, { 'If-Match': `"old", "${record.version}"` });
    assert.equal(listed.status, 200);
    const updated = await listed.json();
    assert.equal(updated.title, 'Changed');
    assert.equal(listed.headers.get('ETag'), `"${updated.version}"`);
    const star = await client.call(`/${record.id}`, { method: 'DELETE', headers: { 'If-Match': '*' } });
    assert.equal(star.status, 204);
    assert.deepEqual(await client.list(), []);
  });

  test('a missing If-Match is answered with 428, and a stale one with 412 and the current record', async () => {
    const client = tenantClient();
    const record = await client.create({ title: 'Original' });
    assert.equal((await client.put(record.id, {})).status, 428);
    const updated = await (await client.put(record.id, { 'If-Match': `"${record.version}"` })).json();
    const stale = await client.put(record.id, { 'If-Match': `"${record.version}"` });
    assert.equal(stale.status, 412);
    assert.equal(stale.headers.get('ETag'), `"${updated.version}"`);
    assert.deepEqual((await stale.json()).current, updated);
  });
});

describe('paths and names', () => {
  test('a malformed percent escape in the id is a 400, not a crash', async () => {
    const client = tenantClient();
    for (const id of ['%E0%A4%A', '%', '%ZZ', 'a%2']) {
      for (const init of [{}, jsonRequest({ title: 'T' }, { 'If-Match': '*' }, 'PUT'), { method: 'DELETE', headers: { 'If-Match': '*' } }]) {
        const response = await client.call(`/${id}`, init);
        assert.equal(response.status, 400, `${init.method ?? 'GET'} /${id}`);
        assert.equal((await response.json()).type, 'urn:portal-announcements:problem:bad-request');
      }
    }
  });

  test('ids and tenants named like built-in object properties are ordinary names', async () => {
    const names = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];
    for (const name of names) {
      const client = tenantClient(name);
      for (const init of [{}, jsonRequest({ title: 'T' }, { 'If-Match': '*' }, 'PUT'), { method: 'DELETE', headers: { 'If-Match': '*' } }]) {
        const response = await client.call(`/${encodeURIComponent(name)}`, init);
        assert.equal(response.status, 404, `${init.method ?? 'GET'} /${name} in tenant ${name}`);
      }
      assert.deepEqual(await client.list(), [], `tenant ${name} starts empty`);
    }
    const polluter = tenantClient('__proto__');
    const created = await polluter.create(JSON.parse('{"title":"Proto","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'));
    assert.deepEqual(Object.keys(created).sort(), [
      'audience',
      'body',
      'createdAt',
      'dismissal',
      'expiresAt',
      'id',
      'language',
      'publishAt',
      'revisedAt',
      'severity',
      'title',
      'updatedAt',
      'variants',
      'version',
    ]);
    assert.deepEqual(await polluter.list(), [created]);
    assert.deepEqual(await tenantClient('constructor').list(), [], 'another tenant sees none of it');
    assert.equal(/** @type {Record<string, unknown>} */ ({}).polluted, undefined);
  });
});

describe('Idempotency-Key', () => {
  test('a replay answers the first result; the same key with another body is refused with 422', async () => {
    const client = tenantClient();
    const key = randomUUID();
    const first = await client.call('', jsonRequest({ title: 'Once', severity: 'warning' }, { 'Idempotency-Key': key }));
    assert.equal(first.status, 201);
    const created = await first.json();
    // The same JSON with its keys in another order is the same request.
    const replay = await client.call('', jsonRequest({ severity: 'warning', title: 'Once' }, { 'Idempotency-Key': key }));
    assert.equal(replay.status, 201);
    assert.deepEqual(await replay.json(), created);
    for (const other of [{ title: 'Something else' }, { title: '' }, { title: 'Once', severity: 'critical' }]) {
      const mismatch = await client.call('', jsonRequest(other, { 'Idempotency-Key': key }));
      assert.equal(mismatch.status, 422, JSON.stringify(other));
      assert.equal((await mismatch.json()).type, 'urn:portal-announcements:problem:idempotency-key-reused');
    }
    assert.deepEqual(await client.list(), [created]);
  });

  test('an empty key is a 400 and creates nothing', async () => {
    const client = tenantClient();
    for (const key of ['', '   ', 'x'.repeat(256)]) {
      const response = await client.call('', jsonRequest({ title: 'Keyless' }, { 'Idempotency-Key': key }));
      assert.equal(response.status, 400, JSON.stringify(key));
    }
    assert.deepEqual(await client.list(), []);
  });

  test('parallel requests with one key create one announcement', async () => {
    const client = tenantClient();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => client.call('', jsonRequest({ title: 'Racing' }, { 'Idempotency-Key': key }))));
    const bodies = await Promise.all(answers.map((answer) => answer.json()));
    assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([201]));
    assert.equal(new Set(bodies.map((body) => body.id)).size, 1);
    assert.equal((await client.list()).length, 1);
  });

  test('keys of different tenants do not meet', async () => {
    const key = randomUUID();
    const a = await tenantClient().create({ title: 'Firm A' });
    const first = await tenantClient().call('', jsonRequest({ title: 'Firm B' }, { 'Idempotency-Key': key }));
    const second = await tenantClient().call('', jsonRequest({ title: 'Firm C' }, { 'Idempotency-Key': key }));
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.notEqual((await second.json()).id, a.id);
  });
});

describe('input', () => {
  test('dates that do not exist are refused, not shifted', async () => {
    const client = tenantClient();
    for (const date of ['2030-02-30T00:00:00Z', '2030-01-01T24:00:00Z', '2030-04-31T12:00:00+02:00', '2030-01-01T12:60:00Z']) {
      for (const field of ['publishAt', 'expiresAt']) {
        const response = await client.call('', jsonRequest({ title: 'Dated', [field]: date }));
        assert.equal(response.status, 422, `${field} ${date}`);
        assert.equal((await response.json()).errors[field], 'invalid-date');
      }
    }
    assert.deepEqual(await client.list(), []);
  });

  test('titles nobody can see are refused', async () => {
    const client = tenantClient();
    for (const title of ['\u0000', '\u0000\u0000\u0000', '\u200b\u200b', '\ufeff', ' \u2060 ']) {
      const response = await client.call('', jsonRequest({ title }));
      assert.equal(response.status, 422, JSON.stringify(title));
      assert.deepEqual((await response.json()).errors, { title: 'required' });
    }
    assert.deepEqual(await client.list(), []);
  });

  test('an expiry in the past is refused with in-past when it is set, but an old one may stay', async () => {
    const client = tenantClient();
    const past = '2020-01-01T00:00:00.000Z';
    const refused = await client.call('', jsonRequest({ title: 'Too late', expiresAt: past }));
    assert.equal(refused.status, 422);
    assert.deepEqual((await refused.json()).errors, { expiresAt: 'in-past' });

    const stamp = '2019-06-01T00:00:00.000Z';
    const expired = { id: 'expired', title: 'Over', body: '', severity: 'info', publishAt: null, expiresAt: past, createdAt: stamp, updatedAt: stamp, revisedAt: stamp, version: 'v1' };
    await server.service.store.seed(client.tenant, [expired]);
    const keep = await client.put('expired', { 'If-Match': '"v1"' }, { title: 'Over (typo fixed)', expiresAt: past });
    assert.equal(keep.status, 200);
    const moved = await client.put('expired', { 'If-Match': '*' }, { title: 'Over', expiresAt: '2021-01-01T00:00:00Z' });
    assert.equal(moved.status, 422);
    assert.deepEqual((await moved.json()).errors, { expiresAt: 'in-past' });
  });

  test('only JSON bodies are accepted for writes: text/plain from a form or another site is refused', async () => {
    const client = tenantClient();
    const record = await client.create({ title: 'Original' });
    const body = JSON.stringify({ title: 'Forged' });
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
      const headers = type ? { 'Content-Type': type } : {};
      const post = await client.call('', { method: 'POST', headers, body });
      assert.equal(post.status, 415, `POST as ${type}`);
      const put = await client.call(`/${record.id}`, { method: 'PUT', headers: { ...headers, 'If-Match': '*' }, body });
      assert.equal(put.status, 415, `PUT as ${type}`);
    }
    assert.deepEqual(await client.list(), [record]);
  });

  test('bodies over the limit are refused with 413 before they are read whole', async () => {
    const client = tenantClient();
    const response = await client.call('', jsonRequest({ title: 'Big', body: 'x'.repeat(300 * 1024) }));
    assert.equal(response.status, 413);
    assert.deepEqual(await client.list(), []);
  });
});

describe('HTTP', () => {
  test('every answer says nosniff', async () => {
    const client = tenantClient();
    const created = await client.call('', jsonRequest({ title: 'Sniffed' }));
    const answers = [created, await client.call(''), await client.call('/missing'), await client.call('', { method: 'PATCH' }), await client.call('', { method: 'OPTIONS' })];
    const listed = await client.call('');
    answers.push(await client.call('', { headers: { 'If-None-Match': listed.headers.get('ETag') ?? '' } }));
    for (const answer of answers) assert.equal(answer.headers.get('X-Content-Type-Options'), 'nosniff', `${answer.status}`);
    assert.equal(answers.at(-1)?.status, 304);
  });

  test('HEAD answers what GET would, without the body', async () => {
    const client = tenantClient();
    const record = await client.create({ title: 'Headed' });
    const get = await client.call('');
    const head = await client.call('', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('ETag'), get.headers.get('ETag'));
    assert.equal(await head.text(), '');
    const item = await client.call(`/${record.id}`, { method: 'HEAD' });
    assert.equal(item.headers.get('ETag'), `"${record.version}"`);
  });

  test('a method a resource does not have is a 405 that lists the ones it has', async () => {
    const client = tenantClient();
    const onCollection = await client.call('', { method: 'PATCH' });
    assert.equal(onCollection.status, 405);
    assert.equal(onCollection.headers.get('Allow'), 'GET, HEAD, POST, OPTIONS');
    const onItem = await client.call('/some-id', jsonRequest({ title: 'T' }));
    assert.equal(onItem.status, 405);
    assert.equal(onItem.headers.get('Allow'), 'GET, HEAD, PUT, DELETE, OPTIONS');
  });

  test('one announcement can be read by id, conditionally', async () => {
    const client = tenantClient();
    const record = await client.create({ title: 'By id' });
    const response = await client.call(`/${record.id}`);
    assert.deepEqual(await response.json(), record);
    const unchanged = await client.call(`/${record.id}`, { headers: { 'If-None-Match': `W/"${record.version}"` } });
    assert.equal(unchanged.status, 304);
  });

  test('reading stores nothing: an anonymous look at an unknown tenant leaves no trace', async () => {
    const tenant = randomUUID();
    const before = await tenantClient(tenant, 'client').call('');
    assert.deepEqual(await before.json(), []);
    const { rows } = await server.service.store.db.query('SELECT count(*)::int AS n FROM tenants WHERE tenant = $1', [tenant]);
    assert.equal(rows[0].n, 0);
  });

  test('writes from an origin CORS does not allow are refused; allowed and same-site ones pass', async () => {
    const client = tenantClient();
    const foreign = await client.call('', jsonRequest({ title: 'From elsewhere' }, { Origin: 'https://evil.example' }));
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers.get('Access-Control-Allow-Origin'), null);
    const allowed = await client.call('', jsonRequest({ title: 'From the portal' }, { Origin: 'https://portal.example' }));
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://portal.example');
    const withoutOrigin = await client.call('', jsonRequest({ title: 'From a script' }));
    assert.equal(withoutOrigin.status, 201);
    assert.deepEqual((await client.list()).map((/** @type {{ title: string }} */ a) => a.title), ['From the portal', 'From a script']);
  });
});

describe('authorization', () => {
  test('a refused caller gets 401, a client may not write (403)', async () => {
    const staff = tenantClient();
    const record = await staff.create({ title: 'Staff only' });
    const refused = await staff.call('', { headers: { 'X-Test-Refuse': '1' } });
    assert.equal(refused.status, 401);
    assert.match(refused.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
    assert.match(refused.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
    const client = tenantClient(staff.tenant, 'client');
    assert.equal((await client.call('', jsonRequest({ title: 'Sneaky' }))).status, 403);
    assert.equal((await client.put(record.id, { 'If-Match': '*' })).status, 403);
    assert.equal((await client.call(`/${record.id}`, { method: 'DELETE', headers: { 'If-Match': '*' } })).status, 403);
    assert.deepEqual(await client.list(), [record]);
  });

  test('a client reads its own tenant only', async () => {
    const firmA = tenantClient();
    const record = await firmA.create({ title: 'For firm A' });
    const clientOfB = tenantClient(randomUUID(), 'client');
    assert.deepEqual(await clientOfB.list(), []);
    assert.equal((await clientOfB.call(`/${record.id}`)).status, 404);
  });
});
