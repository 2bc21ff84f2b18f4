// `node bench/papaparseWholeRun.mjs <csv>`: the command line's baseline as a whole run of its own:
// a fresh Node process (no TypeScript) that reads the file and parses it with papaparse header:true.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

const text = readFileSync(process.argv[2], 'utf8');
const rows = Papa.parse(text, { header: true, delimiter: ';', skipEmptyLines: true }).data.length;
process.stdout.write(`${rows}\n`);
