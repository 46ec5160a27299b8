import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { outputName, PUBLIC_ENTRIES } from './scripts/entries.mjs';
import { minifiedStylesForVite } from './scripts/minify-css.mjs';
import { shippedSideEffectsForVite } from './scripts/side-effects.mjs';

const root = import.meta.dirname;

/**
 * The npm package build: ES modules that mirror `src/` (so a bundler tree-shakes per element
 * and the lazy rich-text renderer stays a separate file), with the runtime dependencies left
 * as imports so the portal's bundler de-duplicates them.
 */
export default defineConfig({
  publicDir: false,
  // Keeps the imports that only define an element (see scripts/side-effects.mjs), and ships
  // the elements' styles without their indentation (see scripts/minify-css.mjs).
  plugins: [shippedSideEffectsForVite(), minifiedStylesForVite(root)],
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: Object.fromEntries(Object.values(PUBLIC_ENTRIES).map((file) => [outputName(file), resolve(root, file)])),
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^@floating-ui\//, /^idb-keyval/, /^dompurify/, /^react($|\/)/],
      output: {
        preserveModules: true,
        preserveModulesRoot: resolve(root, 'src'),
        entryFileNames: '[name].js',
      },
    },
  },
});
