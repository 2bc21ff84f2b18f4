/**
 * The ten brottskategorier of the lägesbild tables, in the order the
 * documents list them. Skadegörelse is reported separately because it lags.
 */
export const CATEGORIES = [
  'Våldsbrott',
  'Trafikbrott',
  'Övriga brott mot person',
  'Tillgreppsbrott (exkl i butik)',
  'Tillgrepp i butik',
  'Bedrägeribrott m.m.',
  'Övriga BrB-brott',
  'Övriga specialstraffrättsliga brott',
  'Narkotikabrott',
  'Skadegörelsebrott',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const SKADEGORELSE_INDEX = CATEGORIES.indexOf('Skadegörelsebrott');

export function categoryIndex(name: string): number {
  return (CATEGORIES as readonly string[]).indexOf(name);
}
