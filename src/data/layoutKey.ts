import { normalizeName } from './normalizeName';

/** Files with the same columns (next month's export) share a key, whatever the case or accents. */
export function layoutKey(header: string[]): string {
  return header.map(normalizeName).join('|');
}
