// Tests the package as a portal receives it from the registry: packs a fresh copy of the
// repository with `npm pack` (whose `prepack` builds it), installs the tarball into a scratch
// node_modules, and then, for every subpath of `exports`, bundles
// `import * as m from 'portal-announcements/<subpath>'` (and a bare `import '…'`) with esbuild
// and loads it in headless Chromium. Checks what a user would notice: the files are shipped
// with their types and licence, the declared exports exist at run time, the elements are
// defined and render, the adapters and React wrappers work, the types compile, nothing logs
// an error, a bare import is not tree-shaken away, and the banner (plain or React) neither
// drags in the sidebar, the rich-text renderer or the editor nor weighs more than it should.
// The server entry runs in Node, in a portal's folder without database drivers (each service
// and the command line must name the package to install) and with PGlite (a staff write and
// a client read over HTTP); no browser entry may reach it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import puppeteer from 'puppeteer-core';
import { outputName, PUBLIC_ENTRIES } from './entries.mjs';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './find-browsers.mjs';
import { bundleWeight, REACT_BANNER_ALLOWANCE, REACT_PACKAGES } from './portal-bundle.mjs';
import { bundleEntry, pageHtml, runInBrowser, serve } from './package-test/browser.mjs';
import { importGraph } from './package-test/import-graph.mjs';
import { exportTargets, importedPackages, install, installDependencies, installed, pack } from './package-test/install.mjs';
import { licenseProblems, pinnedDependencies, reactForcedOnEveryone, sideEffectsProblems } from './package-test/manifest.mjs';
import { NAME } from './package-test/package.mjs';
import { assert, check, counts, list, report } from './package-test/report.mjs';
import { SERVER_SUBPATH, serverEntryChecks } from './package-test/server.mjs';
import { typesCheck } from './package-test/types.mjs';

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
  './react': { tags: ALL_TAGS, exercise: ['react-banner', 'react-sidebar', 'react-list', 'react-editor'] },
  './react/banner': { tags: ['announcement-banner'], exercise: ['react-banner'] },
  './react/sidebar': { tags: ['announcement-sidebar'], exercise: ['react-sidebar'] },
  './react/list': { tags: ['announcement-list'], exercise: ['react-list'] },
  './react/editor': { tags: ['announcement-editor'], exercise: ['react-editor'] },
  './bundle': { tags: ALL_TAGS, exercise: ['banner-configured', 'sidebar', 'list', 'editor', 'local', 'memory', 'rest'] },
};

/** Packages a React or Node portal installs itself; linked (with their dependencies) when the repository has them. */
const CONSUMER_PACKAGES = ['react-dom', '@types/react', '@types/node'];

/** The banner's entries: what every portal page loads, plain or in React. */
const BANNER_FILES = ['dist/entries/banner.js', 'dist/react/banner.js'];

/** Reached from the banner's static imports, any of these would load on every portal page. */
const BANNER_MUST_NOT_REACH = [
  { what: 'the sidebar', test: (id) => /(^|\/)announcement-sidebar\/announcement-sidebar\.js$/.test(id) },
  { what: 'marked', test: (id) => id === 'marked' || id.startsWith('marked/') },
  { what: 'dompurify', test: (id) => id === 'dompurify' || id.startsWith('dompurify/') },
  { what: 'the Markdown renderer', test: (id) => /(^|\/)markdown-renderer\.js$/.test(id) },
  { what: 'the HTML renderer', test: (id) => /(^|\/)html-renderer\.js$/.test(id) },
  { what: 'the editor', test: (id) => id.includes('/announcement-editor/') || /(^|\/)entries\/editor\.js$/.test(id) },
];

// ---------------------------------------------------------------------------------------------

/**
 * Walks a banner entry's imports in the packed files: nothing of BANNER_MUST_NOT_REACH may be
 * reached statically, while the sidebar and the renderer must still be found behind import().
 */
