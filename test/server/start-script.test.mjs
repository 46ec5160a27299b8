// `npm start -- --api` next to whatever already holds the API port: an announcements API that
// answers there is used as it is, and a port taken by another program is left to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { demoApi, demoTokens, freePort, whatAnswers } from '../../scripts/demo-api.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a Node script of the project; `lines` collects its output, `waitFor` awaits a line. */
function run(script, args) {
  // Each server here keeps its data in its own temporary folder, never in a shared database.
  const { DATABASE_URL: _shared, ...env } = process.env;
  const child = spawn(process.execPath, [join(root, script), ...args], { cwd: root, env: { ...env, NO_COLOR: '1' } });
  const lines = [];
  const waiters = [];
  const collect = (chunk) => {
    // Vite colours its output unless told otherwise; compare the plain text.
    lines.push(...stripVTControlCharacters(chunk.toString()).split('\n').map((line) => line.trim()).filter(Boolean));
    for (const waiter of [...waiters]) waiter();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const waitFor = (pattern, what) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no line ${what} within two minutes; output:\n${lines.join('\n')}`)), 120_000);
      const check = () => {
        const line = lines.find((candidate) => pattern.test(candidate));
        if (line === undefined) return;
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(check), 1);
        resolve(line);
      };
      waiters.push(check);
      check();
    });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  };
  return { lines, waitFor, stop };
}

/** Starts the demo on the API port and returns the demo's own origin and its line about the API. */
async function startDemo(apiPort, dataFile) {
  const demo = run('scripts/start.mjs', ['--api', '--api-port', String(apiPort), '--data', dataFile]);
  const local = await demo.waitFor(/Local:\s+http/, 'with the demo address');
  const apiLines = () => demo.lines.filter((line) => /API/.test(line));
  await demo.waitFor(/API/, 'about the API');
  return { demo, portal: local.match(/http:\/\/\S+?\/?$/)[0].replace(/\/$/, ''), apiLines };
}

function tempDataFile(t) {
  const dir = mkdtempSync(join(tmpdir(), 'demo-start-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'announcements');
}

test('npm start -- --api uses the API that npm run serve:api already runs, and says so in one line', async (t) => {
  const port = await freePort();
  const serverData = tempDataFile(t);
  const server = run('server/cli.mjs', ['--port', String(port), '--data', serverData]);
  t.after(() => server.stop());
  await server.waitFor(/Announcements API on/, 'from the running server');
  const created = await fetch(`http://127.0.0.1:${port}/api/announcements`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Written before the demo started' }),
  });
  assert.equal(created.status, 201);

  const { demo, portal, apiLines } = await startDemo(port, tempDataFile(t));
  t.after(() => demo.stop());
  assert.deepEqual(apiLines(), [`➜  Using the announcements API already running on http://127.0.0.1:${port} (with its own data).`]);
  assert.ok(!demo.lines.some((line) => /EADDRINUSE|Error/.test(line)), demo.lines.join('\n'));

  const throughDemo = await (await fetch(`${portal}/api/announcements`)).json();
  assert.deepEqual(
    throughDemo.map((announcement) => announcement.title),
    ['Written before the demo started'],
  );

  await demo.stop();
  assert.equal(await whatAnswers(`http://127.0.0.1:${port}`), 'announcements', 'the demo stopped a server it did not start');
});

test('npm start -- --api leaves a port taken by another program alone and runs its API on a free one', async (t) => {
  const other = createServer((request, response) => response.writeHead(200, { 'Content-Type': 'text/plain' }).end('not an API'));
  other.listen(0, '127.0.0.1');
  await once(other, 'listening');
  t.after(() => other.close());
  const { port } = other.address();

  const { demo, portal, apiLines } = await startDemo(port, tempDataFile(t));
  t.after(() => demo.stop());
  const [line, ...more] = apiLines();
  assert.deepEqual(more, []);
  const match = line.match(new RegExp(`^➜  Port ${port} is taken by another program, so the demo's API runs on (http://127\\.0\\.0\\.1:(\\d+)) \\(data in .+\\)\\.$`));
  assert.ok(match, line);
  assert.notEqual(Number(match[2]), port);

  const throughDemo = await fetch(`${portal}/api/announcements`);
  assert.equal(throughDemo.status, 200);
  assert.deepEqual(await throughDemo.json(), []);
  assert.equal(await (await fetch(`http://127.0.0.1:${port}/`)).text(), 'not an API', 'the other program lost its port');

  await demo.stop();
  assert.equal(await whatAnswers(match[1]), 'nothing', 'the demo left its own API running');
});

test('the API that npm start -- --api starts knows the demo clients: each gets only their announcements, and their receipts count', async (t) => {
  const tokens = demoTokens();
  const api = await demoApi({ port: await freePort(), dataFile: tempDataFile(t), tokens });
  t.after(() => api.stop());
  const as = (token) => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });
  const url = `${api.origin}/api/announcements`;
  const created = await fetch(url, { method: 'POST', headers: as(tokens.staff), body: JSON.stringify({ title: 'For business clients', audience: { kind: 'tags', tags: ['business'] } }) });
  assert.equal(created.status, 201);
  const notice = await created.json();

  const titles = async (token) => (await (await fetch(url, { headers: as(token) })).json()).map((announcement) => announcement.title);
  assert.deepEqual(await titles(tokens.clients['client-mueller']), ['For business clients']);
  assert.deepEqual(await titles(tokens.clients['client-schmidt']), []);

  const receipt = { id: notice.id, revisedAt: notice.revisedAt, kind: 'opened' };
  const sent = await fetch(`${url}/receipts`, { method: 'POST', headers: as(tokens.clients['client-mueller']), body: JSON.stringify({ receipts: [receipt] }) });
  assert.equal(sent.status, 204);
  const summary = await (await fetch(`${url}/${notice.id}/receipts`, { headers: as(tokens.staff) })).json();
  assert.deepEqual(summary, { id: notice.id, revisedAt: notice.revisedAt, audienceSize: 1, seen: 1, opened: 1, notOpened: [] });
});
