import { describe, expect, it } from 'vitest';
import { largeOffencesCsv } from '../../bench/offencesCsv';
import { importDifference } from '../../test/unit/importDifference';
import { parseOffencesBytes, parseOffencesBytesInParts } from '../data/fastCsv/parseOffencesBytes';
import { parsePart, type PartJob } from '../data/fastCsv/parsePart';
import { partPlan, type PartHelper } from './csvPartPool';

/** A helper that reads its part in this thread, as a worker would: from its own copy of the bytes. */
function sameThreadHelper(seen: PartJob[]): PartHelper {
  return {
    run: async (job) => {
      seen.push(job);
      return parsePart(job);
    },
  };
}

const failingHelper = (): PartHelper => ({ run: async () => null });

const bytes = new TextEncoder().encode(largeOffencesCsv(200_000, 17));

describe('partPlan', () => {
  it('reads a file on one core in one go', () => {
    expect(partPlan(1, failingHelper)).toBeUndefined();
  });

  it('hands each helper a copy of its own part only, and joins the parts as one read', async () => {
    const seen: PartJob[] = [];
    const plan = partPlan(8, () => sameThreadHelper(seen))!;
    const inParts = await parseOffencesBytesInParts(bytes, 'stor.csv', {}, plan);
    // 23 MB: two parts of at least 8 MB, the second in the helper.
    expect(seen.length).toBe(1);
    for (const job of seen) {
      expect(job.bytes.length).toBe(job.to);
      expect(job.bytes.buffer).not.toBe(bytes.buffer);
    }
    const inOneGo = parseOffencesBytes(bytes, 'stor.csv')!;
    expect(importDifference(inParts!.result, inOneGo.result)).toBeNull();
  });

  it('reads a part here when its helper fails, so nothing of the file is lost', async () => {
    const plan = partPlan(3, failingHelper)!;
    const inParts = await parseOffencesBytesInParts(bytes, 'stor.csv', {}, plan);
    expect(inParts?.result.table.count).toBe(200_000);
  });
});
