import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  // pouchdb-browser 9 was measured to need Node's `global` under Vite (and the npm `events` package).
  define: { global: 'globalThis' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 3000,
  },
  worker: {
    format: 'es',
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
