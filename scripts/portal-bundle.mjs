// How a portal's own build ships the package, for the scripts that measure it (`npm run size`,
// `npm run bench`, the packed-package test): bundled, code-split (dynamic imports stay lazy
// chunks), minified, as ES modules for current browsers, with the styles minified as the
// package build ships them (scripts/minify-css.mjs). All must measure the same kind of
// bundle, so they share these options and the weighing below.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minifiedStyles } from './minify-css.mjs';
import { shippedSideEffects } from './side-effects.mjs';

const root = resolve(import.meta.dirname, '..');

/** esbuild options shared by every measured bundle; callers add their entries and output. */
export const PORTAL_BUNDLE = {
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  tsconfig: join(root, 'tsconfig.json'),
  legalComments: 'none',
  plugins: [shippedSideEffects(), minifiedStyles(root)],
};

/** Lit's packages, left out to weigh an entry without the copy of Lit the portal may already have. */
export const LIT_PACKAGES = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*'];

/** React's packages: a React page has them whatever it shows. */
export const REACT_PACKAGES = ['react', 'react/*', 'react-dom', 'react-dom/*'];

/**
 * What `portal-announcements/react/banner` may weigh more than `portal-announcements/banner`
 * (gzipped bytes, React not counted): `@lit/react` and the wrapper, nothing of other elements.
 */
export const REACT_BANNER_ALLOWANCE = 1_536;

/**
 * Lazy chunks a page loads only on a rarer request, left out even where an entry counts its
 * lazy code: the legacy-HTML sanitizer (`body-format="html"`), the table of rare character
 * names (a description that uses one), the client elements of the editor's Preview (weighed
 * in their own rows) and the positioning library of the delete confirmation (the first delete).
 */
const LOADED_ON_DEMAND_ONLY = /html-renderer|character-names-rare|client-elements|floating-ui/;

/**
 * Bundles `source` (module text resolved from `resolveDir`) with code splitting and returns the
 * gzipped size of the entry chunk plus every chunk it imports statically; with `lazy`,
 * dynamically imported chunks count too, except those in `LOADED_ON_DEMAND_ONLY`. `modules`
 * has the minified bytes each input adds.
 */
export async function bundleWeight(source, { resolveDir = root, external = [], lazy = false } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'bundle-weight-'));
  try {
    const result = await build({
      stdin: { contents: source, resolveDir, loader: 'ts', sourcefile: 'measured-entry.ts' },
      ...PORTAL_BUNDLE,
      // React's development build would be picked otherwise, as in no portal's production build.
      define: { 'process.env.NODE_ENV': '"production"' },
      outdir,
      metafile: true,
      write: true,
      external,
      logLevel: 'error',
    });
    const outputs = result.metafile.outputs;
    // The measured entry by name: every dynamically imported module is an entry point of the
    // build too, and may come first in the metafile.
    // esbuild names it relative to the working directory, wherever `resolveDir` is.
    const entryName = relative(process.cwd(), join(resolveDir, 'measured-entry.ts')).split(sep).join('/');
    const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint === entryName);
    const counted = new Set();
    const visit = (path) => {
      if (counted.has(path)) return;
      counted.add(path);
      for (const imported of outputs[path].imports) {
        if (imported.external) continue;
        const lazyCounted = lazy && imported.kind === 'dynamic-import' && !LOADED_ON_DEMAND_ONLY.test(imported.path);
        if (imported.kind === 'import-statement' || lazyCounted) visit(imported.path);
      }
    };
    visit(entry);
    let gzipped = 0;
    const modules = new Map();
    for (const path of counted) {
      // Output paths in the metafile are relative to the working directory.
      gzipped += gzipSync(readFileSync(resolve(path)), { level: 9 }).length;
      for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
        modules.set(input, (modules.get(input) ?? 0) + bytesInOutput);
      }
    }
    return { gzipped, modules };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
