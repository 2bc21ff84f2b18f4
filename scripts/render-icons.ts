/**
 * Renders the app's PNG icons from public/icons/icon.svg with the system Chromium, so the
 * installed app's icons always match the SVG. Run after changing the SVG: `npm run icons`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ICON_DIR = join(import.meta.dirname, '..', 'public', 'icons');
/**
 * The icon's own background fills the rounded corners of the maskable icon. Launchers crop that
 * one to as little as a centred circle of 80 % of its width: the SVG keeps its motif inside it.
 */
const BACKGROUND = '#1d3557';

const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

function pageFor(svgDataUrl: string, size: number, maskable: boolean): string {
  const background = maskable ? BACKGROUND : 'transparent';
  return `<!doctype html><html><body style="margin:0;background:${background}"><img src="${svgDataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`;
}

async function main(): Promise<void> {
  const svg = readFileSync(join(ICON_DIR, 'icon.svg'));
  const svgDataUrl = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const icon of ICONS) {
      const page = await browser.newPage({
        viewport: { width: icon.size, height: icon.size },
        deviceScaleFactor: 1,
      });
      await page.setContent(pageFor(svgDataUrl, icon.size, icon.maskable));
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      writeFileSync(join(ICON_DIR, icon.file), await page.screenshot({ omitBackground: true }));
      await page.close();
      console.log(`${icon.file} (${icon.size}×${icon.size})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
