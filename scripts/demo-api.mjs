// Finds or starts the announcements API the demo runs on (`npm start -- --api`). An API that
// already answers on the port (`npm run serve:api` in another terminal) is used as it is; a port
// held by another program is left alone and the demo's own API takes a free one.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import demoClients from '../demo/demo-clients.json' with { type: 'json' };

const CLI = fileURLToPath(new URL('../server/cli.mjs', import.meta.url));
const HOST = '127.0.0.1';

/**
 * What answers at `origin`: `'announcements'` (a list of announcements), `'nothing'` (the
 * connection is refused, so the port is free) or `'other'` (another program, or one that does
 * not answer in time).
 * @param {string} origin
 * @returns {Promise<'announcements' | 'nothing' | 'other'>}
 */
export async function whatAnswers(origin) {
  try {
    const response = await fetch(`${origin}/api/announcements`, { signal: AbortSignal.timeout(2000) });
    if (!response.ok) return 'other';
    const body = await response.json();
    return Array.isArray(body) || Array.isArray(body?.items) ? 'announcements' : 'other';
  } catch (error) {
    return error?.cause?.code === 'ECONNREFUSED' ? 'nothing' : 'other';
  }
}

/**
 * @typedef {{ staff: string, clients: Record<string, string> }} DemoTokens The bearer tokens
 * of the demo's API: the staff's, and one per demo client (by id).
 */

/**
 * New tokens for the demo's API, so that it knows who asks: the client's tags decide what it
 * sends, and receipts count for that client.
 * @returns {DemoTokens}
 */
export function demoTokens() {
  return { staff: randomUUID(), clients: Object.fromEntries(demoClients.map((client) => [client.id, randomUUID()])) };
}

/** A port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the reference server (`server/cli.mjs`) on `port` and resolves once it answers.
 * @param {number} port
 * @param {string} dataFile
 * @param {DemoTokens} tokens
 */
async function startOwnApi(port, dataFile, tokens) {
  const origin = `http://${HOST}:${port}`;
  // The server's own start-up lines are replaced by the demo's one line about the API; what it
  // said is shown only when it could not start.
  // The demo's own server keeps its data in `dataFile`, even where DATABASE_URL names a
  // database for other work; to use that database, start `npm run serve:api` first.
  const { DATABASE_URL: _elsewhere, ...env } = process.env;
  const identities = ['--staff-token', tokens.staff];
  for (const { id, tags } of demoClients) identities.push('--client-token', `${id}:${tags.join(',')}=${tokens.clients[id]}`);
  const child = spawn(process.execPath, [CLI, '--port', String(port), '--host', HOST, '--data', dataFile, ...identities], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let said = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (said += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Whatever ends the demo, also while the server is still starting, ends the server it started.
  const stopWithDemo = () => child.kill('SIGTERM');
  process.once('exit', stopWithDemo);
  // Opening the embedded database can take half a minute on a busy machine.
  const deadline = Date.now() + 120_000;
  for (;;) {
    const outcome = await Promise.race([whatAnswers(origin), exited.then(() => 'exited')]);
    if (outcome === 'announcements') break;
    if (outcome === 'exited') throw new Error(`the announcements API could not start on ${origin}:\n${said.trim()}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the announcements API did not answer on ${origin} within two minutes:\n${said.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return {
    origin,
    stop: async () => {
      process.off('exit', stopWithDemo);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The API the demo should use: `origin` to proxy to, `note` (the one line to print) and `stop`
 * (stops only an API this function started). An API it starts knows `tokens`; one already
 * running keeps its own (without any, it treats every caller as staff).
 * @param {{ port: number, dataFile: string, tokens: DemoTokens }} options
 */
export async function demoApi({ port, dataFile, tokens }) {
  const wanted = `http://${HOST}:${port}`;
  const found = await whatAnswers(wanted);
  if (found === 'announcements') {
    return { origin: wanted, note: `Using the announcements API already running on ${wanted} (with its own data).`, stop: async () => {} };
  }
  if (found === 'nothing') {
    const own = await startOwnApi(port, dataFile, tokens);
    return { ...own, note: `Announcements API on ${own.origin} (data in ${dataFile}).` };
  }
  const own = await startOwnApi(await freePort(), dataFile, tokens);
  return { ...own, note: `Port ${port} is taken by another program, so the demo's API runs on ${own.origin} (data in ${dataFile}).` };
}
