// The server entry as a Node portal receives it: installed without any database driver, then
// with PGlite; run in a child process in a folder of its own, so nothing of the repository's
// node_modules is found. Also checks that no browser entry reaches the server.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importGraph } from './import-graph.mjs';
import { install, installDependencies } from './install.mjs';
import { NAME } from './package.mjs';

/** The subpath of the server entry. */
export const SERVER_SUBPATH = './server';

/** The database drivers: optional peers, which a portal installs only for the database it uses. */
export const DRIVERS = ['@electric-sql/pglite', 'pg'];

/** Reached from a browser entry, any of these would put server code into a portal's pages. */
const SERVER_ONLY = (id) => id.startsWith('server/') || id.startsWith('node:') || DRIVERS.includes(id) || id.startsWith(`${NAME}/server`);

/** The modules of the server that `file` (a browser entry) reaches, through import() too. */
export async function serverModulesReached(packageDir, file) {
  const { fullGraph } = await importGraph(packageDir, file);
  return [...fullGraph].filter(([id]) => SERVER_ONLY(id)).map(([, chain]) => chain.join(' -> '));
}

/** Bundling the server entry for the browser fails: its only condition is "node". Returns esbuild's complaint. */
export async function browserBundleRefused(scratch) {
  try {
    await build({
      stdin: { contents: `import '${NAME}/server';`, resolveDir: scratch },
      bundle: true,
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
  } catch (error) {
    return error.errors?.[0]?.text ?? String(error);
  }
  throw new Error(`a browser bundle of ${NAME}/server was built`);
}

/**
 * A portal's own temporary folder with only the unpacked tarball in its node_modules, plus
 * `drivers` (linked to the repository's copies). Outside the scratch folder, whose
 * node_modules holds every declared peer and would be found by walking up.
 */
export function portalFolder(tarball, drivers = []) {
  const folder = mkdtempSync(join(tmpdir(), 'portal-announcements-portal-'));
  install(tarball, folder);
  const { missing } = installDependencies(folder, drivers);
  if (missing.length) throw new Error(`not in the repository's node_modules: ${missing.join(', ')}`);
  return folder;
}

/** Runs `script` with Node in `folder` and returns what it printed as JSON. */
function runIn(folder, script) {
  writeFileSync(join(folder, 'check.mjs'), script);
  const { NODE_PATH: _ignored, DATABASE_URL: _unused, ...env } = process.env;
  const output = execFileSync(process.execPath, ['check.mjs'], { cwd: folder, env, encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(output.trim().split('\n').at(-1));
}

/**
 * Without drivers: the exports of the entry, and the first line of what the service, the
 * PostgreSQL service and the command line say when asked for a database.
 */
export function withoutDrivers(folder) {
  return runIn(
    folder,
    `
import * as server from '${NAME}/server';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const failure = async (options) => {
  try {
    const service = await server.createAnnouncementsService({ authorize: () => null, ...options });
    await service.close();
    return 'started';
  } catch (error) {
    return error.message;
  }
};
const manifest = createRequire(import.meta.url)('${NAME}/package.json');
const cli = fileURLToPath(new URL(manifest.bin['portal-announcements-server'], import.meta.resolve('${NAME}/package.json')));
let command;
try {
  execFileSync(process.execPath, [cli, '--port', '0', '--data', 'data'], { stdio: 'pipe', encoding: 'utf8' });
  command = 'started';
} catch (error) {
  command = { status: error.status, lastLine: error.stderr.trim().split('\\n').at(-1) };
}
console.log(JSON.stringify({
  exports: Object.keys(server).sort(),
  embedded: await failure({}),
  postgres: await failure({ databaseUrl: 'postgres://portal@127.0.0.1:1/portal' }),
  command,
}));
`,
  );
}

/**
 * With PGlite: the service as the README mounts it, on Node's http with a staff token; a staff
 * member creates an announcement over HTTP, a client reads it back and may not write.
 */
export function withPglite(folder) {
  return runIn(
    folder,
    `
import { createServer } from 'node:http';
import { once } from 'node:events';
import { bearerTokenAuthorizer, createAnnouncementsService, toNodeListener } from '${NAME}/server';
const announcements = await createAnnouncementsService({ dataDir: 'data', authorize: bearerTokenAuthorizer({ staffToken: 'staff-secret' }) });
const server = createServer(toNodeListener(announcements.handler)).listen(0, '127.0.0.1');
await once(server, 'listening');
const base = 'http://127.0.0.1:' + server.address().port + '/api/announcements';
const post = (headers) => fetch(base, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ title: 'Office closed on Friday' }) });
const created = await post({ Authorization: 'Bearer staff-secret' });
const record = await created.json();
const clientWrite = await post({});
const readBack = await fetch(base + '/' + record.id);
const list = await (await fetch(base)).json();
server.close();
await announcements.close();
console.log(JSON.stringify({
  kind: announcements.kind,
  created: created.status,
  clientWrite: [clientWrite.status, clientWrite.headers.get('content-type')],
  readBack: [readBack.status, (await readBack.json()).title],
  listed: list.map((item) => item.id).includes(record.id),
}));
`,
  );
}

/**
 * Every check of the server entry: no browser entry reaches it, a browser bundle cannot
 * resolve it, and in Node it exports what its types declare, says which driver to install
 * when one is missing, and with PGlite answers over HTTP.
 * @param {{ scratch: string, tarball: string, packageDir: string, manifest: any, declaredValues: Record<string, string[] | undefined> }} context
 * @param {{ check: (name: string, run: () => unknown) => Promise<boolean>, assert: (condition: unknown, message: string) => void, list: (items: string[]) => string }} report
 */
export async function serverEntryChecks({ scratch, tarball, packageDir, manifest, declaredValues }, { check, assert, list }) {
  const browserFiles = Object.entries(manifest.exports)
    .map(([subpath, value]) => [subpath, typeof value === 'string' ? value : value.default])
    .filter(([, target]) => target?.endsWith('.js'));
  await check(`no browser entry reaches the server or a database driver, even through import()`, async () => {
    const reached = [];
    for (const [subpath, target] of browserFiles) {
      for (const chain of await serverModulesReached(packageDir, target.replace(/^\.\//, ''))) reached.push(`${subpath}: ${chain}`);
    }
    assert(reached.length === 0, list(reached.slice(0, 5)));
    return `${browserFiles.length} entries`;
  });
  await check(`a browser bundle of ${NAME}/server is refused`, async () => browserBundleRefused(scratch));

  const portals = [];
  try {
    await nodeChecks(tarball, declaredValues, portals, { check, assert, list });
  } finally {
    for (const folder of portals) rmSync(folder, { recursive: true, force: true });
  }
}

/** The server entry run in Node, in portals' folders it adds to `portals`. */
async function nodeChecks(tarball, declaredValues, portals, { check, assert, list }) {
  const bare = portalFolder(tarball);
  portals.push(bare);
  let found;
  const ran = await check(`${NAME}/server loads in Node with no database driver installed`, () => {
    found = withoutDrivers(bare);
    return list(found.exports);
  });
  if (!ran) return;
  await check(`${NAME}/server exports at run time what its types declare`, () => {
    const expected = declaredValues[SERVER_SUBPATH] ?? [];
    assert(JSON.stringify(expected) === JSON.stringify(found.exports), `declared ${list(expected)}`);
    return `${expected.length} values`;
  });
  const oneLine = (message, driver) => {
    assert(message !== 'started', 'it started without the driver');
    assert(!message.includes('\n') && message.includes(`npm install ${driver}`), `it said: ${message}`);
    return message;
  };
  await check('without @electric-sql/pglite, the embedded database names the package to install', () => oneLine(found.embedded, '@electric-sql/pglite'));
  await check('without pg, PostgreSQL names the package to install', () => oneLine(found.postgres, 'pg'));
  await check('without @electric-sql/pglite, portal-announcements-server exits and names the package', () => {
    assert(found.command !== 'started' && found.command.status === 1, `it ${JSON.stringify(found.command)}`);
    return oneLine(found.command.lastLine, '@electric-sql/pglite');
  });

  await check(`with @electric-sql/pglite, ${NAME}/server stores a staff member's announcement and a client reads it back`, () => {
    const folder = portalFolder(tarball, ['@electric-sql/pglite']);
    portals.push(folder);
    const outcome = withPglite(folder);
    assert(outcome.kind === 'embedded', `database ${outcome.kind}`);
    assert(outcome.created === 201, `POST by staff answered ${outcome.created}`);
    assert(outcome.clientWrite[0] === 403 && /^application\/problem\+json/.test(outcome.clientWrite[1] ?? ''), `POST by a client answered ${outcome.clientWrite.join(' ')}`);
    assert(outcome.readBack[0] === 200 && outcome.readBack[1] === 'Office closed on Friday' && outcome.listed, `read back ${JSON.stringify(outcome.readBack)}, listed: ${outcome.listed}`);
    return 'POST 201, client POST 403 problem+json, GET by id and in the list';
  });
}
