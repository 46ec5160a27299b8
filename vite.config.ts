import { defineConfig } from 'vite';
import { resolve } from 'node:path';

/** Serves and builds the demo portal in `demo/` (`npm start`, `npm run build:demo`). */
export default defineConfig({
  root: resolve(import.meta.dirname, 'demo'),
  publicDir: false,
  server: { port: 5173, open: false },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-demo'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'demo/index.html'),
      },
    },
  },
  optimizeDeps: { include: ['lit/directive-helpers.js'] },
});
