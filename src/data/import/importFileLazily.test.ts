import { describe, expect, it } from 'vitest';
import { largeOffencesCsv } from '../../../bench/offencesCsv';
import type { PartPlan } from '../fastCsv/parseOffencesBytes';
import { runPartsHere } from '../../../test/unit/runPartsHere';
import { importFile } from './importFile';
import { importFileLazily } from './importFileLazily';

const bytes = (text: string) => new TextEncoder().encode(text);

const GPX = `<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <trk><name>Kvällsvandring</name><trkseg>
    <trkpt lat="59.332" lon="18.03"/><trkpt lat="59.334" lon="18.04"/>
  </trkseg></trk>
</gpx>`;

describe('importFileLazily', () => {
  it('reads a GPX file with the readers it fetches, exactly as importFile does', async () => {
    const lazily = await importFileLazily('rutt.gpx', bytes(GPX));
    expect(lazily.kind).toBe('features');
    expect(lazily).toEqual(importFile('rutt.gpx', bytes(GPX)));
  });

  it('reads a CSV export without the geometry readers', async () => {
    const csv = 'Brottstyp;Datum;X;Y\nMisshandel;2024-03-01;6580000;152000\n';
    expect(await importFileLazily('brott.csv', bytes(csv))).toEqual(
      importFile('brott.csv', bytes(csv)),
    );
  });

  describe('with a plan to read large exports in parts', () => {
    const counted = () => {
      const runs: number[] = [];
      const plan: PartPlan = {
        parts: 3,
        minPartBytes: 4096,
        run: (jobs, onProgress) => {
          runs.push(jobs.length);
          return runPartsHere(jobs, onProgress);
        },
      };
      return { runs, plan };
    };

    it('reads an export in parts, exactly as importFile reads it in one go', async () => {
      const { runs, plan } = counted();
      const csv = bytes(largeOffencesCsv(2_000, 12));
      expect(await importFileLazily('stor.csv', csv, {}, plan)).toEqual(
        importFile('stor.csv', csv),
      );
      expect(runs).toEqual([3]);
    });

    it('reads an export the fast path declines by the general path, its problems named', async () => {
      const { runs, plan } = counted();
      const text = largeOffencesCsv(2_000, 12).replace(
        /\n(5000-K0000900[^;]*);[^;]*;/,
        '\n$1;2024-02-30;',
      );
      const read = await importFileLazily('trasig.csv', bytes(text), {}, plan);
      expect(read).toEqual(importFile('trasig.csv', bytes(text)));
      expect(read.kind === 'offences' && read.result.problemCount).toBe(1);
      expect(runs).toEqual([3]);
    });

    it('reads a GPX file without a part plan run', async () => {
      const { runs, plan } = counted();
      expect((await importFileLazily('rutt.gpx', bytes(GPX), {}, plan)).kind).toBe('features');
      expect(runs).toEqual([]);
    });
  });
});
