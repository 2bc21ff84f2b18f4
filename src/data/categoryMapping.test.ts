import { describe, expect, it } from 'vitest';
import { CATEGORIES, categoryIndex } from '../analysis/categories';
import { categoryLookup, defaultCategoryMappingTable, lookupCategory } from './categoryMapping';
import { UNKNOWN_CATEGORY } from './offenceTable';

describe('category mapping', () => {
  const lookup = categoryLookup();

  it('knows every category by its own name, in any case and without accents', () => {
    for (const name of CATEGORIES)
      expect(lookupCategory(lookup, name.toUpperCase())).toBe(categoryIndex(name));
    expect(lookupCategory(lookup, 'SKADEGORELSEBROTT')).toBe(categoryIndex('Skadegörelsebrott'));
  });

  it('maps unambiguous offence names', () => {
    expect(lookupCategory(lookup, 'Misshandel')).toBe(categoryIndex('Våldsbrott'));
    expect(lookupCategory(lookup, 'Eget bruk av narkotika')).toBe(categoryIndex('Narkotikabrott'));
    expect(lookupCategory(lookup, 'Brott mot knivlagen')).toBe(
      categoryIndex('Övriga specialstraffrättsliga brott'),
    );
    expect(lookupCategory(lookup, 'Stöld i butik')).toBe(categoryIndex('Tillgrepp i butik'));
  });

  it('leaves ambiguous ones to the user', () => {
    for (const raw of ['Rån', 'Olaga hot', 'Stöld', 'Snatteri', '0301']) {
      expect(lookupCategory(lookup, raw)).toBe(UNKNOWN_CATEGORY);
    }
  });

  it('lets the user map, remap and unmap values', () => {
    const own = categoryLookup({
      Rån: categoryIndex('Våldsbrott'),
      misshandel: categoryIndex('Övriga brott mot person'),
      Klotter: UNKNOWN_CATEGORY,
    });
    expect(lookupCategory(own, 'RÅN')).toBe(categoryIndex('Våldsbrott'));
    expect(lookupCategory(own, 'Misshandel')).toBe(categoryIndex('Övriga brott mot person'));
    expect(lookupCategory(own, 'Klotter')).toBe(UNKNOWN_CATEGORY);
  });

  it('refuses an index that is no category', () => {
    expect(() => categoryLookup({ Rån: 10 })).toThrowError(RangeError);
  });

  it('lists the defaults for the mapping table', () => {
    expect(defaultCategoryMappingTable()).toContainEqual({ key: 'misshandel', category: 0 });
  });
});
