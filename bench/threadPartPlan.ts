import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PartPlan } from '../src/data/fastCsv/parseOffencesBytes';
import type { PartResult } from '../src/data/fastCsv/parsePart';
import { partPlan, ThreadHelper, type PartHelper } from '../src/worker/csvPartPool';

/**
 * The app's part plan (src/worker/csvPartPool) with Node worker threads as
 * helpers instead of the browser's module workers: the bench loads a file
 * through the worker's lib the way the app's analysis worker does.
 */
export function threadPartPlan(cores = availableParallelism()): PartPlan | undefined {
  return partPlan(cores, threadHelper);
}

function threadHelper(): PartHelper {
  const worker = new Worker(new URL('./csvPartThread.mjs', import.meta.url));
  // A helper keeps the process alive only while it has a part to read.
  const helper = new ThreadHelper((job, transfer) => {
    worker.ref();
    worker.postMessage(job, transfer);
  });
  worker.on('message', (result: PartResult) => {
    worker.unref();
    helper.answer(result);
  });
  worker.on('error', (e) => {
    console.error(`a part thread failed: ${e.message}`);
    helper.fail();
  });
  // Unref after the listeners: adding them refs the worker again.
  worker.unref();
  return helper;
}
