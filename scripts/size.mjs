// Prints what each public entry weighs the way a portal receives it (minified + gzipped, Lit
// included) and without Lit, and fails when an entry is over its budget. Code behind a
// dynamic import() is not counted against the entry: it only loads when needed.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PORTAL_BUNDLE } from './portal-bundle.mjs';

/** Budgets in gzipped bytes, Lit included. Each entry is what one kind of page imports. */
const BUDGETS = [
  { name: 'banner + state + LocalAdapter', imports: ['banner', 'adapters/local'], budget: 10_240 },
  { name: 'banner + RestAdapter', imports: ['banner', 'adapters/rest'], budget: 12_288 },
  { name: 'sidebar + list + rich-text renderer', imports: ['sidebar', 'list'], lazy: true, budget: 35_840 },
  { name: 'editor (with its preview renderer)', imports: ['editor'], lazy: true, budget: 51_200 },
];
const REPORT_ONLY = [
  { name: 'everything (.)', imports: ['.'] },
  { name: 'MemoryAdapter', imports: ['adapters/memory'] },
  { name: 'Markdown renderer (lazy chunk)', file: 'src/internal/rich-text/markdown-renderer.ts' },
  { name: 'legacy HTML sanitizer (lazy chunk)', file: 'src/internal/rich-text/html-renderer.ts' },
  { name: 'excerpt (in the banner)', file: 'src/internal/rich-text/excerpt.ts' },
];

const ENTRY_FILES = {
  '.': 'src/index.ts',
  banner: 'src/entries/banner.ts',
  sidebar: 'src/entries/sidebar.ts',
  list: 'src/entries/list.ts',
  editor: 'src/entries/editor.ts',
  'adapters/local': 'src/entries/adapters-local.ts',
  'adapters/rest': 'src/entries/adapters-rest.ts',
  'adapters/memory': 'src/entries/adapters-memory.ts',
};

const root = resolve(import.meta.dirname, '..');

/**
 * Bundles `source` with code splitting and returns the gzipped size of the entry chunk plus
 * every chunk it imports statically; with `lazy`, dynamically imported chunks count too.
 */
async function measure(source, { external = [], lazy = false } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'size-'));
  try {
    const result = await build({
      stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: 'measure-entry.ts' },
      ...PORTAL_BUNDLE,
      outdir,
      metafile: true,
      write: true,
      external,
      logLevel: 'error',
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint);
    const counted = new Set();
    const visit = (path) => {
      if (counted.has(path)) return;
      counted.add(path);
      for (const imported of outputs[path].imports) {
        if (imported.external) continue;
        // The legacy-HTML sanitizer loads only for `body-format="html"`; it is reported on its own.
        const lazyCounted = lazy && imported.kind === 'dynamic-import' && !/html-renderer/.test(imported.path);
        if (imported.kind === 'import-statement' || lazyCounted) visit(imported.path);
      }
    };
    visit(entry);
    let gzipped = 0;
    const modules = new Map();
    for (const path of counted) {
      gzipped += gzipSync(readFileSync(resolve(root, path)), { level: 9 }).length;
      for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
        modules.set(input, (modules.get(input) ?? 0) + bytesInOutput);
      }
    }
    return { gzipped, modules };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const sourceFor = (target) =>
  target.file
    ? `export * from ${JSON.stringify(`./${target.file}`)};`
    : target.imports.map((name) => `export * from ${JSON.stringify(`./${ENTRY_FILES[name]}`)};`).join('\n');

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const LIT = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*'];

let failed = false;
const rows = [];
/** Entries over budget, with the minified bytes each module adds to them. */
const overBudget = [];
for (const target of [...BUDGETS, ...REPORT_ONLY]) {
  const source = sourceFor(target);
  const { gzipped: withLit, modules } = await measure(source, { lazy: target.lazy });
  const { gzipped: withoutLit } = await measure(source, { lazy: target.lazy, external: LIT });
  const over = target.budget !== undefined && withLit > target.budget;
  failed ||= over;
  if (over) overBudget.push({ name: target.name, modules });
  rows.push([
    target.name,
    kb(withLit),
    kb(withoutLit),
    target.budget === undefined ? '-' : `${kb(target.budget)} ${over ? 'OVER' : 'ok'}`,
  ]);
}
const { gzipped: litAlone } = await measure(`export * from 'lit'; export * from 'lit/decorators.js';`);
rows.push(['Lit with decorators (baseline)', kb(litAlone), '-', '-']);

const header = ['entry (min + gzip)', 'with Lit', 'without Lit', 'budget'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
for (const { name, modules } of overBudget) {
  // Minified bytes before compression: they show where to cut, the gzipped total is the verdict.
  const largest = [...modules].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.log(`\nLargest modules in "${name}" (minified bytes, before gzip):`);
  for (const [module, bytes] of largest) console.log(`  ${String(bytes).padStart(6)}  ${module}`);
}
if (failed) {
  console.error('\nAn entry is over its size budget.');
  process.exit(1);
}
