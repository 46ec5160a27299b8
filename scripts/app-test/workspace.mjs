// One fresh app on disk: written into its own folder, installed with npm from the registry
// (the packed tarball included), built with Vite, and weighed as a browser receives it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Writes `app`'s files and a package.json that depends on the tarball; returns the folder. */
export function createApp(app, parent, tarball) {
  const folder = join(parent, app.name);
  for (const [path, content] of Object.entries(app.files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  const manifest = {
    name: app.name,
    private: true,
    type: 'module',
    scripts: { build: 'vite build' },
    dependencies: { 'portal-announcements': `file:${tarball}`, ...app.dependencies() },
  };
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return folder;
}

/** `npm install` in the app's folder, from the local cache where it can. */
export function installApp(folder) {
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Every copy of `name` npm put in the app's node_modules, at any depth, with its version. */
export function installedCopies(folder, name) {
  const copies = [];
  const visit = (modules) => {
    if (!existsSync(modules)) return;
    const manifest = join(modules, name, 'package.json');
    if (existsSync(manifest)) copies.push({ path: join(modules, name), version: JSON.parse(readFileSync(manifest, 'utf8')).version });
    for (const entry of readdirSync(modules)) {
      const scoped = entry.startsWith('@') ? readdirSync(join(modules, entry)).map((inner) => join(entry, inner)) : [entry];
      for (const packageName of scoped) visit(join(modules, packageName, 'node_modules'));
    }
  };
  visit(join(folder, 'node_modules'));
  return copies;
}

/** `vite build` into the app's dist/; returns the folder to serve. */
export function buildApp(folder) {
  execFileSync(join(folder, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
  return join(folder, 'dist');
}

/**
 * The built app's JavaScript, gzipped: what the page loads at once (the scripts and module
 * preloads index.html names) and what it loads later with import().
 */
export function appWeight(distFolder) {
  const html = readFileSync(join(distFolder, 'index.html'), 'utf8');
  const initialFiles = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map(([, path]) => path));
  let initial = 0;
  let lazy = 0;
  const assets = join(distFolder, 'assets');
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    const gzipped = gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
    if (initialFiles.has(`assets/${file}`)) initial += gzipped;
    else lazy += gzipped;
  }
  return { initial, lazy };
}
