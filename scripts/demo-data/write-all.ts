/**
 * `npm run demo-data`: regenerates everything in data/demo/ — the hand-drawn
 * geometry first, then the seeded offences calibrated against it, then an
 * independent recount that fails the run if a lägesbild table is not reproduced.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGeometry, writeStreets } from './geometry';
import { defaultInputs, writeOffences } from './offences';
import { verifyOffences } from './verify';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(here, '../../data/demo');

writeGeometry(outDir);
await writeStreets(join(here, 'streets.json'));
const inputs = defaultInputs(outDir);
writeOffences(outDir, inputs);
const result = verifyOffences({ csv: join(outDir, 'offences.csv'), ...inputs });
console.log(result.lines.join('\n'));
if (!result.ok) {
  console.error('offences.csv återger INTE lägesbildens tabeller; se FAIL-raderna ovan.');
  process.exit(1);
}
console.log(`Demodata skriven till ${outDir}: ${result.rows} brott.`);
