/**
 * The four crime tables of the lägesbild documents (police "Status"
 * program), which the demo data must reproduce exactly.
 */
import { CATEGORIES, type Category } from '../../src/analysis/categories';

export type TableArea = { kind: 'omrade'; omrade: 'Kungsholmen' } | { kind: 'ods'; id: string };

export interface LagesbildTable {
  id: 'T1' | 'T2' | 'T3' | 'T4';
  title: string;
  area: TableArea;
  fromWeek: number;
  toWeek: number;
  /** Per ISO year, counts in CATEGORIES order. */
  years: { isoYear: number; counts: readonly number[] }[];
}

function row(counts: Record<Category, number>): number[] {
  return CATEGORIES.map((c) => counts[c]);
}

export const TABLES: readonly LagesbildTable[] = [
  {
    id: 'T1',
    title: 'Kungsholmen stadsdelsområde, v. 1–43',
    area: { kind: 'omrade', omrade: 'Kungsholmen' },
    fromWeek: 1,
    toWeek: 43,
    years: [
      {
        isoYear: 2024,
        counts: row({
          Våldsbrott: 793,
          Trafikbrott: 858,
          'Övriga brott mot person': 832,
          'Tillgreppsbrott (exkl i butik)': 1657,
          'Tillgrepp i butik': 241,
          'Bedrägeribrott m.m.': 1023,
          'Övriga BrB-brott': 294,
          'Övriga specialstraffrättsliga brott': 455,
          Narkotikabrott: 1177,
          Skadegörelsebrott: 2015,
        }),
      },
      {
        isoYear: 2023,
        counts: row({
          Våldsbrott: 816,
          Trafikbrott: 874,
          'Övriga brott mot person': 670,
          'Tillgreppsbrott (exkl i butik)': 2031,
          'Tillgrepp i butik': 260,
          'Bedrägeribrott m.m.': 977,
          'Övriga BrB-brott': 322,
          'Övriga specialstraffrättsliga brott': 405,
          Narkotikabrott: 1181,
          Skadegörelsebrott: 3148,
        }),
      },
    ],
  },
  {
    id: 'T2',
    title: 'ÖDS Fridhemsplan/Stadshagen (2024 extent), v. 1–43',
    area: { kind: 'ods', id: 'fridhemsplan-stadshagen-2024' },
    fromWeek: 1,
    toWeek: 43,
    years: [
      {
        isoYear: 2024,
        counts: row({
          Våldsbrott: 121,
          Trafikbrott: 37,
          'Övriga brott mot person': 57,
          'Tillgreppsbrott (exkl i butik)': 119,
          'Tillgrepp i butik': 58,
          'Bedrägeribrott m.m.': 33,
          'Övriga BrB-brott': 37,
          'Övriga specialstraffrättsliga brott': 39,
          Narkotikabrott: 197,
          Skadegörelsebrott: 350,
        }),
      },
      {
        isoYear: 2023,
        counts: row({
          Våldsbrott: 82,
          Trafikbrott: 21,
          'Övriga brott mot person': 35,
          'Tillgreppsbrott (exkl i butik)': 123,
          'Tillgrepp i butik': 32,
          'Bedrägeribrott m.m.': 45,
          'Övriga BrB-brott': 28,
          'Övriga specialstraffrättsliga brott': 26,
          Narkotikabrott: 125,
          Skadegörelsebrott: 991,
        }),
      },
    ],
  },
  {
    id: 'T3',
    title: 'Kungsholmen stadsdelsområde, v. 1–41',
    area: { kind: 'omrade', omrade: 'Kungsholmen' },
    fromWeek: 1,
    toWeek: 41,
    years: [
      {
        isoYear: 2023,
        counts: row({
          Våldsbrott: 750,
          Trafikbrott: 815,
          'Övriga brott mot person': 590,
          'Tillgreppsbrott (exkl i butik)': 1920,
          'Tillgrepp i butik': 243,
          'Bedrägeribrott m.m.': 828,
          'Övriga BrB-brott': 288,
          'Övriga specialstraffrättsliga brott': 356,
          Narkotikabrott: 1122,
          Skadegörelsebrott: 2272,
        }),
      },
      {
        isoYear: 2022,
        counts: row({
          Våldsbrott: 727,
          Trafikbrott: 763,
          'Övriga brott mot person': 554,
          'Tillgreppsbrott (exkl i butik)': 1757,
          'Tillgrepp i butik': 197,
          'Bedrägeribrott m.m.': 585,
          'Övriga BrB-brott': 292,
          'Övriga specialstraffrättsliga brott': 347,
          Narkotikabrott: 979,
          Skadegörelsebrott: 3134,
        }),
      },
    ],
  },
  {
    id: 'T4',
    title: 'Fridhemsplan (ÖDS 2021 extent), v. 1–41',
    area: { kind: 'ods', id: 'fridhemsplan-2021' },
    fromWeek: 1,
    toWeek: 41,
    years: [
      {
        isoYear: 2023,
        counts: row({
          Våldsbrott: 60,
          Trafikbrott: 11,
          'Övriga brott mot person': 27,
          'Tillgreppsbrott (exkl i butik)': 119,
          'Tillgrepp i butik': 41,
          'Bedrägeribrott m.m.': 31,
          'Övriga BrB-brott': 23,
          'Övriga specialstraffrättsliga brott': 29,
          Narkotikabrott: 142,
          Skadegörelsebrott: 530,
        }),
      },
      {
        isoYear: 2022,
        counts: row({
          Våldsbrott: 87,
          Trafikbrott: 16,
          'Övriga brott mot person': 47,
          'Tillgreppsbrott (exkl i butik)': 102,
          'Tillgrepp i butik': 56,
          'Bedrägeribrott m.m.': 32,
          'Övriga BrB-brott': 24,
          'Övriga specialstraffrättsliga brott': 47,
          Narkotikabrott: 147,
          Skadegörelsebrott: 761,
        }),
      },
    ],
  },
];

/** The documents' printed totals, checked so a typo in a row cannot slip in. */
export const PRINTED_TOTALS: Record<string, number> = {
  'T1 2024': 7330 + 2015,
  'T1 2023': 7536 + 3148,
  'T2 2024': 698 + 350,
  'T2 2023': 517 + 991,
  'T3 2023': 9184,
  'T3 2022': 9335,
  'T4 2023': 1013,
  'T4 2022': 1319,
};
