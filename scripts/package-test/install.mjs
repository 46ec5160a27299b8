// Packing and installing: packs the package, installs the tarball into a scratch
// node_modules with its dependencies, and reads what the shipped files import and export.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { NAME, root } from './package.mjs';

/**
 * Packs the repository the way a fresh clone would be packed: its files (tracked, or new and not
 * ignored) are copied into `destination`/clone without dist/ or any other build output, next to
 * the repository's node_modules, and `npm pack` runs there, so the tarball holds only what the
 * package's own `prepack` builds. Returns the tarball, its files and its size.
 */
export function pack(destination) {
  const clone = join(destination, 'clone');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(join(root, file)) && statSync(join(root, file)).isFile());
  for (const file of files) {
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    copyFileSync(join(root, file), join(clone, file));
  }
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: clone,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The build that `prepack` runs may print to stdout before npm's JSON report.
  const [info] = JSON.parse(output.slice(output.search(/^\[$/m)));
  return { tarball: join(destination, info.filename), files: info.files.map((file) => file.path), size: info.size, clone };
}

/** Unpacks the tarball into `scratch`/node_modules, as npm would; returns the package's folder. */
export function install(tarball, scratch) {
  const unpacked = join(scratch, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const packageDir = join(scratch, 'node_modules', NAME);
  mkdirSync(dirname(packageDir), { recursive: true });
  renameSync(join(unpacked, 'package'), packageDir);
  return packageDir;
}

/** The repository's installed copy of a package, or undefined. */
export function installed(name) {
  const path = join(root, 'node_modules', name);
  return existsSync(join(path, 'package.json')) ? path : undefined;
}

/**
 * What `npm install portal-announcements` puts next to it: the declared dependencies and,
 * hoisted, everything they depend on. Each is linked to the repository's copy.
 */
export function installDependencies(scratch, names) {
  const linked = new Set();
  const missing = [];
  const queue = [...names];
  while (queue.length) {
    const name = queue.shift();
    if (linked.has(name)) continue;
    const source = installed(name);
    if (!source) {
      missing.push(name);
      continue;
    }
    const target = join(scratch, 'node_modules', name);
    linked.add(name);
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(source, target, 'dir');
    const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
    queue.push(...Object.keys(manifest.dependencies ?? {}));
  }
  return { linked: [...linked], missing };
}

/** `lit/decorators.js` -> `lit`, `@lit/react` -> `@lit/react`; undefined for relative paths and Node's own modules. */
function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Bare specifiers in the shipped .js, .mjs, .d.ts and .d.mts files, with the files that use each package. */
export function importedPackages(packageDir, files) {
  const users = new Map();
  for (const file of files.filter((path) => /\.(m?js|d\.m?ts)$/.test(path))) {
    // TypeScript's own scanner: a regular expression would also match "from" inside template text.
    const { importedFiles } = ts.preProcessFile(readFileSync(join(packageDir, file), 'utf8'), true, true);
    for (const { fileName: specifier } of importedFiles) {
      const name = packageOf(specifier);
      if (!name) continue;
      if (!users.has(name)) users.set(name, new Set());
      users.get(name).add(file);
    }
  }
  return users;
}

/** Every file an `exports` entry points to, by condition (`default` for a plain string). */
export function exportTargets(value) {
  if (typeof value === 'string') return { default: value };
  return Object.fromEntries(Object.entries(value).filter(([, target]) => typeof target === 'string'));
}
