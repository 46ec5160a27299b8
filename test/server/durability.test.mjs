// The command-line server on its embedded database: an acknowledged write survives the
// process being killed outright, data and ETags survive restarts, and a store that is not
// a healthy database of ours is refused at startup and left exactly as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { jsonRequest, startCli } from './support/servers.mjs';

/** @param {(dir: string) => Promise<void>} work */
async function inTemporaryFolder(work) {
  const dir = mkdtempSync(join(tmpdir(), 'announcements-durability-'));
  try {
    await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('an acknowledged write survives SIGKILL, and the restarted server answers with the same ETag', async () => {
  await inTemporaryFolder(async (dir) => {
    const data = join(dir, 'db');
    const first = startCli(['--data', data]);
    const base = `${await first.started()}/api/announcements`;
    const created = await (await fetch(base, jsonRequest({ title: 'Survives a kill' }))).json();
    const etag = (await fetch(base)).headers.get('ETag');
    first.child.kill('SIGKILL');
    await first.exited();

    const second = startCli(['--data', data]);
    try {
      const again = `${await second.started()}/api/announcements`;
      const listed = await fetch(again);
      assert.deepEqual(await listed.json(), [created]);
      assert.equal(listed.headers.get('ETag'), etag);
      assert.equal((await fetch(again, { headers: { 'If-None-Match': etag ?? '' } })).status, 304);
    } finally {
      second.child.kill('SIGTERM');
      assert.equal(await second.exited(), 0);
    }
  });
});

test('a second server on the same data folder is refused while the first runs', async () => {
  await inTemporaryFolder(async (dir) => {
    const data = join(dir, 'db');
    const first = startCli(['--data', data]);
    await first.started();
    try {
      const second = startCli(['--data', data]);
      assert.notEqual(await second.exited(), 0);
      assert.match(second.output(), /in use by process/);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited();
    }
  });
});

test('a corrupt or foreign store is refused at startup and left untouched', async () => {
  await inTemporaryFolder(async (dir) => {
    // A healthy database first, then its control file damaged.
    const damaged = join(dir, 'damaged');
    const healthy = startCli(['--data', damaged]);
    const base = `${await healthy.started()}/api/announcements`;
    await fetch(base, jsonRequest({ title: 'Precious' }));
    healthy.child.kill('SIGTERM');
    await healthy.exited();
    writeFileSync(join(damaged, 'global', 'pg_control'), Buffer.alloc(8192, 0x5a));

    const aFile = join(dir, 'announcements.json');
    writeFileSync(aFile, '{"epoch":"old","collections":{}}');
    const foreign = join(dir, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'not a database');

    for (const data of [damaged, aFile, foreign]) {
      const before = fingerprint(data);
      const server = startCli(['--data', data]);
      assert.equal(await server.exited(), 1, server.output());
      assert.match(server.output(), /Cannot start the announcements server/);
      assert.equal(fingerprint(data), before, `${data} was changed`);
    }
  });
});

/**
 * A digest of a file or of every file in a folder (names and contents).
 * @param {string} path
 */
function fingerprint(path) {
  const hash = createHash('sha256');
  const visit = (/** @type {string} */ current) => {
    if (statSync(current).isDirectory()) {
      for (const name of readdirSync(current).sort()) visit(join(current, name));
    } else {
      hash.update(current).update(readFileSync(current));
    }
  };
  visit(path);
  return hash.digest('hex');
}
