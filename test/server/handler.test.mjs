// The handler on its own, as Hono, an edge runtime or a test calls it: a Web Request in, a
// Response out, no http server in between.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnouncementsService } from '../../server/service.mjs';
import { authorizeFromTestHeaders } from './support/servers.mjs';

/** @type {Awaited<ReturnType<typeof createAnnouncementsService>>} */
let service;
before(async () => {
  service = await createAnnouncementsService({ authorize: authorizeFromTestHeaders, basePath: '/portal/notices' });
});
after(() => service?.close());

const base = 'https://portal.example/portal/notices';

test('answers Web Requests under its base path, and nothing else', async () => {
  const created = await service.handler(new Request(base, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: 'Mounted anywhere' }) }));
  assert.equal(created.status, 201);
  const record = await created.json();
  assert.equal(created.headers.get('Location'), `/portal/notices/${record.id}`);
  const listed = await service.handler(new Request(base));
  assert.deepEqual(await listed.json(), [record]);
  const elsewhere = await service.handler(new Request('https://portal.example/api/announcements'));
  assert.equal(elsewhere.status, 404);
});

test('streams events as a Response body that a caller can cancel', async () => {
  const stream = await service.handler(new Request(`${base}/events`));
  assert.equal(stream.headers.get('Content-Type'), 'text/event-stream; charset=utf-8');
  const reader = /** @type {ReadableStream<Uint8Array>} */ (stream.body).getReader();
  const decoder = new TextDecoder();
  let text = decoder.decode((await reader.read()).value);
  assert.match(text, /event: heartbeat/);
  const created = await (await service.handler(new Request(base, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"title":"Streamed"}' }))).json();
  while (!text.includes(created.id)) text += decoder.decode((await reader.read()).value);
  await reader.cancel();
  assert.equal(service.streams.byTenant.size, 0, 'a cancelled stream is forgotten');
});
