#!/usr/bin/env node
// Runs the TypeScript CLI without a build step: tsx compiles src/cli on the fly,
// so the command always uses the same engine source as the app.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

// Explicit, so running from another directory does not pick up a tsconfig there.
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const { runCli, nodeIo } = await tsImport('../src/cli/main.ts', {
  parentURL: import.meta.url,
  tsconfig,
});
process.exitCode = runCli(process.argv.slice(2), nodeIo);
