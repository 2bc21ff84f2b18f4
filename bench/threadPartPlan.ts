import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PartPlan } from '../src/data/fastCsv/parseOffencesBytes';
import type { PartResult } from '../src/data/fastCsv/parsePart';
import { partPlan, type PartHelper } from '../src/worker/csvPartPool';

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
  let failed = false;
  let pending: ((result: PartResult | null) => void) | null = null;
  const answer = (result: PartResult | null) => {
    worker.unref();
    pending?.(result);
    pending = null;
  };
  worker.on('message', (result: PartResult) => answer(result));
  worker.on('error', (e) => {
    console.error(`a part thread failed: ${e.message}`);
    failed = true;
    answer(null);
  });
  // An idle helper does not keep the process alive (unref after the listeners: they ref it).
  worker.unref();
  return {
    run: (job, transfer) =>
      failed
        ? Promise.resolve(null)
        : new Promise((resolve) => {
            pending = resolve;
            worker.ref();
            worker.postMessage(job, transfer);
          }),
  };
}
