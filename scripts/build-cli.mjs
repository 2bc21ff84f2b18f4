// Bundles the command line (src/cli and the engine it uses) into one ESM file, so a run
// starts without compiling TypeScript. Run by `npm ci` (prepare) and `npm run build:cli`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  entryPoints: [`${root}/src/cli/main.ts`],
  outfile: `${root}/dist-cli/lageskartan.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some bundled packages are CommonJS and call require(); give them one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
