import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  // PouchDB (pouchdb-browser) expects Node's `global`; its `events` import resolves to the npm package.
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
