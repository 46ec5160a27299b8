// The custom-elements manifest (`npm run analyze`) describes the package's public API to
// editors, Storybook and framework wrappers. The analyzer reads every source file, so that it
// can follow the entry points' re-exports; the plugins then keep only what a portal can use
// and name the files the package ships.
import { publicApiPlugin } from './scripts/manifest/public-api-plugin.mjs';
import { stringUnionTypesPlugin } from './scripts/manifest/string-union-types-plugin.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; the analyzer must not rewrite that file.
  packagejson: false,
  // Order matters: the types are spelled out before the public API is copied out of the sources.
  plugins: [stringUnionTypesPlugin(), publicApiPlugin()],
};
