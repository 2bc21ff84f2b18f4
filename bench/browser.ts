/**
 * `npm run bench:browser [-- --rows 1000000]`: what the main thread of the built app (dist/) does in
 * Debian's Chromium while a generated export goes through the file input to a ready map, and after
 * a filter change on the demo. Figures come from a performance trace: the longest uninterrupted run
 * of JavaScript (timers, events, animation frames, microtasks) and the longest task of any kind.
 * Chromium draws WebGL here in software (SwiftShader), so GPU uploads count as JavaScript time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/browser';
import { mainThreadFigures, type MainThreadFigures, type TraceEvent } from './traceFigures';

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];
const MAIN_THREAD_TARGET_MS = 50;

function rowsArg(argv: string[]): number {
  const i = argv.indexOf('--rows');
  const rows = i >= 0 ? Number(argv[i + 1]) : 1_000_000;
  if (!Number.isInteger(rows) || rows <= 0) {
    console.error('--rows takes a positive whole number');
    process.exit(2);
  }
  return rows;
}

async function traced(browser: Browser, page: Page, path: string, act: () => Promise<void>) {
  await browser.startTracing(page, { path, categories: TRACE_CATEGORIES });
  await act();
  await browser.stopTracing();
  const json = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] };
  return mainThreadFigures(json.traceEvents);
}

/** Counts WebGL readPixels calls: hover picking must not read back the GPU unless the pointer moved. */
function countReadPixels(): void {
  const w = window as unknown as { readPixelsCalls: number };
  w.readPixelsCalls = 0;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const original = proto.readPixels as (...args: unknown[]) => void;
    proto.readPixels = function (this: WebGLRenderingContext, ...args: unknown[]) {
      w.readPixelsCalls++;
      return original.apply(this, args);
    } as typeof proto.readPixels;
  }
}

function row(name: string, f: MainThreadFigures, extra = ''): string {
  const verdict = f.longestJsMs <= MAIN_THREAD_TARGET_MS ? 'met' : 'not met';
  const cells = [f.longestJsMs, f.longestTaskMs, f.totalJsMs].map((v) => `${v} ms`.padStart(13));
  return `${name.padEnd(36)}${cells.join('')}   target ≤ ${MAIN_THREAD_TARGET_MS} ms JS: ${verdict}${extra}`;
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(2);
  }
  const rows = rowsArg(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'lageskartan-bench-'));
  const csv = join(dir, `brott-${rows}.csv`);
  const made = spawnSync(
    process.execPath,
    [...process.execArgv, 'bench/writeLargeCsv.ts', csv, String(rows)],
    {
      stdio: 'inherit',
    },
  );
  if (made.status !== 0) throw new Error('could not write the generated export');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.addInitScript(countReadPixels);
    await page.goto(server.resolvedUrls!.local[0]);
    await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, {
      timeout: 120_000,
    });
    await page.waitForTimeout(2000);

    const start = Date.now();
    const load = await traced(browser, page, join(dir, 'load.json'), async () => {
      await page.getByTestId('file-input').setInputFiles(csv);
      await page
        .getByTestId('dataset')
        .filter({ hasText: `brott-${rows}.csv` })
        .waitFor({ timeout: 600_000 });
      await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, {
        timeout: 600_000,
      });
      await page.waitForTimeout(3000);
    });
    const loadMs = Date.now() - start;

    // The first category box lies in a folded section: its change event is what a tap sends.
    const toggleCategory = () =>
      page.evaluate(() => document.querySelector<HTMLInputElement>('label.check input')!.click());
    const readPixels = () =>
      page.evaluate(() => (window as unknown as { readPixelsCalls: number }).readPixelsCalls);
    const before = await readPixels();
    const filter = await traced(browser, page, join(dir, 'filter.json'), async () => {
      await toggleCategory();
      await page.waitForTimeout(3000);
    });
    const readBack = (await readPixels()) - before;
    await toggleCategory();

    console.log(
      `Chromium ${browser.version()}, 1280×800, ${rows.toLocaleString('sv-SE')} rows (${(readFileSync(csv).length / 1e6).toFixed(0)} MB)`,
    );
    console.log(
      `${'figure'.padEnd(36)}${['longest JS', 'longest task', 'all JS'].map((h) => h.padStart(13)).join('')}`,
    );
    console.log(row(`file input → ready map (${(loadMs / 1000).toFixed(1)} s)`, load));
    console.log(
      row('filter change (1M rows loaded)', filter, `; readPixels without pointer: ${readBack}`),
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
