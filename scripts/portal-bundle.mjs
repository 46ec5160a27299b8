// How a portal's own build ships the package, for the scripts that measure it (`npm run size`,
// `npm run bench`): bundled, code-split (dynamic imports stay lazy chunks), minified, as ES
// modules for current browsers. Both must measure the same kind of bundle.
import { join, resolve } from 'node:path';

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
};