async function bannerGraphCheck(packageDir, bannerFile) {
  const { staticGraph, fullGraph } = await importGraph(packageDir, bannerFile);
  const reached = [];
  for (const rule of BANNER_MUST_NOT_REACH) {
    // The walk is breadth-first, so the first hit has the shortest chain.
    const hit = [...staticGraph].find(([id]) => rule.test(id));
    if (hit) reached.push(`${rule.what} via ${hit[1].join(' -> ')}`);
  }
  assert(reached.length === 0, reached.join('; '));
  // The walk must be able to see them at all: behind import() they are still there.
  const lazily = BANNER_MUST_NOT_REACH.filter((rule) => [...fullGraph.keys()].some((id) => rule.test(id))).map((rule) => rule.what);
  for (const needed of ['the sidebar', 'the Markdown renderer']) {
    assert(lazily.includes(needed), `the walk did not find ${needed} even through import(): the check itself is broken`);
  }
  const packages = [...staticGraph.keys()].filter((id) => !id.startsWith('dist/'));
  return `${staticGraph.size - packages.length} modules, packages ${list(packages)}; behind import(): ${list(lazily)}`;
}

async function main() {
  const executablePath = findChromium();
  const scratch = mkdtempSync(join(tmpdir(), 'portal-announcements-package-'));
  let browser;
  let served;
  try {
    // 1. Pack and install.
    let packed;
    const packedOk = await check('npm pack of a fresh, unbuilt copy runs the build', () => {
      packed = pack(scratch);
      const built = packed.files.filter((file) => file.startsWith('dist/'));
      assert(built.length > 0, `the tarball holds only ${list(packed.files)}: packing does not build (add a "prepack" script)`);
      return `${relative(scratch, packed.tarball)}, ${packed.files.length} files (${built.length} in dist/), ${(packed.size / 1024).toFixed(1)} KB`;
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
        assert(!targets.default?.endsWith('.js') || targets.types, 'a JavaScript export without "types"');
        return list(Object.values(targets));
      });
    }
    await check('LICENSE is shipped and is the licence package.json names', () => {
      const problems = licenseProblems(manifest, packageDir, packed.files);
      assert(problems.length === 0, list(problems));
      return manifest.license;
    });
    await check('every "sideEffects" pattern matches shipped files', () => {
      const problems = sideEffectsProblems(manifest, packed.files);
      assert(problems.length === 0, list(problems));
      return list(manifest.sideEffects ?? []);
    });
    await check('runtime dependencies are ranges, so a portal shares its own copy', () => {
      const pinned = pinnedDependencies(manifest);
      assert(pinned.length === 0, `pinned exactly: ${list(pinned)}`);
      return list(Object.entries(manifest.dependencies ?? {}).map(([name, range]) => `${name}@${range}`));
    });
    await check("a portal without React installs none of React's packages", () => {
      const forced = reactForcedOnEveryone(manifest);
      assert(forced.length === 0, `installed for every portal: ${list(forced)}`);
      return `optional peers: ${list(Object.keys(manifest.peerDependencies ?? {}))}`;
    });
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
    const browserTyped = typed.map(([subpath]) => subpath).filter((subpath) => subpath !== SERVER_SUBPATH);
    await check('a TypeScript consumer of every typed browser subpath compiles', () => {
      const { diagnostics, valueExports } = typesCheck(scratch, browserTyped);
      declaredValues = valueExports;
      assert(diagnostics.length === 0, `${diagnostics.length} error(s): ${diagnostics.slice(0, 5).join(' | ')}`);
      return `strict, moduleResolution "bundler", skipLibCheck off${consumerPackages.includes('@types/react') ? ', with @types/react' : ''}`;
    });
    await check(`a TypeScript consumer of "${SERVER_SUBPATH}" compiles with @types/node`, () => {
      assert(consumerPackages.includes('@types/node'), "@types/node is not in the repository's node_modules");
      const { diagnostics, valueExports } = typesCheck(scratch, [SERVER_SUBPATH], { types: ['node'] });
      declaredValues[SERVER_SUBPATH] = valueExports[SERVER_SUBPATH];
      assert(diagnostics.length === 0, `${diagnostics.length} error(s): ${diagnostics.slice(0, 5).join(' | ')}`);
      return list(valueExports[SERVER_SUBPATH] ?? []);
    });

    // 5. The banner's static import graph, plain and in React, and the React banner's weight.
    for (const bannerFile of BANNER_FILES) {
      await check(`${bannerFile}: static imports reach neither the sidebar, the rich-text renderer nor the editor`, () => bannerGraphCheck(packageDir, bannerFile));
    }
    await check('a React page with only the banner weighs at most the banner entry plus 1.5 KB', async () => {
      const banner = await bundleWeight(`export * from '${NAME}/banner';`, { resolveDir: scratch });
      const reactBanner = await bundleWeight(`export * from '${NAME}/react/banner';`, { resolveDir: scratch, external: REACT_PACKAGES });
      const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
      const summary = `${kb(reactBanner.gzipped)} against ${kb(banner.gzipped)} for ${NAME}/banner (min + gzip, React itself not counted)`;
      assert(reactBanner.gzipped <= banner.gzipped + REACT_BANNER_ALLOWANCE, summary);
      return summary;
    });
    // 6. The server entry: Node only, out of every browser entry, clear about missing drivers.
    await serverEntryChecks({ scratch, tarball: packed.tarball, packageDir, manifest, declaredValues }, { check, assert, list });

    // 7. Every JavaScript subpath, bundled and loaded in Chromium.
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
      const withReact = subpath === './react' || subpath.startsWith('./react/');
      let url;
      const bundled = await check(`"${specifier}" bundles with esbuild`, async () => {
        url = await bundleEntry(scratch, name, specifier, { withReact });
      });
      if (bundled) pages.push({ subpath, specifier, url, expectation });
      // `import '<specifier>';` alone must still define its elements: a bundler drops such an
      // import when `sideEffects` leaves the file out.
      const bareSpecifier = `import '${specifier}'`;
      const bareBundled = await check(`"${bareSpecifier}" bundles with esbuild`, async () => {
        url = await bundleEntry(scratch, `${name}-bare`, specifier, { withReact, bare: true });
      });
      if (bareBundled) pages.push({ subpath, specifier: bareSpecifier, url, expectation: { tags: expectation.tags, exercise: [] }, bare: true });
    }
    // The single-file build is also meant for a plain <script type="module">, without a bundler.
    if (manifest.exports['./bundle']) {
      const folder = join(scratch, 'site', 'bundle-script');
      mkdirSync(folder, { recursive: true });
      const file = `/node_modules/${NAME}/${exportTargets(manifest.exports['./bundle']).default.replace(/^\.\//, '')}`;
      writeFileSync(join(folder, 'index.html'), pageHtml(`<script type="module">import * as entry from '${file}'; window.packageEntry = entry;</script>`));
      pages.push({ subpath: './bundle', specifier: `${file} in a <script type="module">`, url: '/site/bundle-script/index.html', expectation: ENTRY_EXPECTATIONS['./bundle'] });
    }
    for (const { subpath, specifier, url, expectation, bare } of pages) {
      let outcome;
      const loaded = await check(`"${specifier}" loads in Chromium`, async () => {
        outcome = await runInBrowser(browser, `${served.origin}${url}`, expectation, ELEMENTS);
      });
      if (!loaded) continue;
      for (const result of outcome.results) report(result.ok, `"${specifier}" ${result.name}`, result.detail);
      const expected = declaredValues[subpath];
      if (expected && !bare) {
        await check(`"${specifier}" exports at run time what its types declare`, () => {
          const missing = expected.filter((name) => !outcome.exportNames.includes(name));
          const undeclared = outcome.exportNames.filter((name) => !expected.includes(name));
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
const { passed, failed } = counts();
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
