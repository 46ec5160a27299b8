// What the packed package.json promises a portal, checked against the tarball: the licence
// it names is shipped, every `sideEffects` pattern names shipped files, runtime dependencies
// are ranges a portal's own copy can satisfy, and React's packages are never forced on a
// portal without React. Each function returns a list of problems (empty: fine).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sideEffectsMatcher } from '../side-effects.mjs';

/** Packages only a React page needs; a portal without React must not get them installed. */
const REACT_ONLY = ['react', 'react-dom', '@lit/react', '@types/react'];

/** `LICENSE` is in the tarball and is the licence `license` names. */
export function licenseProblems(manifest, packageDir, files) {
  if (!files.includes('LICENSE')) return ['LICENSE is not in the tarball'];
  const text = readFileSync(join(packageDir, 'LICENSE'), 'utf8');
  if (manifest.license === 'MIT' && !/^MIT License\b/.test(text.trim())) return ['"license" is MIT but LICENSE is not the MIT licence'];
  return [];
}

/** Each `sideEffects` pattern matches at least one shipped file, and none points at unshipped sources. */
export function sideEffectsProblems(manifest, files) {
  if (!Array.isArray(manifest.sideEffects)) return [];
  return manifest.sideEffects
    .filter((pattern) => !files.some(sideEffectsMatcher([pattern])))
    .map((pattern) => `"${pattern}" matches no shipped file`);
}

/**
 * Runtime dependencies are ranges: an exact pin makes npm install a second copy next to the
 * portal's own newer patch of Lit (two `lit-html` Trusted Types policies, twice the bytes).
 */
export function pinnedDependencies(manifest) {
  return Object.entries(manifest.dependencies ?? {})
    .filter(([, range]) => /^=?v?\d+\.\d+\.\d+(-[\w.]+)?$/.test(range.trim()))
    .map(([name, range]) => `${name}@${range}`);
}

/** React's packages are at most optional peers, so npm installs none of them for a portal without React. */
export function reactForcedOnEveryone(manifest) {
  const optional = (name) => manifest.peerDependenciesMeta?.[name]?.optional === true;
  return REACT_ONLY.filter((name) => manifest.dependencies?.[name] || (manifest.peerDependencies?.[name] && !optional(name))).map(
    (name) => `${name} (${manifest.dependencies?.[name] ? 'a dependency' : 'a required peer'})`,
  );
}
