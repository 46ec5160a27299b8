// Node-side checks of the reference server that a browser cannot make: its data survives a
// restart, writes leave no temporary files behind, and the event stream speaks SSE.
// Run with `node --test test/server/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReferenceServer } from '../../server/reference-server.mjs';

async function started(dataFile) {
  const api = await createReferenceServer({ dataFile });
  const origin = await api.listen(0);
  return { api, base: `${origin}/api/announcements` };
}

const json = (body) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

test('keeps announcements and ETags across a restart, writing atomically', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'announcements-restart-'));
  const dataFile = join(dir, 'data.json');
  try {
    const first = await started(dataFile);
    const created = await (await fetch(first.base, json({ title: 'Survives restarts' }))).json();
    const before = await fetch(first.base);
    const etag = before.headers.get('ETag');
    await first.api.close();

    const second = await started(dataFile);
    const after = await fetch(second.base);
    assert.equal(after.headers.get('ETag'), etag);
    assert.deepEqual(await after.json(), [created]);
    const unchanged = await fetch(second.base, { headers: { 'If-None-Match': etag } });
    assert.equal(unchanged.status, 304);
    await second.api.close();
    assert.deepEqual(readdirSync(dir), ['data.json']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('announces a write on the event stream', async () => {
  const { api, base } = await started(undefined);
  try {
    const stream = await fetch(`${base}/events`);
    assert.equal(stream.headers.get('Content-Type'), 'text/event-stream; charset=utf-8');
    const reader = stream.body.getReader();
    const decoder = new TextDecoder();
    let received = '';
    const created = await (await fetch(base, json({ title: 'Heard live' }))).json();
    while (!received.includes('event: change')) received += decoder.decode((await reader.read()).value);
    assert.match(received, /^retry: \d+/);
    assert.match(received, new RegExp(`data: \\{"type":"created","id":"${created.id}"\\}`));
    await reader.cancel();
  } finally {
    await api.close();
  }
});

test('requires If-Match on writes and answers a stale one with 412 and the current record', async () => {
  const { api, base } = await started(undefined);
  try {
    const created = await (await fetch(base, json({ title: 'Versioned' }))).json();
    const put = (ifMatch, title) =>
      fetch(`${base}/${created.id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json', ...(ifMatch ? { 'If-Match': ifMatch } : {}) }, body: JSON.stringify({ title }) });
    assert.equal((await put(undefined, 'No precondition')).status, 428);
    const updated = await (await put(`"${created.version}"`, 'Second')).json();
    const stale = await put(`"${created.version}"`, 'Third');
    assert.equal(stale.status, 412);
    assert.equal(stale.headers.get('Content-Type'), 'application/problem+json; charset=utf-8');
    assert.deepEqual((await stale.json()).current, updated);
  } finally {
    await api.close();
  }
});
