import { parsePart, type PartJob } from '../data/fastCsv/parsePart';
import { partTransfers } from '../data/fastCsv/partTransfers';

/** Reads one part of a large CSV export for the analysis worker (see csvPartPool). */
addEventListener('message', (e: MessageEvent<PartJob>) => {
  const result = parsePart(e.data);
  (postMessage as (message: unknown, transfer: Transferable[]) => void)(
    result,
    partTransfers(result, e.data.bytes),
  );
});
