import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';

export const ROOT = join(import.meta.dirname, '../..');
export const DEMO = join(ROOT, 'data/demo');
export const BIN = join(ROOT, 'bin/lageskartan.mjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  written: Map<string, string>;
}

/** Runs the CLI in-process on real files; --out files are kept in memory. */
export function runInProcess(argv: string[]): CliRun {
  const run: CliRun = { code: -1, stdout: '', stderr: '', written: new Map() };
  run.code = runCli(argv, {
    stdout: (t) => (run.stdout += t),
    stderr: (t) => (run.stderr += t),
    readFile: (path) => readFileSync(path),
    writeFile: (path, text) => run.written.set(path, text),
  });
  return run;
}

export const demoArgs = [
  'stats',
  '--areas',
  join(DEMO, 'stadsdelar.geojson'),
  '--ods',
  join(DEMO, 'ods.geojson'),
  '--offences',
  join(DEMO, 'offences.csv'),
];
