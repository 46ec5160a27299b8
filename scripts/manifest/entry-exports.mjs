// Follows a module's exports in the analyzer's raw output (source paths, re-exports through
// `export { x } from` and `export * from`) down to the declarations they name.
import { posix } from 'node:path';

/**
 * @typedef {object} ExportedDeclaration
 * @property {string} exportedAs The name a consumer imports.
 * @property {string} sourcePath The source module that declares it, e.g. `src/configure.ts`.
 * @property {object} declaration The analyzer's declaration object.
 */

/**
 * Every declaration `sourcePath` exports, however many re-exports away it is declared.
 * Names that lead to no declaration (types, other packages) are left out.
 * @param {Map<string, object>} modules The analyzer's modules by source path.
 * @param {string} sourcePath
 * @returns {ExportedDeclaration[]}
 */
export function exportedDeclarations(modules, sourcePath) {
  const found = [];
  for (const entry of modules.get(sourcePath)?.exports ?? []) {
    if (entry.kind !== 'js' || !entry.declaration?.module) continue;
    const target = resolveSourcePath(sourcePath, entry.declaration.module);
    if (entry.name === '*') {
      found.push(...exportedDeclarations(modules, target));
      continue;
    }
    const declared = findDeclaration(modules, target, entry.declaration.name, new Set());
    if (declared) found.push({ exportedAs: entry.name, ...declared });
  }
  return found;
}

/** The declaration of `name` in `sourcePath`, or where that module re-exports it from. */
function findDeclaration(modules, sourcePath, name, visited) {
  if (visited.has(sourcePath)) return undefined;
  visited.add(sourcePath);
  const module = modules.get(sourcePath);
  const declaration = module?.declarations?.find((candidate) => candidate.name === name);
  if (declaration) return { sourcePath, declaration };
  for (const entry of module?.exports ?? []) {
    if (entry.kind !== 'js' || !entry.declaration?.module || (entry.name !== name && entry.name !== '*')) continue;
    const target = resolveSourcePath(sourcePath, entry.declaration.module);
    const found = findDeclaration(modules, target, entry.name === '*' ? name : entry.declaration.name, visited);
    if (found) return found;
  }
  return undefined;
}

/**
 * The analyzer writes the module of a re-export as the import specifier (`../configure.js`),
 * as a path from the root (`src/events/announcement-events.js`) or as the source file itself.
 * All three become the source path (`src/configure.ts`).
 */
function resolveSourcePath(fromPath, specifier) {
  const path = specifier.startsWith('.') ? posix.join(posix.dirname(fromPath), specifier) : specifier;
  return posix.normalize(path).replace(/\.js$/, '.ts');
}
