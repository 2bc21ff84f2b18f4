import { describe, expect, it } from 'vitest';
import { describeUnrecognised, guessCoordinates } from './detectCrs';

describe('guessCoordinates', () => {
  it('tells WGS 84, SWEREF 99 TM, a local zone and RT 90 apart by value ranges', () => {
    expect(guessCoordinates([59.33], [18.03])).toMatchObject({ crs: 'EPSG:4326', eastColumn: 1 });
    expect(guessCoordinates([6580986], [672344])).toMatchObject({
      crs: 'EPSG:3006',
      eastColumn: 1,
    });
    expect(guessCoordinates([151690], [6579698])).toMatchObject({
      crs: 'EPSG:3011',
      eastColumn: 0,
    });
    expect(guessCoordinates([6581179], [1626607])).toMatchObject({
      crs: 'EPSG:3021',
      eastColumn: 1,
    });
  });

  it('is not thrown by a few swapped or broken rows', () => {
    const guess = guessCoordinates(
      [59.33, 59.34, 18.03, 0],
      [18.03, 18.05, 59.33, 0],
      ['lat', 'lon'],
    );
    expect(guess).toMatchObject({ crs: 'EPSG:4326', eastColumn: 1 });
    expect(guess?.explanation).toMatch(/i 2 av 4 granskade rader/);
  });

  it('gives up when fewer than half the rows fit one system', () => {
    expect(guessCoordinates([59.33, 0, 0], [18.03, 0, 0])).toBeNull();
  });

  it('says when the names contradict the values', () => {
    const guess = guessCoordinates([18.03], [59.33], ['latitude', 'longitude']);
    expect(guess?.explanation).toMatch(
      /^WGS 84 \(lon\/lat\) \(EPSG:4326\): "longitude" är latitud .*kolumnnamnen säger tvärtom/,
    );
  });

  it('explains the Swedish X/Y convention in SWEREF 99', () => {
    const guess = guessCoordinates([6580986], [672344], ['X', 'Y']);
    expect(guess?.explanation.replace(/\u00a0/g, ' ')).toBe(
      'SWEREF 99 TM (EPSG:3006): "X" är nordlig (X) (6 580 986) och "Y" östlig (Y) (672 344); avgjort av värdenas storlek',
    );
  });

  it('describes values that fit nothing', () => {
    expect(describeUnrecognised([48.85], [2.35], ['lat', 'lon'])).toMatch(
      /^värdena i "lat" \(48,85\) och "lon" \(2,35\)/,
    );
  });
});
