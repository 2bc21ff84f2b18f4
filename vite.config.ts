import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { demoOffencesGzip } from './scripts/vite/demoOffencesGzip';

/** The demo offences (about 2 MB gzipped) are precached so the app works offline after one visit. */
const LARGEST_PRECACHED_FILE_BYTES = 16 * 1024 * 1024;

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
  plugins: [
    demoOffencesGzip(fileURLToPath(new URL('./data/demo/offences.csv', import.meta.url))),
    VitePWA({
      registerType: 'prompt',
      // Registered from src/state/serviceWorker.ts: the CSP forbids inline scripts.
      injectRegister: false,
      manifest: {
        name: 'Lägeskartan – lägesbild, trygghet och brott',
        short_name: 'Lägeskartan',
        description:
          'Kartdashboard för lägesbilden om brott och trygghet i Stockholms stadsdelar. Fungerar utan nät efter första besöket.',
        lang: 'sv',
        theme_color: '#1d3557',
        background_color: '#f3f5f7',
        display: 'standalone',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // App shell, both workers (analysis and maplibre's .mjs) and the demo data; the manifest
        // icons are added by the plugin. Online basemap tiles are never cached here.
        globPatterns: ['**/*.{html,js,mjs,css,geojson,csv,gz}'],
        maximumFileSizeToCacheInBytes: LARGEST_PRECACHED_FILE_BYTES,
        // The first visit is controlled at once, so a later drop in coverage loses nothing.
        clientsClaim: true,
      },
    }),
  ],
});
