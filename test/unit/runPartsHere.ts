import { parsePart, type PartJob, type PartResult } from '../../src/data/fastCsv/parsePart';

/**
 * Reads the parts one after another in this thread: the part runner of the
 * tests, which split files into many small parts without starting threads.
 */
export async function runPartsHere(
  jobs: PartJob[],
  onProgress?: (fraction: number) => void,
): Promise<PartResult[]> {
  return jobs.map((job, k) =>
    parsePart(job, onProgress && ((f) => onProgress((k + f) / jobs.length))),
  );
}
