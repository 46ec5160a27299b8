// Languages, audiences, dismissal modes and read receipts. The audience and receipt checks act
// as clients of the firm (`--client-token`), since only the server can tell who a client is;
// without client credentials they are skipped with a note.
import assert from 'node:assert/strict';
import { json } from '../client.mjs';
import { expectFieldErrors } from './lifecycle.mjs';

/** @typedef {import('../client.mjs').ClientIdentity} ClientIdentity */

/**
 * Two clients and a tag the first has and the second has not, or `undefined`.
 * @param {ClientIdentity[]} clients
 * @returns {{ tagged: ClientIdentity, other: ClientIdentity, tag: string } | undefined}
 */
export function distinguishedPair(clients) {
  for (const tagged of clients) {
    for (const other of clients) {
      const tag = tagged.tags.find((candidate) => other !== tagged && other.user !== tagged.user && !other.tags.includes(candidate));
      if (tag !== undefined) return { tagged, other, tag };
    }
  }
  return undefined;
}

/** @param {import('../client.mjs').ContractClient} client */
const needsTwoClients = (client) =>
  distinguishedPair(client.clients) ? undefined : 'needs two --client-token clients, the first with a tag the second lacks';

/** @param {import('../client.mjs').ContractClient} client */
const needsOneClient = (client) => (client.clients.length > 0 ? undefined : 'needs a --client-token client');

/**
 * A request as one client (not as staff).
 * @param {ClientIdentity} who
 * @param {RequestInit} [init]
 */
export const as = (who, init = {}) => ({ ...init, asStaff: false, headers: { ...who.headers, .../** @type {Record<string, string>} */ (init.headers ?? {}) } });

/**
 * @param {import('../client.mjs').ContractClient} client
 * @param {ClientIdentity | undefined} who
 * @param {unknown[]} receipts
 */
async function sendReceipts(client, who, receipts) {
  const request = json('POST', { receipts });
  const { response } = await client.send('recordReceipts', '/receipts', who ? as(who, request) : request);
  assert.equal(response.status, 204, `POST /receipts answered ${response.status}`);
}

