import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Flags under which WebGL2 works in headless Chromium without a GPU (SwiftShader). */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-gpu',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  const path = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  if (!path) {
    throw new Error(
      'Chromium saknas / Chromium missing: apt-get install chromium, or set CHROMIUM_PATH.',
    );
  }
  return path;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  pageErrors: string[];
}

export interface PageOptions {
  /** A touch screen (a tablet): `(pointer: coarse)` matches and taps are possible. */
  hasTouch?: boolean;
  /**
   * The service worker runs only where a test asks for it: elsewhere its one-time "works offline"
   * note and its 6 MB precache download would land in screenshots and timings at random.
   */
  serviceWorker?: boolean;
}

/** A fresh profile per test, 1280×800 unless told otherwise, every page error recorded. */
export async function openPage(
  url: string,
  viewport = { width: 1280, height: 800 },
  options: PageOptions = {},
): Promise<OpenedPage> {
  const profile = mkdtempSync(join(tmpdir(), 'lageskartan-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    hasTouch: options.hasTouch ?? false,
    deviceScaleFactor: 1,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  if (!options.serviceWorker) {
    // As in a browser without service workers: the app then registers none.
    await context.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    // Chromium asks for /favicon.ico beside a non-HTML page (the tests' seeding page); never the app's.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
      pageErrors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  return { context, page, pageErrors };
}

export async function waitForMapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, {
    timeout: 150_000,
    polling: 250,
  });
}

export const OUTPUT_DIR = join(import.meta.dirname, 'output');
export const GOLDEN_DIR = join(import.meta.dirname, 'golden');
mkdirSync(OUTPUT_DIR, { recursive: true });

/** Opens a collapsible panel section by its summary text, without closing one that is already open. */
export async function openSection(page: Page, summaryText: string): Promise<void> {
  const details = page
    .locator('details', { has: page.locator('summary', { hasText: summaryText }) })
    .first();
  if ((await details.getAttribute('open')) === null)
    await details.locator('summary').first().click();
}

/** The tablet a walk is planned on: 1024×768 with touch, opened at `url` with the map drawn. */
export async function openTabletPage(url: string): Promise<OpenedPage> {
  const opened = await openPage(url, { width: 1024, height: 768 }, { hasTouch: true });
  await waitForMapReady(opened.page);
  return opened;
}
