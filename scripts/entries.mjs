// The package's public entry points: subpath -> source file. One list, read by the library
// build, the package.json check and the packed-package test.
export const PUBLIC_ENTRIES = {
  '.': 'src/index.ts',
  './banner': 'src/entries/banner.ts',
  './sidebar': 'src/entries/sidebar.ts',
  './list': 'src/entries/list.ts',
  './editor': 'src/entries/editor.ts',
  './adapters/local': 'src/entries/adapters-local.ts',
  './adapters/rest': 'src/entries/adapters-rest.ts',
  './adapters/memory': 'src/entries/adapters-memory.ts',
  './react': 'src/react/index.ts',
  './react/banner': 'src/react/banner.ts',
  './react/sidebar': 'src/react/sidebar.ts',
  './react/list': 'src/react/list.ts',
  './react/editor': 'src/react/editor.ts',
};

/** `src/entries/banner.ts` -> `entries/banner` (the path below `dist/`, without extension). */
export const outputName = (file) => file.replace(/^src\//, '').replace(/\.ts$/, '');
