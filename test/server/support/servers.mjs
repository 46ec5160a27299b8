// Real servers for the Node tests: the handler on Node's http with a real database, or the
// command line as a child process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { startAnnouncementsServer } from '../../../server/node-server.mjs';

const CLI = fileURLToPath(new URL('../../../server/cli.mjs', import.meta.url));

/**
 * Who is asking, as a portal's own hook would say it; here the test sets it in headers:
 * `X-Test-Tenant` (default `default`), `X-Test-Role` (default `staff`), `X-Test-User` (default
 * `test`), `X-Test-Tags` (comma-separated), `X-Test-Refuse` (401).
 * @param {Request} request
 * @returns {import('../../../server/authorize.mjs').Principal | null}
 */
export function authorizeFromTestHeaders(request) {
  if (request.headers.has('x-test-refuse')) return null;
  const role = request.headers.get('x-test-role') === 'client' ? 'client' : 'staff';
  const tags = (request.headers.get('x-test-tags') ?? '').split(',').filter(Boolean);
  return { tenant: request.headers.get('x-test-tenant') ?? 'default', role, user: request.headers.get('x-test-user') ?? 'test', tags };
}

/**
 * The handler on Node's http, on the embedded database in memory unless told otherwise.
 * @param {Parameters<typeof startAnnouncementsServer>[0]} [options]
 */
export async function startServer(options = {}) {
  const api = await startAnnouncementsServer({ authorize: authorizeFromTestHeaders, ...options });
  return { ...api, base: `${api.origin}/api/announcements` };
}

/**
 * `node server/cli.mjs --port 0 ...args`, resolved once it listens.
 * @param {string[]} args
 * @param {Record<string, string | undefined>} [env]
 */
export function startCli(args, env = {}) {
  // The embedded database unless the test names a PostgreSQL database itself.
  const { DATABASE_URL: _inherited, ...inherited } = process.env;
  const child = spawn(process.execPath, [CLI, '--port', '0', ...args], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const started = new Promise((resolve, reject) => {
    const onData = (/** @type {Buffer} */ chunk) => {
      output += chunk.toString();
      const origin = /Announcements API on (http:\/\/[^/\s]+)/.exec(output)?.[1];
      if (origin) resolve(origin);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening:\n${output}`)));
  });
  // A test that expects the server to refuse to start waits for `exited()` instead.
  started.catch(() => {});
  return {
    child,
    /** @returns {Promise<string>} the origin */
    started: () => /** @type {Promise<string>} */ (started),
    output: () => output,
    /** Resolves with the exit code once the process has ended. */
    exited: () => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)))),
  };
}

/**
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 * @param {string} [method]
 */
export const jsonRequest = (body, headers = {}, method = 'POST') => ({
  method,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
