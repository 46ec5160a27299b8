import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { libraryEntries } from './scripts/entries.mjs';

/**
 * The npm package build: one ES module per public entry, shared code split into chunks, and
 * the runtime dependencies left as imports so the portal's bundler de-duplicates them.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: Object.fromEntries(
        Object.entries(libraryEntries).map(([name, file]) => [name, resolve(import.meta.dirname, file)]),
      ),
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^@floating-ui\//, /^idb-keyval/],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
