// Tests the package as a portal receives it from the registry: packs it with `npm pack`,
// installs the tarball into a scratch node_modules, and then, for every subpath of `exports`,
// bundles `import * as m from 'portal-announcements/<subpath>'` with esbuild and loads it in
// headless Chromium. Checks what a user would notice: the files are shipped, the declared
// exports exist at run time, the elements are defined and render, the adapters work, the
// types compile, nothing logs an error, and the banner does not drag in the rich-text
// renderer or the editor. Run it after `npm run build`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import ts from 'typescript';
import { outputName, PUBLIC_ENTRIES } from './entries.mjs';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './find-browsers.mjs';

const root = resolve(import.meta.dirname, '..');
const NAME = 'portal-announcements';

/** The public elements and the classes that define them. */
const ELEMENTS = {
  'announcement-banner': 'AnnouncementBanner',
  'announcement-sidebar': 'AnnouncementSidebar',
  'announcement-list': 'AnnouncementList',
  'announcement-editor': 'AnnouncementEditor',
};
const ALL_TAGS = Object.keys(ELEMENTS);

/**
 * What each JavaScript subpath must provide: the elements it defines (`[]`: it must define
 * none, as an adapter import must not pull in element code) and what to try in the browser.
 */
const ENTRY_EXPECTATIONS = {
  '.': { tags: ALL_TAGS, exercise: ['banner-configured', 'local', 'memory', 'rest'] },
  './banner': { tags: ['announcement-banner'], exercise: ['banner'] },
  './sidebar': { tags: ['announcement-sidebar'], exercise: ['sidebar'] },
  './list': { tags: ['announcement-list'], exercise: ['list'] },
  './editor': { tags: ['announcement-editor'], exercise: ['editor'] },
  './adapters/local': { tags: [], exercise: ['local'] },
  './adapters/rest': { tags: [], exercise: ['rest'] },
  './adapters/memory': { tags: [], exercise: ['memory'] },
  './react': { tags: ALL_TAGS, exercise: ['react'] },
  './bundle': { tags: ALL_TAGS, exercise: ['banner-configured', 'sidebar', 'list', 'editor', 'local', 'memory', 'rest'] },
};

/** Packages a React portal installs itself; linked (with their dependencies) when the repository has them. */
const CONSUMER_PACKAGES = ['react-dom', '@types/react'];

/** Reached from the banner's static imports, any of these would load on every portal page. */
const BANNER_MUST_NOT_REACH = [
  { what: 'marked', test: (id) => id === 'marked' || id.startsWith('marked/') },
  { what: 'dompurify', test: (id) => id === 'dompurify' || id.startsWith('dompurify/') },
  { what: 'the Markdown renderer', test: (id) => /(^|\/)markdown-renderer\.js$/.test(id) },
  { what: 'the HTML renderer', test: (id) => /(^|\/)html-renderer\.js$/.test(id) },
  { what: 'the editor', test: (id) => id.includes('/announcement-editor/') || /(^|\/)entries\/editor\.js$/.test(id) },
];

// ---------------------------------------------------------------------------------------------
// Reporting: one line per check, a summary at the end.

let passed = 0;
let failed = 0;

function report(ok, name, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}

