/**
 * Figure 5: time from navigation to the first map idle (`data-map-ready`) in
 * headless Chromium (SwiftShader), for the demo and for 1M offences loaded
 * with `?offences=`. The app is built into a temporary folder, the CSV is
 * written beside it, and `vite preview` serves both; nothing lands in the repo.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS } from '../test/e2e/browser';
import type { FigureResult } from './lib';
import { largeOffencesCsv } from './offencesCsv';

const N = 1_000_000;
const ROOT = join(import.meta.dirname, '..');
const CSV_NAME = 'bench-offences-1m.csv';

interface Opened {
  ms: number;
  pageMs: number;
  errors: string[];
  /** HTTP status of each response whose URL contains `watch`. */
  watched: number[];
}

/** A fresh profile; ms from just before navigation until body[data-map-ready] is "true". */
async function timeToMapReady(executablePath: string, url: string, watch: string): Promise<Opened> {
  const profile = mkdtempSync(join(tmpdir(), 'lageskartan-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  try {
    // Records the page's own clock (ms since navigation start) the moment the flag flips.
    await context.addInitScript(() => {
      const w = window as unknown as { benchMapReady?: number };
      new MutationObserver(() => {
        if (w.benchMapReady === undefined && document.body?.dataset.mapReady === 'true') {
          w.benchMapReady = performance.now();
        }
      }).observe(document, {
        subtree: true,
        attributes: true,
        attributeFilter: ['data-map-ready'],
      });
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const watched: number[] = [];
    context.on('response', (r) => {
      if (r.url().includes(watch)) watched.push(r.status());
    });
    const t0 = performance.now();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, {
      timeout: 170_000,
      polling: 100,
    });
    const ms = performance.now() - t0;
    const pageMs = await page.evaluate(
      () => (window as unknown as { benchMapReady?: number }).benchMapReady ?? NaN,
    );
    return { ms, pageMs, errors, watched };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function drawingFigures(): Promise<FigureResult[]> {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
    (p) => p && existsSync(p),
  );
  if (!executablePath) {
    return [
      {
        group: 'drawing',
        skipped: 'Chromium not found (/usr/bin/chromium or CHROMIUM_PATH): drawing figure skipped',
      },
    ];
  }
  const outDir = mkdtempSync(join(tmpdir(), 'lageskartan-bench-dist-'));
  try {
    const t0 = performance.now();
    await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    const buildMs = performance.now() - t0;
    writeFileSync(join(outDir, CSV_NAME), largeOffencesCsv(N));
    const server = await preview({
      root: ROOT,
      logLevel: 'error',
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
    });
    try {
      const base = server.resolvedUrls?.local[0];
      if (!base) throw new Error('vite preview reported no URL');
      const demo = await timeToMapReady(executablePath, base, 'offences');
      const big = await timeToMapReady(executablePath, `${base}?offences=${CSV_NAME}`, CSV_NAME);
      // The worker's fetch of the 1M file must have happened, or the app ignored ?offences=.
      if (!big.watched.includes(200)) {
        throw new Error(`the app did not fetch ${CSV_NAME} (responses: ${big.watched.join(', ')})`);
      }
      const errors = [...demo.errors, ...big.errors];
      return [
        {
          group: 'drawing',
          name: 'navigation → first map idle, headless Chromium (SwiftShader), 1M offences',
          ms: big.ms,
          baselineName: 'the same for the demo (102k offences)',
          baselineMs: demo.ms,
          ratio: big.ms / demo.ms,
          ratioMeaning: '× (1M / demo; above 1 = slower)',
          note:
            `page clock at ready: demo ${demo.pageMs.toFixed(0)} ms, 1M ${big.pageMs.toFixed(0)} ms; ` +
            `build ${(buildMs / 1000).toFixed(1)} s (not included); ${errors.length} page errors` +
            (errors.length > 0 ? `: ${errors[0]}` : ''),
          extra: {
            demoPageMs: Math.round(demo.pageMs),
            bigPageMs: Math.round(big.pageMs),
            buildMs: Math.round(buildMs),
            pageErrors: errors.length,
          },
        },
      ];
    } finally {
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
