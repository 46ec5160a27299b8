// package.json's `sideEffects` names the shipped files a bundler must keep even when nothing
// they export is used (they define the custom elements). It speaks of dist/, but bundlers
// (esbuild, Rolldown) apply it to every file of the package, the repository's own src/
// included: builds made from src/ (the library build, the single-file bundle, the size
// measurement, the demo, Storybook) follow it through the plugins below, as the shipped
// files would, or they would drop the imports that only define an element.
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { outputName } from './entries.mjs';

const root = resolve(import.meta.dirname, '..');

/** The `sideEffects` patterns of package.json (`./dist/elements/**\/*.js`, …). */
export const sideEffectsPatterns = () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).sideEffects;

/**
 * A test for package-relative paths (`./dist/react/banner.js`) against `sideEffects` glob
 * patterns: `**` spans folders, `*` stays within one.
 */
export function sideEffectsMatcher(patterns) {
  const expressions = patterns.map((pattern) => {
    const normalized = pattern.replace(/^\.\//, '');
    const source = normalized
      .split(/(\*\*\/|\*\*|\*)/)
      .map((part) => {
        if (part === '**/') return '(?:.*/)?';
        if (part === '**') return '.*';
        if (part === '*') return '[^/]*';
        return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    // A pattern without a slash matches the file name in any folder, as webpack reads it.
    return new RegExp(normalized.includes('/') ? `^${source}$` : `(^|/)${source}$`);
  });
  return (path) => {
    const normalized = path.replace(/^\.\//, '');
    return expressions.some((expression) => expression.test(normalized));
  };
}

/**
 * For a file of the repository: whether the file it becomes in dist/ is listed in
 * `sideEffects`; undefined for a file outside src/, which the listing does not decide.
 */
export function sourceSideEffects() {
  const hasSideEffects = sideEffectsMatcher(sideEffectsPatterns());
  const sourceFolder = join(root, 'src') + sep;
  return (path) => (path.startsWith(sourceFolder) ? hasSideEffects(`./dist/${outputName(relative(root, path).split(sep).join('/'))}.js`) : undefined);
}

/**
 * An esbuild plugin for bundles built from src/: a source file keeps its side effects when the
 * file it becomes in dist/ is listed in `sideEffects`, and only then. Files under the folders
 * of `keep` (absolute paths, e.g. a benchmark's own pages) always keep theirs.
 */
export function shippedSideEffects({ keep = [] } = {}) {
  const shipped = sourceSideEffects();
  const sideEffectsOf = (path) => (keep.some((folder) => path.startsWith(folder)) ? true : shipped(path));
  return {
    name: 'shipped-side-effects',
    setup(builder) {
      builder.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData?.shippedSideEffects) return undefined;
        const resolved = await builder.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { shippedSideEffects: true },
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        const { path, namespace, external } = resolved;
        return { path, namespace, external, sideEffects: sideEffectsOf(path) ?? resolved.sideEffects };
      });
    },
  };
}

/**
 * The same for Vite (Rolldown) builds from src/: a transform result outranks what the resolver
 * read from package.json.
 */
export function shippedSideEffectsForVite() {
  const sideEffectsOf = sourceSideEffects();
  return {
    name: 'shipped-side-effects',
    // Only a build tree-shakes; the dev server loads every module it is asked for.
    apply: 'build',
    transform(_code, id) {
      const sideEffects = sideEffectsOf(id.split('?')[0]);
      return sideEffects === undefined ? null : { moduleSideEffects: sideEffects };
    },
  };
}
