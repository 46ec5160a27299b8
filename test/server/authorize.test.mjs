// The bearer-token hook the command line uses: staff with the token, clients without one,
// refused with a wrong one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { bearerTokenAuthorizer } from '../../server/authorize.mjs';
import { jsonRequest, startServer } from './support/servers.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
before(async () => {
  server = await startServer({ authorize: bearerTokenAuthorizer({ staffToken: 'staff-secret' }) });
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
