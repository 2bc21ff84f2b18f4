import { parentPort } from 'node:worker_threads';
import { parsePart, type PartJob } from '../src/data/fastCsv/parsePart';
import { partTransfers } from '../src/data/fastCsv/partTransfers';

/** The Node counterpart of src/worker/csvPart.worker.ts: reads one part of a CSV export. */
parentPort?.on('message', (job: PartJob) => {
  const result = parsePart(job);
  parentPort?.postMessage(result, partTransfers(result, job.bytes));
});
