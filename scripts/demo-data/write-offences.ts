/**
 * Writes data/demo/offences.csv and checks it independently.
 * Usage: npx tsx scripts/demo-data/write-offences.ts [outDir]
 * Exits non-zero when any lägesbild table or pattern is not reproduced.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultInputs, writeOffences } from './offences';
import { verifyOffences } from './verify';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = resolve(process.argv[2] ?? join(repoRoot, 'data', 'demo'));
const inputs = defaultInputs(outDir);

const t0 = performance.now();
writeOffences(outDir, inputs);
const t1 = performance.now();
const csv = join(outDir, 'offences.csv');
const result = verifyOffences({ csv, ...inputs });
const t2 = performance.now();

console.log(result.lines.join('\n'));
console.log(
  `\n${csv}: ${result.rows} rows, ${(statSync(csv).size / 1e6).toFixed(1)} MB; ` +
    `generated in ${((t1 - t0) / 1000).toFixed(1)} s, verified in ${((t2 - t1) / 1000).toFixed(1)} s`,
);
if (!result.ok) {
  console.error('offences.csv does NOT reproduce the lägesbild; see FAIL lines above.');
  process.exit(1);
}
