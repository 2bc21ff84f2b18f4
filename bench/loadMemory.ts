/**
 * `tsx bench/loadMemory.ts <csv>`: loads the file through the worker's lib in a
 * fresh process, given as a Blob-like source as the page gets a File, and
 * prints the RSS before and at its peak (sampled at every progress report and
 * at the end). Node's own file-backed Blob (fs.openAsBlob) holds the file
 * twice while reading it (measured: +224 MB for 109 MB); a browser's
 * File.arrayBuffer() allocates once, as readFileSync does here.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createLib } from '../src/worker/lib';
import { threadPartPlan } from './threadPartPlan';

const path = process.argv[2];
const blob = { arrayBuffer: async () => readFileSync(path).buffer } as unknown as Blob;
// As in the app, the helper threads are up before a file comes; their idle memory is not the load's.
const lib = createLib(undefined, threadPartPlan());
await new Promise((resolve) => setTimeout(resolve, 1_000));
const start = process.memoryUsage.rss();
let peak = start;
const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));
const summary = await lib.addFiles([{ id: 'x', name: basename(path), blob }], sample);
sample();
if (summary.failed.length > 0) throw new Error(summary.failed[0].message);
console.log(JSON.stringify({ startMb: start / 2 ** 20, peakMb: peak / 2 ** 20 }));
