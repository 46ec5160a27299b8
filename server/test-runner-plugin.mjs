// Starts the announcements server for a @web/test-runner run and makes it reachable from the
// test pages at the dev server's own origin under /api/ (a proxy), so tests speak real HTTP
// without CORS. The server's own origin is at GET /api/__info, for the one CORS test.
import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAnnouncementsServer } from './node-server.mjs';

/** @returns {{ plugin: { name: string, serverStart: () => Promise<void>, serverStop: () => Promise<void> }, middleware: (ctx: any, next: () => Promise<void>) => Promise<void> }} */
export function referenceApiForTests() {
  /** @type {Awaited<ReturnType<typeof startAnnouncementsServer>> | undefined} */
  let api;
  let origin = '';
  let dataDir = '';

  const plugin = {
    name: 'reference-announcements-api',
    async serverStart() {
      dataDir = mkdtempSync(join(tmpdir(), 'announcements-api-'));
      // Frequent heartbeats let tests see a live stream told apart from a silent one quickly.
      api = await startAnnouncementsServer({ dataDir: join(dataDir, 'db'), corsOrigin: '*', testMode: true, heartbeatMs: 200 });
      origin = api.origin;
    },
    async serverStop() {
      await api?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };

  /** A plain streaming proxy: event streams flow through, and a dropped upstream drops the browser's connection too. */
  async function middleware(/** @type {any} */ ctx, /** @type {() => Promise<void>} */ next) {
    if (!ctx.path.startsWith('/api/') || !origin) return next();
    ctx.respond = false;
    // The runner reports requests whose status stays 404 as missing files; this one is handled.
    ctx.status = 502;
    const { req, res } = ctx;
    const target = new URL(req.url, origin);
    const upstream = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      ctx.status = answer.statusCode ?? 502;
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      res.flushHeaders();
      answer.pipe(res);
      answer.on('aborted', () => res.destroy());
      answer.on('error', () => res.destroy());
    });
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  }

  return { plugin, middleware };
}
