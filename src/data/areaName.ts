import type { GeoJsonProperties } from 'geojson';

const NAME_KEYS = ['namn', 'name', 'NAMN', 'NAME', 'Namn', 'Name', 'stadsdel', 'STADSDEL'];

/** The name an area is shown and reported under: the first non-empty name property, else `fallback`. */
export function nameOfArea(props: GeoJsonProperties, fallback: string): string {
  for (const k of NAME_KEYS) {
    const v = props?.[k];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return fallback;
}
