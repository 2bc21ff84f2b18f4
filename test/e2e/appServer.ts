import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { preview } from 'vite';

export interface AppServer {
  url: string;
  /** Serves a byte-different sw.js from now on, as a new deployment would. */
  publishNextVersion(): void;
  close(): Promise<void>;
}

const SW_PATH = join(import.meta.dirname, '..', '..', 'dist', 'sw.js');

/**
 * A preview server of the built app (dist/) for one test file, unlike the shared one from
 * previewServer.ts: the test can publish a next version of the service worker or stop the
 * server outright, which cuts the network harder than emulation alone.
 */
export async function startAppServer(): Promise<AppServer> {
  let nextVersion = false;
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
    plugins: [
      {
        name: 'lageskartan-next-version',
        configurePreviewServer(previewServer) {
          previewServer.middlewares.use((req, res, next) => {
            if (!nextVersion || new URL(req.url ?? '/', 'http://x').pathname !== '/sw.js') {
              next();
              return;
            }
            res.setHeader('Content-Type', 'text/javascript');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(`${readFileSync(SW_PATH, 'utf8')}\n// next version\n`);
          });
        },
      },
    ],
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL; was `vite build` run?');
  return {
    url,
    publishNextVersion: () => (nextVersion = true),
    close: () => server.close(),
  };
}

/** Resolves once the service worker has precached everything and controls the page. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });
}
