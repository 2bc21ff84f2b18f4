import { parsePart, type PartJob, type PartResult } from './parsePart';

/**
 * Reads the parts one after another in this thread: the runner where no
 * other thread is to be had, and the reference the threaded runners must equal.
 */
export async function runPartsHere(
  jobs: PartJob[],
  onProgress?: (fraction: number) => void,
): Promise<PartResult[]> {
  return jobs.map((job, k) =>
    parsePart(job, onProgress && ((f) => onProgress((k + f) / jobs.length))),
  );
}
