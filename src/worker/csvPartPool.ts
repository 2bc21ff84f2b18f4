import type { PartPlan } from '../data/fastCsv/parseOffencesBytes';
import { parsePart, type PartJob, type PartResult } from '../data/fastCsv/parsePart';

/** Below this a part costs more to hand over than it saves. */
export const MIN_PART_BYTES = 8 * 2 ** 20;
/**
 * Each helper gets a copy of its part's bytes: on 1M rows (109 MB) the load's
 * peak was 2.1× the file with 2 parts, 2.3× with 3 and 2.8× with 4, over
 * issue 12's 2.5×, so at most 3.
 */
const MAX_PARTS = 3;

/** A thread that reads one part at a time; null when it failed (it is then not asked again). */
export interface PartHelper {
  run(job: PartJob, transfer: ArrayBuffer[]): Promise<PartResult | null>;
}

/**
 * How a large CSV export is read on a device with `cores` cores: split into
 * as many parts (at most MAX_PARTS), the first read in this thread and each
 * other in a helper started now, so it is ready when a file comes.
 * Undefined on one core: the file is then read in one go.
 */
export function partPlan(cores: number, startHelper: () => PartHelper): PartPlan | undefined {
  const parts = Math.min(MAX_PARTS, cores);
  if (parts < 2) return undefined;
  const helpers = Array.from({ length: parts - 1 }, startHelper);
  return {
    parts,
    minPartBytes: MIN_PART_BYTES,
    run: async (jobs, onProgress) => {
      const others = jobs.slice(1).map((job, k) => inHelper(helpers[k], job));
      const first = parsePart(jobs[0], onProgress);
      return [first, ...(await Promise.all(others))];
    },
  };
}

/**
 * One part in a helper, given a copy of its own bytes. A helper that cannot
 * start (its script not fetched offline) or fails reads nothing: the part is
 * then read here, so the file is never lost to it.
 */
async function inHelper(helper: PartHelper, job: PartJob): Promise<PartResult> {
  const bytes = job.bytes.slice(job.from, job.to);
  const own = { ...job, bytes, from: 0, to: bytes.length, byteBase: job.byteBase + job.from };
  return (await helper.run(own, [bytes.buffer])) ?? parsePart(job);
}

/** The part plan of the app's analysis worker: helpers are module workers of its own. */
export function workerPartPlan(): PartPlan | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return partPlan(navigator.hardwareConcurrency || 1, browserHelper);
}

/**
 * A PartHelper over a thread that answers each posted job with one message:
 * the thread's listeners call `answer` with it, or `fail` when the thread
 * cannot go on; a failed thread is not posted to again.
 */
export class ThreadHelper implements PartHelper {
  private failed = false;
  private pending: ((result: PartResult | null) => void) | null = null;

  constructor(private readonly post: (job: PartJob, transfer: ArrayBuffer[]) => void) {}

  run(job: PartJob, transfer: ArrayBuffer[]): Promise<PartResult | null> {
    if (this.failed) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.pending = resolve;
      this.post(job, transfer);
    });
  }

  answer(result: PartResult | null): void {
    const pending = this.pending;
    this.pending = null;
    pending?.(result);
  }

  fail(): void {
    this.failed = true;
    this.answer(null);
  }
}

function browserHelper(): PartHelper {
  const worker = new Worker(new URL('./csvPart.worker.ts', import.meta.url), { type: 'module' });
  const helper = new ThreadHelper((job, transfer) => worker.postMessage(job, transfer));
  const fail = (e: Event) => {
    e.preventDefault();
    console.warn(
      'En hjälptråd för stora filer kunde inte startas eller läsa sin del; filen läses i analystråden.',
      e instanceof ErrorEvent ? e.message : e.type,
    );
    worker.terminate();
    helper.fail();
  };
  worker.addEventListener('error', fail);
  worker.addEventListener('messageerror', fail);
  worker.addEventListener('message', (e: MessageEvent<PartResult>) => helper.answer(e.data));
  return helper;
}
