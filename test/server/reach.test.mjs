// Languages, audiences, dismissal modes and read receipts over HTTP, on both databases: what a
// client receives is decided by the server, so the tests look at the answers themselves.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { jsonRequest } from './support/servers.mjs';
import { onEachDatabase } from './support/databases.mjs';
import { eventReader } from './support/event-streams.mjs';
import { openEmbeddedDatabase } from '../../server/store/embedded-database.mjs';
import { openPostgresDatabase } from '../../server/store/postgres-database.mjs';
import { MIGRATIONS } from '../../server/store/migrations.mjs';
import { AnnouncementStore } from '../../server/store/announcement-store.mjs';

/** The firm's clients, as the portal's directory would give them. */
const DIRECTORY = [
  { id: 'alice', tags: ['business'] },
  { id: 'bob', tags: ['private'] },
  { id: 'carol', tags: ['business', 'vip'] },
];

onEachDatabase(
  ({ server: current, database }) => {
    /** @type {Awaited<ReturnType<typeof import('./support/servers.mjs').startServer>>} */
    let server;
    before(() => {
      server = current();
    });

    /** Requests as staff or as one client of a fresh tenant. */
    const tenantOf = (/** @type {string} */ tenant = randomUUID()) => {
      const staff = { 'X-Test-Tenant': tenant };
      /**
       * @param {string} user
       * @param {string[]} [tags]
       */
      const client = (user, tags = []) => ({ 'X-Test-Tenant': tenant, 'X-Test-Role': 'client', 'X-Test-User': user, 'X-Test-Tags': tags.join(',') });
      return {
        staff,
        client,
        /** @param {Record<string, unknown>} input */
        create: async (input) => {
          const response = await fetch(server.base, jsonRequest(input, staff));
          assert.equal(response.status, 201, JSON.stringify(await response.clone().json()));
          return response.json();
        },
        /** @param {Record<string, string>} headers */
        titles: async (headers) => (await (await fetch(server.base, { headers })).json()).map((/** @type {any} */ record) => record.title),
        /**
         * @param {Record<string, string>} headers
         * @param {unknown[]} receipts
         */
        receipts: (headers, receipts) => fetch(`${server.base}/receipts`, jsonRequest({ receipts }, headers)),
        /** @param {string} id */
        summary: async (id, headers = staff) => fetch(`${server.base}/${id}/receipts`, { headers }),
      };
    };

    test('a client receives only the announcements meant for it; staff receive all with their audience', async () => {
      const firm = tenantOf();
      const vat = await firm.create({ title: 'New deadline for advance VAT returns', audience: { kind: 'tags', tags: ['business', 'farm'] } });
      const personal = await firm.create({ title: 'Your documents are ready', audience: { kind: 'clients', clients: ['bob', 'dave'] } });
      await firm.create({ title: 'Office closed on Friday' });

      assert.deepEqual(await firm.titles(firm.client('alice', ['business'])), ['New deadline for advance VAT returns', 'Office closed on Friday']);
      assert.deepEqual(await firm.titles(firm.client('bob', ['private'])), ['Your documents are ready', 'Office closed on Friday']);
      assert.deepEqual(await firm.titles(firm.client('erin')), ['Office closed on Friday']);
      const all = await (await fetch(server.base, { headers: firm.staff })).json();
      assert.deepEqual(
        all.map((/** @type {any} */ record) => record.audience),
        [{ kind: 'tags', tags: ['business', 'farm'] }, { kind: 'clients', clients: ['bob', 'dave'] }, { kind: 'all' }],
      );

      // A client learns neither who else an announcement is for, nor that others exist.
      const [shown] = await (await fetch(server.base, { headers: firm.client('bob', ['private']) })).json();
      assert.deepEqual(shown.audience, { kind: 'clients', clients: ['bob'] });
      const hidden = await fetch(`${server.base}/${vat.id}`, { headers: firm.client('bob', ['private']) });
      assert.equal(hidden.status, 404);
      assert.equal((await fetch(`${server.base}/${personal.id}`, { headers: firm.client('bob') })).status, 200);
      assert.equal((await fetch(`${server.base}/${vat.id}`, { headers: firm.staff })).status, 200);
    });

    test('the list ETag differs between clients who see different lists, and a 304 still answers each', async () => {
      const firm = tenantOf();
      await firm.create({ title: 'For business clients', audience: { kind: 'tags', tags: ['business'] } });
      const tagOf = async (/** @type {Record<string, string>} */ headers) => (await fetch(server.base, { headers })).headers.get('etag');
      const business = await tagOf(firm.client('alice', ['business']));
      const other = await tagOf(firm.client('bob', ['private']));
      const staff = await tagOf(firm.staff);
      assert.equal(new Set([business, other, staff]).size, 3, `${business} ${other} ${staff}`);
      assert.equal(await tagOf(firm.client('alice', ['business'])), business, 'the same client gets the same tag');

      const again = await fetch(server.base, { headers: { ...firm.client('alice', ['business']), 'If-None-Match': String(business) } });
      assert.equal(again.status, 304);
      const someoneElse = await fetch(server.base, { headers: { ...firm.client('bob', ['private']), 'If-None-Match': String(business) } });
      assert.equal(someoneElse.status, 200, 'a tag issued to another client never confirms this one’s list');
      assert.deepEqual(await someoneElse.json(), []);
    });

    test('variants, audience and dismissal round-trip; each variant’s fields are refused by name', async () => {
      const firm = tenantOf();
      const input = {
        title: 'Neue Frist für Umsatzsteuer-Voranmeldungen',
        language: 'de',
        variants: [{ language: 'en-gb', title: 'New deadline for advance VAT returns', body: 'From **March**.' }],
        audience: { kind: 'tags', tags: ['business', 'business'] },
        dismissal: 'never',
      };
      const created = await firm.create(input);
      assert.equal(created.language, 'de');
      assert.deepEqual(created.variants, [{ language: 'en-GB', title: 'New deadline for advance VAT returns', body: 'From **March**.' }]);
      assert.deepEqual(created.audience, { kind: 'tags', tags: ['business'] });
      assert.equal(created.dismissal, 'never');

      const edited = await fetch(`${server.base}/${created.id}`, jsonRequest({ title: created.title, language: 'de', variants: [], dismissal: 'once' }, { ...firm.staff, 'If-Match': `"${created.version}"` }, 'PUT'));
      assert.equal(edited.status, 200);
      const record = await edited.json();
      assert.deepEqual([record.variants, record.audience, record.dismissal], [[], { kind: 'all' }, 'once']);

      const refused = await fetch(
        server.base,
        jsonRequest({ title: 'T', language: 'de', variants: [{ language: 'en', title: ' ' }, { language: 'DE', title: 'Doppelt' }], dismissal: 'sometimes', audience: { kind: 'tags', tags: [] } }, firm.staff),
      );
      assert.equal(refused.status, 422);
      assert.deepEqual((await refused.json()).errors, {
        'variants.0.title': 'required',
        'variants.1.language': 'duplicate-language',
        audience: 'required',
        dismissal: 'invalid-dismissal',
      });
    });

    test('receipts count unique users of the current revision, once each, and only staff read them', async () => {
      const firm = tenantOf(`directory-${randomUUID()}`);
      const vat = await firm.create({ title: 'VAT', audience: { kind: 'tags', tags: ['business'] } });
      const seen = { id: vat.id, revisedAt: vat.revisedAt, kind: 'seen' };
      const opened = { ...seen, kind: 'opened' };

      for (const headers of [firm.client('alice', ['business']), firm.client('alice', ['business'])]) {
        assert.equal((await firm.receipts(headers, [seen, seen, opened])).status, 204);
      }
      assert.equal((await firm.receipts(firm.client('carol', ['business']), [seen])).status, 204);
      // Ignored: a client outside the audience, staff previewing, an unknown id, an old revision.
      assert.equal((await firm.receipts(firm.client('bob', ['private']), [opened])).status, 204);
      assert.equal((await firm.receipts(firm.staff, [opened])).status, 204);
      assert.equal((await firm.receipts(firm.client('carol', ['business']), [{ ...opened, id: 'no-such-id' }, { ...opened, revisedAt: '2020-01-01T00:00:00.000Z' }])).status, 204);

      const summary = await firm.summary(vat.id);
      assert.equal(summary.status, 200);
      assert.deepEqual(await summary.json(), { id: vat.id, revisedAt: vat.revisedAt, audienceSize: 2, seen: 2, opened: 1, notOpened: ['carol'] });
      const forbidden = await firm.summary(vat.id, firm.client('alice', ['business']));
      assert.equal(forbidden.status, 403);
      assert.equal((await firm.summary('no-such-id')).status, 404);

      // A re-notifying edit starts the count again; the old receipts do not count for it.
      const edited = await (await fetch(`${server.base}/${vat.id}`, jsonRequest({ title: 'VAT (new date)', audience: vat.audience }, { ...firm.staff, 'If-Match': '*' }, 'PUT'))).json();
      assert.deepEqual(await (await firm.summary(vat.id)).json(), { id: vat.id, revisedAt: edited.revisedAt, audienceSize: 2, seen: 0, opened: 0, notOpened: ['alice', 'carol'] });
    });

    test('without a client directory the audience size and who has not opened are unknown', async () => {
      const firm = tenantOf();
      const notice = await firm.create({ title: 'For all' });
      await firm.receipts(firm.client('erin'), [{ id: notice.id, revisedAt: notice.revisedAt, kind: 'opened' }]);
      assert.deepEqual(await (await firm.summary(notice.id)).json(), { id: notice.id, revisedAt: notice.revisedAt, audienceSize: null, seen: 1, opened: 1, notOpened: null });
    });

    test('a receipts body must be JSON with at most 100 well-formed receipts', async () => {
      const firm = tenantOf();
      const client = firm.client('alice');
      const receipt = { id: 'x', revisedAt: new Date().toISOString(), kind: 'seen' };
      for (const body of [[], { receipts: 'x' }, { receipts: [{ ...receipt, kind: 'liked' }] }, { receipts: [{ ...receipt, revisedAt: 'yesterday' }] }, { receipts: Array(101).fill(receipt) }]) {
        const response = await fetch(`${server.base}/receipts`, jsonRequest(body, client));
        assert.equal(response.status, 400, JSON.stringify(body).slice(0, 80));
      }
      const asText = await fetch(`${server.base}/receipts`, { method: 'POST', headers: { ...client, 'Content-Type': 'text/plain' }, body: JSON.stringify({ receipts: [receipt] }) });
      assert.equal(asText.status, 415, 'no simple cross-site request can post receipts');
      assert.equal((await firm.receipts(client, Array(100).fill(receipt))).status, 204);
    });

    test('a client’s event stream hears that something changed, never which announcement', async () => {
      const firm = tenantOf();
      const clientStream = eventReader(await fetch(`${server.base}/events`, { headers: firm.client('bob') }));
      const staffStream = eventReader(await fetch(`${server.base}/events`, { headers: firm.staff }));
      await Promise.all([clientStream.until('heartbeat'), staffStream.until('heartbeat')]);
      const secret = await firm.create({ title: 'Only for business', audience: { kind: 'tags', tags: ['business'] } });
      const [heardByClient, heardByStaff] = await Promise.all([clientStream.until('event: change'), staffStream.until(secret.id)]);
      await Promise.all([clientStream.cancel(), staffStream.cancel()]);
      assert.match(heardByClient, /data: \{"type":"changed"\}/);
      assert.doesNotMatch(heardByClient, new RegExp(secret.id));
      assert.match(heardByStaff, /"type":"created"/);
    });

    test('records written before this release are read with the defaults, versions unchanged', async () => {
      const opened = await database.open();
      const db = 'databaseUrl' in opened.options ? await openPostgresDatabase(String(opened.options.databaseUrl)) : await openEmbeddedDatabase(undefined);
      try {
        await db.exec(MIGRATIONS[0].sql);
        await db.exec('CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now()); INSERT INTO schema_migrations (version) VALUES (1);');
        const old = { id: 'old', title: 'Written long ago', body: '\u0000 kept', severity: 'info', publishAt: null, expiresAt: null, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', revisedAt: '2024-01-01T00:00:00.000Z', version: 'v1' };
        await db.query('INSERT INTO announcements (tenant, id, version, record) VALUES ($1, $2, $3, $4)', ['t', 'old', 'v1', JSON.stringify(old)]);
        const store = await AnnouncementStore.open(db);
        const expected = { ...old, language: null, variants: [], audience: { kind: 'all' }, dismissal: 'session' };
        assert.deepEqual(JSON.parse((await store.list('t')).json), [expected]);
        assert.deepEqual(JSON.parse((await store.list('t', { user: 'anyone', tags: [] })).json), [expected], 'an old record is for every client');
      } finally {
        await db.close();
        await opened.drop();
      }
    });
  },
  { clients: async (tenant) => (tenant.startsWith('directory-') ? DIRECTORY : undefined) },
);