/** Runs one check; it passes unless it throws. Whatever it returns is printed as detail. */
async function check(name, run) {
  try {
    report(true, name, (await run()) ?? '');
    return true;
  } catch (error) {
    report(false, name, error instanceof Error ? error.message : String(error));
    return false;
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const list = (items) => (items.length ? items.join(', ') : 'none');

// ---------------------------------------------------------------------------------------------
// Packing and installing.

function pack(destination) {
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(output.slice(output.indexOf('[')));
  return { tarball: join(destination, info.filename), files: info.files.map((file) => file.path), size: info.size };
}

function install(tarball, scratch) {
  const unpacked = join(scratch, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const packageDir = join(scratch, 'node_modules', NAME);
  mkdirSync(dirname(packageDir), { recursive: true });
  renameSync(join(unpacked, 'package'), packageDir);
  return packageDir;
}

/** The repository's installed copy of a package, or undefined. */
function installed(name) {
  const path = join(root, 'node_modules', name);
  return existsSync(join(path, 'package.json')) ? path : undefined;
}

/**
 * What `npm install portal-announcements` puts next to it: the declared dependencies and,
 * hoisted, everything they depend on. Each is linked to the repository's copy.
 */
function installDependencies(scratch, names) {
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

/** `lit/decorators.js` -> `lit`, `@lit/react` -> `@lit/react`; undefined for relative paths. */
function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Bare specifiers in the shipped .js and .d.ts files, with the files that use each package. */
function importedPackages(packageDir, files) {
  const users = new Map();
  for (const file of files.filter((path) => /\.(js|d\.ts)$/.test(path))) {
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
function exportTargets(value) {
  if (typeof value === 'string') return { default: value };
  return Object.fromEntries(Object.entries(value).filter(([, target]) => typeof target === 'string'));
}

// ---------------------------------------------------------------------------------------------
// Types: compile a consumer of every typed subpath, and read the value exports each declares.

function typesCheck(scratch, typedSubpaths) {
  const consumer = join(scratch, 'consumer.ts');
  const specifier = (subpath) => (subpath === '.' ? NAME : `${NAME}/${subpath.slice(2)}`);
  writeFileSync(
    consumer,
    typedSubpaths.map((subpath, index) => `import * as entry${index} from '${specifier(subpath)}';\nexport { entry${index} };\n`).join(''),
  );
  const program = ts.createProgram([consumer], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    skipLibCheck: false,
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    if (!diagnostic.file) return text;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    return `${relative(scratch, diagnostic.file.fileName)}:${line + 1}: ${text}`;
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(consumer);
  const valueExports = {};
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const subpath = typedSubpaths[Number(statement.importClause.namedBindings.name.text.slice('entry'.length))];
    const moduleSymbol = checker.getSymbolAtLocation(statement.moduleSpecifier);
    valueExports[subpath] = moduleSymbol ? checker.getExportsOfModule(moduleSymbol).filter((symbol) => isValueExport(checker, symbol)).map((symbol) => symbol.name).sort() : undefined;
  }
  return { diagnostics, valueExports };
}

/** A value a JavaScript import can receive: not a type, not exported with `export type`. */
function isValueExport(checker, symbol) {
  let current = symbol;
  const seen = new Set();
  while (current.flags & ts.SymbolFlags.Alias && !seen.has(current)) {
    seen.add(current);
    if (current.declarations?.some((declaration) => ts.isTypeOnlyImportOrExportDeclaration(declaration))) return false;
    const next = checker.getImmediateAliasedSymbol(current);
    if (!next) break;
    current = next;
  }
  return (current.flags & ts.SymbolFlags.Value) !== 0;
}

// ---------------------------------------------------------------------------------------------
// The banner's static import graph, as esbuild sees it in the packed files.

async function importGraph(packageDir, entry) {
  const result = await build({
    absWorkingDir: packageDir,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'graph-out',
    write: false,
    metafile: true,
    packages: 'external',
    logLevel: 'silent',
  });
  const { inputs } = result.metafile;
  /** Walks from `entry`; returns each reached id with the chain of imports that led there. */
  const walk = (followDynamic) => {
    const chains = new Map([[entry, [entry]]]);
    const queue = [entry];
    while (queue.length) {
      const id = queue.shift();
      for (const imported of inputs[id]?.imports ?? []) {
        const isStatic = imported.kind === 'import-statement' || imported.kind === 'require-call';
        if (!isStatic && !(followDynamic && imported.kind === 'dynamic-import')) continue;
        if (chains.has(imported.path)) continue;
        chains.set(imported.path, [...chains.get(id), imported.path]);
        if (!imported.external) queue.push(imported.path);
      }
    }
    return chains;
  };
  return { staticGraph: walk(false), fullGraph: walk(true) };
}

// ---------------------------------------------------------------------------------------------
// The browser side. These functions run in the page: they may only use their arguments and
// what the page defines.

/** Installed before any page script: helpers the checks share. */
function pageHelpers() {
  const stamp = new Date(Date.now() - 60_000).toISOString();
  window.packageTest = {
    record: (index) => ({
      id: `packed-${index}`,
      title: `Packed announcement ${index}`,
      body: `The **packed** package works (${index}).`,
      severity: 'info',
      publishAt: null,
      expiresAt: null,
      createdAt: stamp,
      updatedAt: stamp,
      revisedAt: stamp,
      version: `v${index}`,
    }),
    /** An adapter written by a portal: a plain object, optionally with the write methods. */
    adapter(records, writable = false) {
      const data = records.map((record) => ({ ...record }));
      const reader = { list: async () => data.map((record) => ({ ...record })) };
      if (!writable) return reader;
      return {
        ...reader,
        create: async () => Promise.reject(new Error('not used')),
        update: async () => Promise.reject(new Error('not used')),
        remove: async () => Promise.reject(new Error('not used')),
      };
    },
    /** Polls until `test()` is truthy; fails after a few seconds saying what it waited for. */
    async until(what, test, timeoutMs = 8000) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const value = test();
        if (value) return value;
        if (performance.now() > deadline) throw new Error(`gave up waiting for ${what}`);
        await new Promise((done) => setTimeout(done, 20));
      }
    },
  };
}

/** Tries what a portal would do with the entry. Returns one result per step. */
async function exerciseEntry({ steps, tags, allTags, classNames }) {
  const m = window.packageEntry;
  const t = window.packageTest;
  const results = [];
  const step = async (name, run) => {
    try {
      results.push({ name, ok: true, detail: (await run()) ?? '' });
    } catch (error) {
      results.push({ name, ok: false, detail: error instanceof Error ? error.message : String(error) });
    }
  };
  const fail = (message) => {
    throw new Error(message);
  };
  const identity = (element) => {
    element.user = 'package-test';
    element.session = crypto.randomUUID();
    return element;
  };

  await step(tags.length ? `defines <${tags.join('>, <')}>` : 'defines no element', () => {
    for (const tag of tags) {
      const definition = customElements.get(tag);
      if (!definition) fail(`<${tag}> is not defined`);
      if (!(definition.prototype instanceof HTMLElement)) fail(`<${tag}> is not an HTMLElement`);
      const exported = m[classNames[tag]];
      if (exported && exported !== definition) fail(`${classNames[tag]} is not the class registered for <${tag}>`);
    }
    const extra = allTags.filter((tag) => !tags.includes(tag) && customElements.get(tag));
    if (tags.length === 0 && extra.length) fail(`defines <${extra.join('>, <')}>`);
    return extra.length ? `also defines <${extra.join('>, <')}>` : '';
  });

  const exercises = {
    banner: async () => {
      const record = t.record(1);
      const banner = identity(document.createElement('announcement-banner'));
      banner.adapter = t.adapter([record]);
      document.body.append(banner);
      await t.until('the banner to show the announcement', () => banner.shadowRoot?.querySelector('[part="base"]')?.textContent.includes(record.title));
      banner.remove();
      return 'shows an announcement from a plain adapter';
    },
    'banner-configured': async () => {
      const record = t.record(2);
      m.configureAnnouncements({ adapter: new m.MemoryAdapter([record]), user: 'package-test', session: crypto.randomUUID() });
      const banner = document.createElement('announcement-banner');
      document.body.append(banner);
      await t.until('the banner to show the announcement', () => banner.shadowRoot?.querySelector('[part="base"]')?.textContent.includes(record.title));
      banner.remove();
      return 'configureAnnouncements + MemoryAdapter + <announcement-banner> shows it';
    },
    sidebar: async () => {
      const record = t.record(3);
      const sidebar = identity(document.createElement('announcement-sidebar'));
      sidebar.adapter = t.adapter([record]);
      document.body.append(sidebar);
      await sidebar.show(record.id);
      const root = sidebar.shadowRoot;
      if (!sidebar.open || !root.querySelector('dialog')?.open) fail('show() did not open the dialog');
      await t.until('the Markdown description (rich-text renderer, loaded lazily)', () => root.querySelector('[part="description"] strong')?.textContent === 'packed');
      sidebar.hide();
      if (sidebar.open) fail('hide() did not close it');
      sidebar.remove();
      return 'show() opens it with the Markdown rendered, hide() closes it';
    },
    list: async () => {
      const list = identity(document.createElement('announcement-list'));
      list.adapter = t.adapter([t.record(4), t.record(5)]);
      document.body.append(list);
      await t.until('two list items', () => list.shadowRoot?.querySelectorAll('[part="item"]').length === 2);
      list.remove();
      return 'lists two announcements from a plain adapter';
    },
    editor: async () => {
      const record = t.record(6);
      const editor = document.createElement('announcement-editor');
      editor.adapter = t.adapter([record], true);
      document.body.append(editor);
      await t.until("the editor's row", () =>
        Array.from(editor.shadowRoot?.querySelectorAll('[part="row-title"]') ?? []).some((title) => title.textContent.includes(record.title)),
      );
      editor.remove();
      return 'lists an announcement from a writable plain adapter';
    },
    local: async () => {
      const adapter = new m.LocalAdapter({ name: `package-test-${crypto.randomUUID()}` });
      const created = await adapter.create({ title: 'Stored by the packed package', body: 'Hello', severity: 'warning' });
      const listed = await adapter.list();
      if (!listed.some((announcement) => announcement.id === created.id)) fail('list() does not return what create() stored');
      return 'new LocalAdapter(): create() then list() round-trips through IndexedDB';
    },
    memory: async () => {
      const adapter = new m.MemoryAdapter([t.record(7)]);
      const updated = await adapter.update('packed-7', { title: 'Renamed' });
      const listed = await adapter.list();
      if (listed.length !== 1 || listed[0].title !== 'Renamed' || updated.title !== 'Renamed') fail('update() was not applied');
      return 'new MemoryAdapter([record]): update() then list()';
    },
    rest: async () => {
      const requests = [];
      const adapter = new m.RestAdapter({
        baseUrl: '/api/announcements',
        cache: false,
        live: 'none',
        retry: false,
        fetch: async (input) => {
          requests.push(String(input instanceof Request ? input.url : input));
          return new Response(JSON.stringify([t.record(8)]), { status: 200, headers: { 'content-type': 'application/json' } });
        },
      });
      const listed = await adapter.list();
      if (listed.length !== 1 || listed[0].id !== 'packed-8') fail(`list() returned ${JSON.stringify(listed)}`);
      if (!requests.some((url) => url.endsWith('/api/announcements'))) fail(`asked ${requests.join(', ') || 'nothing'}`);
      return 'new RestAdapter({ baseUrl, fetch }): list() reads the answer';
    },
    react: async () => {
      const { React, createRoot } = window.reactTools;
      const host = document.createElement('div');
      document.body.append(host);
      const root = createRoot(host);
      root.render(
        React.createElement(m.AnnouncementListComponent, {
          adapter: t.adapter([t.record(9)]),
          user: 'package-test',
          session: crypto.randomUUID(),
        }),
      );
      await t.until('the React-rendered list to show its item', () => host.querySelector('announcement-list')?.shadowRoot?.querySelectorAll('[part="item"]').length === 1);
      root.unmount();
      host.remove();
      for (const name of ['AnnouncementBannerComponent', 'AnnouncementSidebarComponent', 'AnnouncementListComponent', 'AnnouncementEditorComponent']) {
        if (!React.isValidElement(React.createElement(m[name]))) fail(`${name} is not a React component`);
      }
      return '<AnnouncementListComponent adapter={…}> renders its item with react-dom';
    },
  };
  for (const name of steps) await step(`works: ${name}`, exercises[name]);
  return { results, exportNames: Object.keys(m).sort() };
}

// ---------------------------------------------------------------------------------------------

function serve(directory) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = resolve(directory, `.${path}`);
    const allowed = file.startsWith(join(directory, 'site') + sep) || file.startsWith(join(directory, 'node_modules', NAME) + sep);
    if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

/** Bundles `import * as m from '<specifier>'` like a portal's build would, into site/<name>/. */
async function bundleEntry(scratch, name, specifier, withReact) {
  const folder = join(scratch, 'site', name);
  mkdirSync(folder, { recursive: true });
  const entryFile = join(scratch, `${name}.entry.js`);
  writeFileSync(
    entryFile,
    [
      `import * as entry from '${specifier}';`,
      ...(withReact ? [`import * as React from 'react';`, `import { createRoot } from 'react-dom/client';`, 'window.reactTools = { React, createRoot };'] : []),
      'window.packageEntry = entry;',
      '',
    ].join('\n'),
  );
  await build({
    absWorkingDir: scratch,
    entryPoints: { main: entryFile },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    outdir: folder,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  writeFileSync(join(folder, 'index.html'), pageHtml('<script type="module" src="./main.js"></script>'));
  return `/site/${name}/index.html`;
}

const pageHtml = (script) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>package test</title>${script}</head>\n<body></body>\n</html>\n`;

/** Loads a page and exercises its entry; returns the page's results plus what went wrong on it. */
async function runInBrowser(browser, url, expectation) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.evaluateOnNewDocument(pageHelpers);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.packageEntry !== undefined, { timeout: 10_000 });
    const outcome = await page.evaluate(exerciseEntry, {
      steps: expectation.exercise,
      tags: expectation.tags,
      allTags: ALL_TAGS,
      classNames: ELEMENTS,
    });
    return { ...outcome, problems };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(join(root, 'dist/entries/banner.js'))) {
    report(false, 'dist/ is built', 'run `npm run build` first');
    return;
  }
  const executablePath = findChromium();
  const scratch = mkdtempSync(join(tmpdir(), 'portal-announcements-package-'));
  let browser;
  let served;
  try {
    // 1. Pack and install.
    let packed;
    const packedOk = await check('npm pack', () => {
      packed = pack(scratch);
      return `${relative(scratch, packed.tarball)}, ${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} KB`;
    });
    if (!packedOk) return;
    const packageDir = install(packed.tarball, scratch);
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    const shipped = (path) => existsSync(join(packageDir, path)) && statSync(join(packageDir, path)).isFile();

    // 2. The files the manifest points to are in the tarball.
    for (const field of ['main', 'module', 'types']) {
      if (!manifest[field]) continue;
      await check(`"${field}" is shipped`, () => {
        assert(shipped(manifest[field]), `${manifest[field]} is not in the tarball`);
        return manifest[field];
      });
    }
    for (const [subpath, value] of Object.entries(manifest.exports)) {
      const targets = exportTargets(value);
      const missing = Object.values(targets).filter((target) => !shipped(target));
      await check(`exports["${subpath}"] is shipped`, () => {
        assert(missing.length === 0, `missing ${list(missing)}; check "files"`);
        return list(Object.values(targets));
      });
    }
    await check('every public entry of scripts/entries.mjs is exported', () => {
      const wrong = Object.entries(PUBLIC_ENTRIES)
        .filter(([subpath, file]) => exportTargets(manifest.exports[subpath] ?? {}).default !== `./dist/${outputName(file)}.js`)
        .map(([subpath]) => subpath);
      assert(wrong.length === 0, `not exported as built: ${list(wrong)}`);
    });
    for (const [subpath, value] of Object.entries(manifest.exports)) {
      const target = exportTargets(value).default;
      if (!target?.endsWith('.json') || !shipped(target)) continue;
      await check(`exports["${subpath}"] is valid JSON`, () => {
        const data = JSON.parse(readFileSync(join(packageDir, target), 'utf8'));
        if (subpath === './custom-elements.json') {
          const tags = (data.modules ?? []).flatMap((module) => (module.declarations ?? []).map((declaration) => declaration.tagName)).filter(Boolean);
          const absent = ALL_TAGS.filter((tag) => !tags.includes(tag));
          assert(absent.length === 0, `the manifest lacks ${list(absent)}`);
          return `declares ${ALL_TAGS.length} public elements`;
        }
        return '';
      });
    }

    // 3. Dependencies: install what the package declares, as npm would (and what a React
    // portal has itself), and check that the shipped files import nothing undeclared.
    const declared = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
    await check('shipped files import only declared packages', () => {
      const undeclared = [...importedPackages(packageDir, packed.files)].filter(([name]) => name !== NAME && !declared.includes(name));
      assert(
        undeclared.length === 0,
        undeclared.map(([name, files]) => `"${name}" in ${list([...files])}`).join('; ') +
          ' (found only because npm hoists the dependencies of dependencies; strict installs such as Yarn Plug\'n\'Play refuse it)',
      );
      return `declared: ${list(declared)}`;
    });
    await check('declared dependencies install into the scratch node_modules', () => {
      const { linked, missing } = installDependencies(scratch, declared);
      assert(missing.length === 0, `not in the repository's node_modules: ${list(missing)}`);
      return `${linked.length} packages with their dependencies`;
    });
    const consumerPackages = CONSUMER_PACKAGES.filter((name) => installed(name));
    installDependencies(scratch, consumerPackages);

    // 4. Types: every `types` file is shipped, and a consumer of all of them compiles.
    const typed = Object.entries(manifest.exports).filter(([, value]) => exportTargets(value).types);
    for (const [subpath, value] of typed) {
      const { types } = exportTargets(value);
      await check(`types of "${subpath}" are shipped`, () => {
        assert(shipped(types), `${types} is not in the tarball`);
        return types;
      });
    }
    let declaredValues = {};
    await check('a TypeScript consumer of every typed subpath compiles', () => {
      const { diagnostics, valueExports } = typesCheck(scratch, typed.map(([subpath]) => subpath));
      declaredValues = valueExports;
      assert(diagnostics.length === 0, `${diagnostics.length} error(s): ${diagnostics.slice(0, 5).join(' | ')}`);
      return `strict, moduleResolution "bundler", skipLibCheck off${consumerPackages.includes('@types/react') ? ', with @types/react' : ''}`;
    });

    // 5. The banner's static import graph.
    await check("the banner's static imports reach neither the rich-text renderer nor the editor", async () => {
      const { staticGraph, fullGraph } = await importGraph(packageDir, 'dist/entries/banner.js');
      const reached = [];
      for (const rule of BANNER_MUST_NOT_REACH) {
        // The walk is breadth-first, so the first hit has the shortest chain.
        const hit = [...staticGraph].find(([id]) => rule.test(id));
        if (hit) reached.push(`${rule.what} via ${hit[1].join(' -> ')}`);
      }
      assert(reached.length === 0, reached.join('; '));
      // The walk must be able to see them at all: behind import() they are still there.
      const lazily = BANNER_MUST_NOT_REACH.filter((rule) => [...fullGraph.keys()].some((id) => rule.test(id))).map((rule) => rule.what);
      assert(lazily.includes('the Markdown renderer'), 'the walk did not find the renderer even through import(): the check itself is broken');
      const packages = [...staticGraph.keys()].filter((id) => !id.startsWith('dist/'));
      return `${staticGraph.size - packages.length} modules, packages ${list(packages)}; behind import(): ${list(lazily)}`;
    });

    // 6. Every JavaScript subpath, bundled and loaded in Chromium.
    if (!executablePath) {
      report(false, 'Chromium found', INSTALL_HINT);
      return;
    }
    served = await serve(scratch);
    browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    const pages = [];
    for (const [subpath, value] of Object.entries(manifest.exports)) {
      const target = exportTargets(value).default;
      if (!target?.endsWith('.js')) continue;
      const expectation = ENTRY_EXPECTATIONS[subpath];
      if (!expectation) {
        report(false, `exports["${subpath}"] is tested`, 'add it to ENTRY_EXPECTATIONS in scripts/test-package.mjs');
        continue;
      }
      const specifier = subpath === '.' ? NAME : `${NAME}/${subpath.slice(2)}`;
      const name = subpath === '.' ? 'root' : subpath.slice(2).replace(/\//g, '-');
      let url;
      const bundled = await check(`"${specifier}" bundles with esbuild`, async () => {
        url = await bundleEntry(scratch, name, specifier, subpath === './react');
      });
      if (bundled) pages.push({ subpath, specifier, url, expectation });
    }
    // The single-file build is also meant for a plain <script type="module">, without a bundler.
    if (manifest.exports['./bundle']) {
      const folder = join(scratch, 'site', 'bundle-script');
      mkdirSync(folder, { recursive: true });
      const file = `/node_modules/${NAME}/${exportTargets(manifest.exports['./bundle']).default.replace(/^\.\//, '')}`;
      writeFileSync(join(folder, 'index.html'), pageHtml(`<script type="module">import * as entry from '${file}'; window.packageEntry = entry;</script>`));
      pages.push({ subpath: './bundle', specifier: `${file} in a <script type="module">`, url: '/site/bundle-script/index.html', expectation: ENTRY_EXPECTATIONS['./bundle'] });
    }
    // `./bundle` has no types in `exports`; it must provide at least what the root declares.
    const bundleTypes = declaredValues['.'];
    for (const { subpath, specifier, url, expectation } of pages) {
      let outcome;
      const loaded = await check(`"${specifier}" loads in Chromium`, async () => {
        outcome = await runInBrowser(browser, `${served.origin}${url}`, expectation);
      });
      if (!loaded) continue;
      for (const result of outcome.results) report(result.ok, `"${specifier}" ${result.name}`, result.detail);
      const expected = subpath === './bundle' ? bundleTypes : declaredValues[subpath];
      if (expected) {
        await check(`"${specifier}" exports at run time what its types declare`, () => {
          const missing = expected.filter((name) => !outcome.exportNames.includes(name));
          const undeclared = subpath === './bundle' ? [] : outcome.exportNames.filter((name) => !expected.includes(name));
          assert(missing.length === 0, `declared but missing: ${list(missing)}`);
          assert(undeclared.length === 0, `exported but not declared: ${list(undeclared)}`);
          return `${expected.length} values`;
        });
      }
      await check(`"${specifier}" logs no errors and every request succeeds`, () => assert(outcome.problems.length === 0, outcome.problems.slice(0, 5).join('; ')));
    }
  } catch (error) {
    report(false, 'the package test ran to the end', error instanceof Error ? error.stack : String(error));
  } finally {
    await browser?.close().catch(() => undefined);
    served?.server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
