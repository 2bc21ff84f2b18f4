import { describe, expect, it } from 'vitest';
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
});
