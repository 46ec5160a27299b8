// The bearer-token hook the command line uses: staff with the token, clients without one,
// refused with a wrong one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { bearerTokenAuthorizer, parseClientToken } from '../../server/authorize.mjs';
import { jsonRequest, startServer } from './support/servers.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
before(async () => {
  server = await startServer({
    authorize: bearerTokenAuthorizer({ staffToken: 'staff-secret', clientTokens: [parseClientToken('alice:business,vip=alice-secret'), parseClientToken('bob=bob-secret')] }),
  });
});
after(() => server?.close());

test('the staff token writes; without it a caller reads but may not write; a wrong token is a 401', async () => {
  const created = await fetch(server.base, jsonRequest({ title: 'By staff' }, { Authorization: 'Bearer staff-secret' }));
  assert.equal(created.status, 201);
  const record = await created.json();

  const anonymousRead = await fetch(server.base);
  assert.deepEqual(await anonymousRead.json(), [record]);
  const anonymousWrite = await fetch(server.base, jsonRequest({ title: 'By a client' }));
  assert.equal(anonymousWrite.status, 403);

  for (const header of ['Bearer staff-secreT', 'Bearer ', 'Basic c3RhZmY6c2VjcmV0', 'staff-secret']) {
    const refused = await fetch(server.base, { headers: { Authorization: header } });
    assert.equal(refused.status, 401, header);
    assert.match(refused.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
  }
  const refusedWrite = await fetch(`${server.base}/${record.id}`, jsonRequest({ title: 'Guessed' }, { Authorization: 'Bearer guess', 'If-Match': '*' }, 'PUT'));
  assert.equal(refusedWrite.status, 401);
  assert.deepEqual(await (await fetch(server.base)).json(), [record]);
});

test('a client token is that client: its user id and tags decide what it reads, and it may not write', async () => {
  const staff = { Authorization: 'Bearer staff-secret' };
  const forBusiness = await (await fetch(server.base, jsonRequest({ title: 'For business', audience: { kind: 'tags', tags: ['business'] } }, staff))).json();
  const forBob = await (await fetch(server.base, jsonRequest({ title: 'For Bob', audience: { kind: 'clients', clients: ['bob'] } }, staff))).json();
  const idsFor = async (/** @type {Record<string, string>} */ headers) => (await (await fetch(server.base, { headers })).json()).map((/** @type {any} */ record) => record.id);
  const [alice, bob] = [{ Authorization: 'Bearer alice-secret' }, { Authorization: 'Bearer bob-secret' }];
  assert.ok((await idsFor(alice)).includes(forBusiness.id));
  assert.ok(!(await idsFor(alice)).includes(forBob.id));
  assert.deepEqual((await idsFor(bob)).filter((id) => id === forBusiness.id || id === forBob.id), [forBob.id]);
  assert.ok(!(await idsFor({})).some((id) => id === forBusiness.id || id === forBob.id), 'an anonymous caller sees only announcements for all clients');
  assert.equal((await fetch(server.base, jsonRequest({ title: 'By Alice' }, alice))).status, 403);
});

test('client tokens are written user:tag1,tag2=TOKEN', () => {
  assert.deepEqual(parseClientToken('alice:business, vip=t=k'), { user: 'alice', tags: ['business', 'vip'], token: 't=k' });
  assert.deepEqual(parseClientToken('bob=secret'), { user: 'bob', tags: [], token: 'secret' });
  assert.throws(() => parseClientToken('no-token'), /user:tag1,tag2=TOKEN/);
});
