import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { GOLDEN_DIR, OUTPUT_DIR } from './browser';

export interface ImageDiff {
  differentPixels: number;
  fraction: number;
  diffPath: string;
}

/**
 * Compares a screenshot with its golden image. UPDATE_GOLDEN=1 rewrites the
 * golden image instead (look at it before committing).
 */
export function compareWithGolden(name: string, screenshot: Buffer): ImageDiff {
  const goldenPath = join(GOLDEN_DIR, `${name}.png`);
  const actualPath = join(OUTPUT_DIR, `${name}.actual.png`);
  const diffPath = join(OUTPUT_DIR, `${name}.diff.png`);
  writeFileSync(actualPath, screenshot);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath, screenshot);
  if (!existsSync(goldenPath)) {
    throw new Error(`Golden image ${goldenPath} missing: run with UPDATE_GOLDEN=1 and inspect it.`);
  }
  const golden = PNG.sync.read(readFileSync(goldenPath));
  const actual = PNG.sync.read(screenshot);
  if (golden.width !== actual.width || golden.height !== actual.height) {
    throw new Error(
      `Size differs from golden: ${actual.width}×${actual.height} vs ${golden.width}×${golden.height}`,
    );
  }
  const diff = new PNG({ width: golden.width, height: golden.height });
  const differentPixels = pixelmatch(
    golden.data,
    actual.data,
    diff.data,
    golden.width,
    golden.height,
    {
      threshold: 0.15,
    },
  );
  writeFileSync(diffPath, PNG.sync.write(diff));
  return { differentPixels, fraction: differentPixels / (golden.width * golden.height), diffPath };
}

/**
 * A screenshot once the page has stopped changing: two in a row, half a second apart, are the
 * same bytes. A fixed wait was enough on a quiet machine but not while the map still drew
 * on a busy one.
 */
export async function stableScreenshot(page: Page, timeoutMs = 20_000): Promise<Buffer> {
  const until = Date.now() + timeoutMs;
  let last = await page.screenshot({ animations: 'disabled' });
  for (;;) {
    await page.waitForTimeout(500);
    const next = await page.screenshot({ animations: 'disabled' });
    if (next.equals(last)) return next;
    if (Date.now() > until) {
      console.warn(`the page was still changing after ${timeoutMs} ms: compared as it was then`);
      return next;
    }
    last = next;
  }
}
