import { CATEGORIES } from '../analysis/categories';
import { normalizeName } from './normalizeName';
import { UNKNOWN_CATEGORY } from './offenceTable';

/** Common spellings of the lägesbild categories in exports, beyond their exact names. */
const ALIASES: Record<string, string> = {
  'vald': 'Våldsbrott',
  'valdsbrott': 'Våldsbrott',
  'trafik': 'Trafikbrott',
  'tillgrepp i butik': 'Tillgrepp i butik',
  'butiksstold': 'Tillgrepp i butik',
  'tillgreppsbrott': 'Tillgreppsbrott (exkl i butik)',
  'tillgreppsbrott exkl i butik': 'Tillgreppsbrott (exkl i butik)',
  'bedrageribrott': 'Bedrägeribrott m.m.',
  'bedrageribrott m m': 'Bedrägeribrott m.m.',
  'skadegorelse': 'Skadegörelsebrott',
  'narkotika': 'Narkotikabrott',
};

export function defaultCategoryLookup(): Map<string, number> {
  const lookup = new Map<string, number>();
  CATEGORIES.forEach((name, i) => lookup.set(normalizeName(name), i));
  for (const [alias, name] of Object.entries(ALIASES)) {
    lookup.set(alias, CATEGORIES.indexOf(name as (typeof CATEGORIES)[number]));
  }
  return lookup;
}

export function lookupCategory(lookup: Map<string, number>, raw: string): number {
  return lookup.get(normalizeName(raw)) ?? UNKNOWN_CATEGORY;
}