/** @type {import('../runner.mjs').Check[]} */
export const reachChecks = [
  {
    name: 'languages, audience and dismissal are stored as sent (language tags in canonical case, repeats dropped); absent ones get the defaults',
    async run(client) {
      const input = {
        title: 'Neue Frist für Umsatzsteuer-Voranmeldungen',
        language: 'de',
        variants: [{ language: 'en-gb', title: 'New deadline for advance VAT returns', body: 'From **March**.' }],
        audience: { kind: 'clients', clients: ['client-1', 'client-2', 'client-1'] },
        dismissal: 'never',
      };
      const { record } = await client.create(input);
      assert.deepEqual(
        { language: record.language, variants: record.variants, audience: record.audience, dismissal: record.dismissal },
        {
          language: 'de',
          variants: [{ language: 'en-GB', title: 'New deadline for advance VAT returns', body: 'From **March**.' }],
          audience: { kind: 'clients', clients: ['client-1', 'client-2'] },
          dismissal: 'never',
        },
      );
      assert.deepEqual((await client.send('getAnnouncement', client.path(record.id))).body, record);
      const edited = await client.send('updateAnnouncement', client.path(record.id), json('PUT', { title: record.title, dismissal: 'once' }, { 'If-Match': `"${record.version}"` }));
      assert.equal(edited.response.status, 200);
      assert.deepEqual(
        [edited.body.language ?? null, edited.body.variants ?? [], edited.body.audience ?? { kind: 'all' }, edited.body.dismissal],
        [null, [], { kind: 'all' }, 'once'],
        'fields left out of a PUT go back to their defaults',
      );
      const { record: plain } = await client.create({ title: 'Without the new fields' });
      assert.deepEqual(
        [plain.language ?? null, plain.variants ?? [], plain.audience ?? { kind: 'all' }, plain.dismissal ?? 'session'],
        [null, [], { kind: 'all' }, 'session'],
      );
    },
  },
  {
    name: 'invalid languages, variants, audiences and dismissal modes are refused with 422, a variant’s fields by position',
    async run(client) {
      const cases = [
        [{ title: 'T', variants: [{ language: 'en', title: 'T' }] }, { language: 'required' }],
        [{ title: 'T', language: 'not a tag' }, { language: 'invalid-language' }],
        [{ title: 'T', language: 'de', variants: [{ language: 'en', title: ' ' }, { language: 'DE', title: 'Doppelt' }] }, { 'variants.0.title': 'required', 'variants.1.language': 'duplicate-language' }],
        [{ title: 'T', language: 'de', variants: [{ language: 'en', title: 'T', body: 'b'.repeat(20_001) }] }, { 'variants.0.body': 'too-long' }],
        [{ title: 'T', language: 'de', variants: [{ title: 'T' }] }, { 'variants.0.language': 'required' }],
        [{ title: 'T', audience: { kind: 'tags', tags: [] } }, { audience: 'required' }],
        [{ title: 'T', audience: { kind: 'everyone' } }, { audience: 'invalid-audience' }],
        [{ title: 'T', audience: { kind: 'clients', clients: ['x'.repeat(201)] } }, { audience: 'invalid-audience' }],
        [{ title: 'T', dismissal: 'sometimes' }, { dismissal: 'invalid-dismissal' }],
      ];
      await expectFieldErrors(client, cases);
    },
  },
  {
    name: 'a client receives only the announcements meant for it (tags any-of, named clients), narrowed to its own entries; others are a 404',
    requires: needsTwoClients,
    async run(client) {
      const { tagged, other, tag } = /** @type {NonNullable<ReturnType<typeof distinguishedPair>>} */ (distinguishedPair(client.clients));
      const { record: forTag } = await client.create({ title: 'For a tag', audience: { kind: 'tags', tags: [tag, 'conformance-nobody-has-this'] } });
      const { record: forOther } = await client.create({ title: 'For one client', audience: { kind: 'clients', clients: [other.user, 'conformance-someone-else'] } });
      const { record: forAll } = await client.create({ title: 'For everyone' });
      const ids = async (/** @type {ClientIdentity} */ who) => (await client.list(who)).records.map((record) => record.id).filter((id) => [forTag.id, forOther.id, forAll.id].includes(id));
      assert.deepEqual(await ids(tagged), [forTag.id, forAll.id], `${tagged.user} (tags ${tagged.tags.join(', ')})`);
      assert.deepEqual(await ids(other), [forOther.id, forAll.id], `${other.user} (tags ${other.tags.join(', ')})`);

      const seenByTagged = (await client.list(tagged)).records.find((record) => record.id === forTag.id);
      assert.deepEqual(seenByTagged.audience, { kind: 'tags', tags: [tag] }, 'a client sees only its own tags of an audience');
      const seenByOther = (await client.list(other)).records.find((record) => record.id === forOther.id);
      assert.deepEqual(seenByOther.audience, { kind: 'clients', clients: [other.user] }, 'a client never sees who else an announcement is for');
      assert.equal((await client.send('getAnnouncement', client.path(forTag.id), as(other))).response.status, 404);
      assert.equal((await client.send('getAnnouncement', client.path(forOther.id), as(tagged))).response.status, 404);
      assert.equal((await client.send('getAnnouncement', client.path(forTag.id), as(tagged))).response.status, 200);

      const staff = (await client.list()).records.find((record) => record.id === forOther.id);
      assert.deepEqual(staff.audience, { kind: 'clients', clients: [other.user, 'conformance-someone-else'] }, 'staff see the whole audience');
    },
  },
  {
    name: 'clients who see different lists get different list ETags; another client’s ETag never earns a 304',
    requires: needsTwoClients,
    async run(client) {
      const { tagged, other, tag } = /** @type {NonNullable<ReturnType<typeof distinguishedPair>>} */ (distinguishedPair(client.clients));
      await client.create({ title: 'Tagged only', audience: { kind: 'tags', tags: [tag] } });
      const etagOf = async (/** @type {ClientIdentity} */ who) => (await client.list(who)).response.headers.get('etag');
      const taggedTag = await etagOf(tagged);
      assert.ok(taggedTag, 'the list has an ETag');
      assert.notEqual(await etagOf(other), taggedTag);
      const { response } = await client.send('listAnnouncements', '', as(other, { headers: { 'If-None-Match': taggedTag } }));
      assert.equal(response.status, 200);
      const { response: same } = await client.send('listAnnouncements', '', as(tagged, { headers: { 'If-None-Match': taggedTag } }));
      assert.equal(same.status, 304);
    },
  },
  {
    name: 'receipts count once per user and revision; staff receipts, old revisions and unknown ids are ignored; summaries are for staff only',
    requires: needsOneClient,
    async run(client) {
      const [first, second] = client.clients;
      const { record } = await client.create({ title: 'Counted once' });
      const seen = { id: record.id, revisedAt: record.revisedAt, kind: 'seen' };
      const opened = { ...seen, kind: 'opened' };
      await sendReceipts(client, first, [seen, opened, seen]);
      await sendReceipts(client, first, [seen, opened]);
      if (second && second.user !== first.user) await sendReceipts(client, second, [seen]);
      await sendReceipts(client, undefined, [opened]);
      await sendReceipts(client, first, [{ ...opened, id: 'conformance-no-such-id' }, { ...opened, revisedAt: '2001-01-01T00:00:00.000Z' }]);

      const { response, body } = await client.send('receiptSummary', `${client.path(record.id)}/receipts`);
      assert.equal(response.status, 200);
      const others = second && second.user !== first.user ? 1 : 0;
      assert.deepEqual({ seen: body.seen, opened: body.opened }, { seen: 1 + others, opened: 1 }, JSON.stringify(body));
      if (body.notOpened !== null) assert.ok(!body.notOpened.includes(first.user), `${first.user} opened it`);
      assert.equal((await client.send('receiptSummary', `${client.path(record.id)}/receipts`, as(first))).response.status, 403);

      const edited = await client.send('updateAnnouncement', client.path(record.id), json('PUT', { title: 'Counted once (revised)' }, { 'If-Match': '*' }));
      const again = await client.send('receiptSummary', `${client.path(record.id)}/receipts`);
      assert.deepEqual([again.body.revisedAt, again.body.seen, again.body.opened], [edited.body.revisedAt, 0, 0], 'a re-notifying edit starts counting again');
    },
  },
  {
    name: 'receipts of announcements not meant for a client are ignored',
    requires: needsTwoClients,
    async run(client) {
      const { other, tag } = /** @type {NonNullable<ReturnType<typeof distinguishedPair>>} */ (distinguishedPair(client.clients));
      const { record } = await client.create({ title: 'Not for the other client', audience: { kind: 'tags', tags: [tag] } });
      await sendReceipts(client, other, [{ id: record.id, revisedAt: record.revisedAt, kind: 'opened' }]);
      const { body } = await client.send('receiptSummary', `${client.path(record.id)}/receipts`);
      assert.deepEqual([body.seen, body.opened], [0, 0]);
    },
  },
  {
    name: 'a receipts body must be JSON with well-formed receipts',
    requires: needsOneClient,
    async run(client) {
      const [first] = client.clients;
      const receipt = { id: 'x', revisedAt: new Date().toISOString(), kind: 'seen' };
      for (const body of [{ receipts: 'x' }, { receipts: [{ ...receipt, kind: 'liked' }] }, {}]) {
        const { response } = await client.send('recordReceipts', '/receipts', as(first, json('POST', body)));
        assert.equal(response.status, 400, JSON.stringify(body));
      }
      const { response } = await client.send('recordReceipts', '/receipts', as(first, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ receipts: [receipt] }) }));
      assert.equal(response.status, 415);
    },
  },
];
