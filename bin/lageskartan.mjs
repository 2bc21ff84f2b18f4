#!/usr/bin/env node
// Runs the command line from its bundle (dist-cli, made by `npm ci` or `npm run build:cli`),
// so a run does not compile TypeScript. When the sources are newer than the bundle (while
// developing), tsx compiles src/cli on the fly instead: the command always uses the same
// engine source as the app.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist-cli/lageskartan.mjs`;

/** The newest modification time of any source file the command line is built from. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    const t = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

const fresh = existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource(`${root}src`);
const { runCli, nodeIo } = fresh
  ? await import(bundle)
  : await (async () => {
      const { tsImport } = await import('tsx/esm/api');
      // Explicit, so running from another directory does not pick up a tsconfig there.
      return tsImport('../src/cli/main.ts', {
        parentURL: import.meta.url,
        tsconfig: `${root}tsconfig.json`,
      });
    })();
process.exitCode = runCli(process.argv.slice(2), nodeIo);
