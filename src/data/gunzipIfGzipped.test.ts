import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gunzipIfGzipped } from './gunzipIfGzipped';

const csv = new TextEncoder().encode('Datum;Brottskategori\n2024-01-05;Våldsbrott\n');

describe('gunzipIfGzipped', () => {
  it('unpacks gzipped bytes', () => {
    expect(gunzipIfGzipped(gzipSync(csv))).toEqual(csv);
  });

  it('leaves bytes that are not gzip as they are', () => {
    expect(gunzipIfGzipped(csv)).toBe(csv);
  });
});
