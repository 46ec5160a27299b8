#!/usr/bin/env node
// `npm run bench:server`: requests per second and p99 latency of the announcements server
// with 10,000 announcements, for the conditional GET that answers 304 and for writes, on the
// embedded database and on PostgreSQL (when TEST_DATABASE_URL is set), next to a bare Node
// http server answering a constant in the same run. Loopback only, a few seconds per figure.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { bearerTokenAuthorizer } from '../authorize.mjs';
import { startAnnouncementsServer } from '../node-server.mjs';
import { loadWriteRules } from '../rules.mjs';
import { createThrowawayDatabase } from '../testing/throwaway-postgres.mjs';

const ANNOUNCEMENTS = 10_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

/**
 * @param {string} url
 * @param {Partial<import('autocannon').Options>} [options]
 */
async function measure(url, options = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, ...options });
  const bad = result.non2xx - (options.expectStatus === 304 ? result['3xx'] ?? 0 : 0);
  return { rps: Math.round(result.requests.average), p99: result.latency.p99, errors: result.errors + result.timeouts + Math.max(0, bad) };
}

/** A bare Node http server answering a constant: what the machine gives any server. */
async function baseline() {
  const server = createServer((_request, response) => response.writeHead(200, { 'Content-Type': 'application/json' }).end('[]'));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  try {
    return await measure(`http://127.0.0.1:${port}/`);
  } finally {
    server.close();
  }
}

/**
 * @param {string} name
 * @param {{ dataDir?: string, databaseUrl?: string }} storage
 */
async function announcementsServer(name, storage) {
  const api = await startAnnouncementsServer({ ...storage, authorize: bearerTokenAuthorizer({ anonymous: 'staff' }) });
  try {
    const rules = await loadWriteRules();
    const records = Array.from({ length: ANNOUNCEMENTS }, (_, index) => rules.recordToCreate({ title: `Announcement ${index}`, body: 'Some **Markdown** text. '.repeat(10) }));
    await api.service.store.seed('default', records);
    const base = `${api.origin}/api/announcements`;
    const etag = (await fetch(base)).headers.get('etag') ?? '';
    const notModified = await measure(base, { headers: { 'If-None-Match': etag }, expectStatus: 304 });
    const writes = await measure(base, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Benchmark write', body: 'A short description.' }),
    });
    const full = await measure(base, { duration: Math.max(1, Math.round(SECONDS / 2)) });
    return { name, notModified, writes, full };
  } finally {
    await api.close();
  }
}

/** A database of its own on the PostgreSQL that TEST_DATABASE_URL reaches, dropped afterwards. */
async function withPostgres(/** @type {(url: string) => Promise<any>} */ work) {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) return undefined;
  const db = await createThrowawayDatabase(admin, 'announcements_bench');
  try {
    return await work(db.url);
  } finally {
    await db.drop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'announcements-bench-'));
try {
  const bare = await baseline();
  const rows = [await announcementsServer('embedded (PGlite)', { dataDir: join(dir, 'db') })];
  const postgres = await withPostgres((url) => announcementsServer('PostgreSQL', { databaseUrl: url }));
  if (postgres) rows.push(postgres);

  const line = (/** @type {string[]} */ cells) => `| ${cells.join(' | ')} |`;
  const figure = (/** @type {{ rps: number, p99: number, errors: number }} */ m) => `${m.rps} req/s, p99 ${m.p99} ms${m.errors ? ` (${m.errors} errors)` : ''}`;
  console.log(`${ANNOUNCEMENTS} announcements, ${CONNECTIONS} connections, ${SECONDS} s per figure, loopback\n`);
  console.log(line(['server', 'GET list, 304 (If-None-Match)', 'POST (create)', 'GET list, 200 (full list)']));
  console.log(line(['---', '---', '---', '---']));
  console.log(line(['bare Node http, constant answer', figure(bare), '-', '-']));
  for (const row of rows) console.log(line([row.name, figure(row.notModified), figure(row.writes), figure(row.full)]));
  if (!postgres) console.log('\nPostgreSQL skipped: set TEST_DATABASE_URL (see scripts/setup-postgres.sh).');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
