#!/usr/bin/env node
// Browser tests need Debian's Chromium (never a browser downloaded by a test tool).
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
if (!found) {
  console.error(
    'Webbläsartesterna behöver Chromium / The browser tests need Chromium.\n' +
      'Debian/Ubuntu: apt-get install chromium   (or set CHROMIUM_PATH=/path/to/chromium)',
  );
  process.exit(1);
}
console.log(`Chromium: ${found}`);
