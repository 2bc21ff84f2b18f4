/** `tsx bench/writeLargeCsv.ts <path> <rows>`: writes the generated export in its own process, so the measuring process starts with a clean heap. */
import { writeFileSync } from 'node:fs';
import { largeOffencesCsv } from './offencesCsv';

const [path, rows] = process.argv.slice(2);
writeFileSync(path, largeOffencesCsv(Number(rows)));
