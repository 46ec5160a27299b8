// The conformance suite (`npm run conformance`) against the command-line server, on the
// embedded database and on PostgreSQL, with writes protected by a staff token and two clients
// (one with the tag `business`), so the audience and receipt checks run too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { startCli } from './support/servers.mjs';
import { postgresOptions, throwawayDatabase } from './support/postgres.mjs';

const SUITE = fileURLToPath(new URL('../../server/conformance/cli.mjs', import.meta.url));
const TOKEN = 'conformance-staff-token';
const CLIENTS = ['alice:business,vip=conformance-alice-token', 'bob:private=conformance-bob-token'].flatMap((client) => ['--client-token', client]);

/**
 * Runs the suite against `base` and returns its exit code and output.
 * @param {string} base
 */
function runSuite(base) {
  const child = spawn(process.execPath, [SUITE, '--url', base, '--staff-token', TOKEN, ...CLIENTS, '--runs', '25'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/**
 * @param {string[]} args
 * @param {Record<string, string>} env
 */
async function assertConforms(args, env) {
  const server = startCli(['--staff-token', TOKEN, ...CLIENTS, ...args], env);
  try {
    const { code, output } = /** @type {{ code: number, output: string }} */ (await runSuite(`${await server.started()}/api/announcements`));
    assert.match(output, /^\d+ passed, 0 failed$/m, output);
    assert.doesNotMatch(output, /skipped/, output);
    assert.equal(code, 0, output);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited();
  }
}

test('the command-line server on the embedded database passes the conformance suite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'announcements-conformance-'));
  try {
    await assertConforms(['--data', join(dir, 'db')], {});
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the command-line server on PostgreSQL passes the conformance suite', postgresOptions(), async () => {
  const db = await throwawayDatabase();
  try {
    await assertConforms([], { DATABASE_URL: db.url });
  } finally {
    await db.drop();
  }
});
