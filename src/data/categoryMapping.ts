import { CATEGORIES, type Category } from '../analysis/categories';
import { normalizeName } from './normalizeName';
import { UNKNOWN_CATEGORY } from './offenceTable';

/**
 * A user's own mapping: normalised raw value (see `categoryKey`) → index into
 * CATEGORIES, or UNKNOWN_CATEGORY to keep a value deliberately unmapped. It
 * wins over the defaults below.
 */
export type CategoryOverrides = Record<string, number>;

/**
 * Default spellings beyond the exact category names. Only values whose
 * lägesbild category is unambiguous are here:
 *
 * - misshandel, mord and dråp are violence ("vanligaste våldsbrottet:
 *   misshandel utomhus"), but rån, olaga hot and ofredande are left to the
 *   user: exports put them under Våldsbrott or Övriga brott mot person;
 * - a bare "stöld" or "snatteri" may be in a shop or not, so only thefts that
 *   name their place (bostad, bil, cykel, ficka, butik) are mapped;
 * - knife, weapon and protection-law offences are special penal law, with
 *   narcotics as its own category;
 * - numeric police brottskoder are not mapped: the code lists change between
 *   years and regions, so a wrong default would move offences silently.
 */
const ALIASES: Record<Category, string[]> = {
  Våldsbrott: [
    'våld',
    'violence',
    'violent crime',
    'violent crimes',
    'misshandel',
    'grov misshandel',
    'misshandel utomhus',
    'misshandel inomhus',
    'mord',
    'dråp',
  ],
  Trafikbrott: [
    'trafik',
    'traffic',
    'traffic offence',
    'traffic offences',
    'rattfylleri',
    'grovt rattfylleri',
    'olovlig körning',
    'vårdslöshet i trafik',
  ],
  'Övriga brott mot person': [],
  'Tillgreppsbrott (exkl i butik)': [
    'tillgreppsbrott',
    'tillgreppsbrott exkl butik',
    'tillgreppsbrott exklusive butik',
    'bostadsinbrott',
    'inbrott i bostad',
    'cykelstöld',
    'bilstöld',
    'stöld ur bil',
    'stöld ur motorfordon',
    'fickstöld',
  ],
  'Tillgrepp i butik': [
    'butiksstöld',
    'stöld i butik',
    'snatteri i butik',
    'butikssnatteri',
    'shoplifting',
  ],
  'Bedrägeribrott m.m.': [
    'bedrägeri',
    'bedrägerier',
    'bedrägeribrott',
    'grovt bedrägeri',
    'datorbedrägeri',
    'fraud',
  ],
  'Övriga BrB-brott': [],
  'Övriga specialstraffrättsliga brott': [
    'knivlagen',
    'brott mot knivlagen',
    'vapenlagen',
    'brott mot vapenlagen',
    'vapenlagsbrott',
    'skyddslagen',
    'brott mot skyddslagen',
  ],
  Narkotikabrott: [
    'narkotika',
    'narkotikabrott',
    'ringa narkotikabrott',
    'grovt narkotikabrott',
    'eget bruk av narkotika',
    'innehav av narkotika',
    'narkotikabrott eget bruk',
    'narkotikabrott innehav',
    'överlåtelse av narkotika',
    'drugs',
    'drug offences',
    'narcotics',
  ],
  Skadegörelsebrott: [
    'skadegörelse',
    'klotter',
    'skadegörelse genom klotter',
    'skadegörelse på byggnad',
    'skadegörelse på motorfordon',
    'vandalism',
    'criminal damage',
    'graffiti',
  ],
};

/** The key raw values are compared by: case, accents and punctuation do not matter. */
export const categoryKey = normalizeName;

/** The default mapping as rows, for the editable mapping table (raw key → category index). */
export function defaultCategoryMappingTable(): { key: string; category: number }[] {
  return [...defaultCategoryLookup()].map(([key, category]) => ({ key, category }));
}

export function defaultCategoryLookup(): Map<string, number> {
  const lookup = new Map<string, number>();
  CATEGORIES.forEach((name, i) => {
    lookup.set(categoryKey(name), i);
    for (const alias of ALIASES[name]) lookup.set(categoryKey(alias), i);
  });
  return lookup;
}

/** Defaults with the user's overrides on top. Throws on an index that is no category. */
export function categoryLookup(overrides: CategoryOverrides = {}): Map<string, number> {
  const lookup = defaultCategoryLookup();
  for (const [raw, index] of Object.entries(overrides)) {
    const valid =
      Number.isInteger(index) &&
      ((index >= 0 && index < CATEGORIES.length) || index === UNKNOWN_CATEGORY);
    if (!valid) {
      throw new RangeError(`category mapping for "${raw}": ${index} is not a category index`);
    }
    lookup.set(categoryKey(raw), index);
  }
  return lookup;
}

export function lookupCategory(lookup: Map<string, number>, raw: string): number {
  return lookup.get(categoryKey(raw)) ?? UNKNOWN_CATEGORY;
}
