import type { Category } from '../../src/analysis/categories';

/**
 * The four crime tables of the Kungsholmen lägesbild documents (2023, 2024),
 * as stated in ../shared/domain/lagesbild-facts.md. Values: [current, previous].
 */
export interface LagesbildTable {
  title: string;
  scope: { kind: 'district'; name: string } | { kind: 'ods'; id: string };
  year: number;
  toWeek: number;
  cells: Partial<
    Record<
      Category | 'Totalt (exkl. skadegörelse)' | 'Totalt (inkl. skadegörelse)',
      [number, number]
    >
  >;
}

export const LAGESBILD_TABLES: LagesbildTable[] = [
  {
    title: 'Kungsholmen stadsdelsområde, v. 1–43 2024 mot 2023',
    scope: { kind: 'district', name: 'Kungsholmen' },
    year: 2024,
    toWeek: 43,
    cells: {
      'Totalt (exkl. skadegörelse)': [7330, 7536],
      Våldsbrott: [793, 816],
      Trafikbrott: [858, 874],
      'Övriga brott mot person': [832, 670],
      'Tillgreppsbrott (exkl i butik)': [1657, 2031],
      'Tillgrepp i butik': [241, 260],
      'Bedrägeribrott m.m.': [1023, 977],
      'Övriga BrB-brott': [294, 322],
      'Övriga specialstraffrättsliga brott': [455, 405],
      Narkotikabrott: [1177, 1181],
      Skadegörelsebrott: [2015, 3148],
    },
  },
  {
    title: 'ÖDS Fridhemsplan/Stadshagen (utbredning 2024), v. 1–43 2024 mot 2023',
    scope: { kind: 'ods', id: 'fridhemsplan-stadshagen-2024' },
    year: 2024,
    toWeek: 43,
    cells: {
      'Totalt (exkl. skadegörelse)': [698, 517],
      Våldsbrott: [121, 82],
      Trafikbrott: [37, 21],
      'Övriga brott mot person': [57, 35],
      'Tillgreppsbrott (exkl i butik)': [119, 123],
      'Tillgrepp i butik': [58, 32],
      'Bedrägeribrott m.m.': [33, 45],
      'Övriga BrB-brott': [37, 28],
      'Övriga specialstraffrättsliga brott': [39, 26],
      Narkotikabrott: [197, 125],
      Skadegörelsebrott: [350, 991],
    },
  },
  {
    title: 'Kungsholmen stadsdelsområde, v. 1–41 2023 mot 2022',
    scope: { kind: 'district', name: 'Kungsholmen' },
    year: 2023,
    toWeek: 41,
    cells: {
      'Totalt (inkl. skadegörelse)': [9184, 9335],
      Våldsbrott: [750, 727],
      Trafikbrott: [815, 763],
      'Övriga brott mot person': [590, 554],
      'Tillgreppsbrott (exkl i butik)': [1920, 1757],
      'Tillgrepp i butik': [243, 197],
      'Bedrägeribrott m.m.': [828, 585],
      'Övriga BrB-brott': [288, 292],
      Skadegörelsebrott: [2272, 3134],
      'Övriga specialstraffrättsliga brott': [356, 347],
      Narkotikabrott: [1122, 979],
    },
  },
  {
    title: 'ÖDS Fridhemsplan (utbredning 2021), v. 1–41 2023 mot 2022',
    scope: { kind: 'ods', id: 'fridhemsplan-2021' },
    year: 2023,
    toWeek: 41,
    cells: {
      'Totalt (inkl. skadegörelse)': [1013, 1319],
      Våldsbrott: [60, 87],
      Trafikbrott: [11, 16],
      'Övriga brott mot person': [27, 47],
      'Tillgreppsbrott (exkl i butik)': [119, 102],
      'Tillgrepp i butik': [41, 56],
      'Bedrägeribrott m.m.': [31, 32],
      'Övriga BrB-brott': [23, 24],
      Skadegörelsebrott: [530, 761],
      'Övriga specialstraffrättsliga brott': [29, 47],
      Narkotikabrott: [142, 147],
    },
  },
];
