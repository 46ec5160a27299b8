import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { shippedSideEffectsForVite } from './scripts/side-effects.mjs';

const demo = (page: string) => resolve(import.meta.dirname, 'demo', `${page}.html`);

/** Serves and builds the demo portal in `demo/` (`npm start`, `npm run build:demo`). */
export default defineConfig({
  root: resolve(import.meta.dirname, 'demo'),
  // Relative asset paths, so the built demo works from any folder of a static host.
  base: './',
  publicDir: false,
  // The demo imports src/ for the elements it defines; keep those imports as a portal's build would.
  plugins: [shippedSideEffectsForVite()],
  server: { port: 5173, strictPort: false, open: false },
  preview: { port: 4173 },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-demo'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        index: demo('index'),
        documents: demo('documents'),
        invoices: demo('invoices'),
        settings: demo('settings'),
      },
    },
  },
  optimizeDeps: { include: ['lit/directive-helpers.js'] },
});
