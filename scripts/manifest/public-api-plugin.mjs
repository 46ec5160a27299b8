// Analyzer plugin: turns the analysis of `src/` into the manifest of the package as shipped.
//
// The analyzer describes every source module. A portal, though, can import only the package's
// entry points (package.json `exports`), which the build writes to `dist/`. So the manifest
// lists one module per entry point, at its built path, with what that entry exports and the
// analyzer describes faithfully: the custom elements and plain functions. (Other classes are
// left to the type declarations: the analyzer drops their methods named like Lit's lifecycle
// methods, such as an adapter's `update`.) A declaration marked `@internal` or `@ignore` is
// never listed, whatever exports it.
import { outputName, PUBLIC_ENTRIES } from '../entries.mjs';
import { exportedDeclarations } from './entry-exports.mjs';
import { publicDeclaration } from './public-declaration.mjs';

/** The package root (`portal-announcements`), which re-exports what the other entries offer. */
const ROOT_ENTRY = '.';

/**
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
export function publicApiPlugin() {
  /** `sourcePath#name` of declarations whose JSDoc says they are not API. */
  const internal = new Set();
  return {
    name: 'portal-announcements: public API',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!(ts.isClassDeclaration(node) || ts.isFunctionDeclaration(node)) || !node.name) return;
      const tags = ts.getJSDocTags(node).map((tag) => tag.tagName.text);
      if (tags.includes('internal') || tags.includes('ignore')) internal.add(keyOf(moduleDoc.path, node.name.text));
    },
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = shippedModules(customElementsManifest.modules, internal);
    },
  };
}

/** `src/entries/banner.ts#AnnouncementBanner`: one declaration, however often it is re-exported. */
const keyOf = (sourcePath, name) => `${sourcePath}#${name}`;

/** A declaration the manifest format describes completely. */
const isDescribed = (declaration) => (declaration.customElement === true && Boolean(declaration.tagName)) || declaration.kind === 'function';

function shippedModules(analyzedModules, internal) {
  const sources = new Map(analyzedModules.map((module) => [module.path, module]));
  const entries = Object.entries(PUBLIC_ENTRIES).map(([subpath, sourceFile]) => ({
    subpath,
    shippedPath: `dist/${outputName(sourceFile)}.js`,
    exported: exportedDeclarations(sources, sourceFile)
      .map((item) => ({ ...item, key: keyOf(item.sourcePath, item.declaration.name) }))
      .filter((item) => isDescribed(item.declaration) && !internal.has(item.key)),
  }));
  const root = entries.find((entry) => entry.subpath === ROOT_ENTRY);
  const home = homesOfDeclarations(entries, root);

  return entries.flatMap((entry) => {
    const listed = entry.exported.filter((item) => home.has(item.key));
    if (listed.length === 0) return [];
    const declarations = listed.filter((item) => home.get(item.key) === entry).map((item) => publicDeclaration(item.declaration));
    const exports = listed.flatMap((item) => {
      const declaration = { name: item.declaration.name, module: home.get(item.key).shippedPath };
      const binding = { kind: 'js', name: item.exportedAs, declaration };
      if (!item.declaration.customElement) return [binding];
      return [binding, { kind: 'custom-element-definition', name: item.declaration.tagName, declaration }];
    });
    return [{ kind: 'javascript-module', path: entry.shippedPath, declarations, exports }];
  });
}

/**
 * The module each listed declaration is declared in: the one feature entry (`./banner`, ...)
 * that exports it, or the root when several do (`configureAnnouncements`). What only the root
 * exports (the model's helpers) stays with the type declarations.
 */
function homesOfDeclarations(entries, root) {
  const exporters = new Map();
  for (const entry of entries) {
    if (entry === root) continue;
    for (const item of entry.exported) exporters.set(item.key, [...(exporters.get(item.key) ?? []), entry]);
  }
  const rootExports = new Set(root?.exported.map((item) => item.key));
  const home = new Map();
  for (const [key, candidates] of exporters) {
    home.set(key, candidates.length > 1 && rootExports.has(key) ? root : candidates[0]);
  }
  return home;
}
