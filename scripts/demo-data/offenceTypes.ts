/**
 * Brottstyper (offence types) per category, as they read in a police export,
 * and how location and year shift them.
 */
import type { Category } from '../../src/analysis/categories';

export const OFFENCE_TYPES: Record<Category, readonly (readonly [string, number])[]> = {
  Våldsbrott: [
    ['Misshandel utomhus, obekant man 18+', 38],
    ['Misshandel utomhus, obekant kvinna 18+', 7],
    ['Misshandel inomhus', 15],
    ['Olaga hot', 22],
    ['Rån', 9],
    ['Våld mot tjänsteman', 6],
    ['Grov misshandel', 3],
  ],
  Trafikbrott: [
    ['Olovlig körning', 33],
    ['Rattfylleri', 22],
    ['Drograttfylleri', 10],
    ['Grov olovlig körning', 9],
    ['Smitning från trafikolycksplats', 13],
    ['Vårdslöshet i trafik', 13],
  ],
  'Övriga brott mot person': [
    ['Ofredande', 34],
    ['Brott i nära relation', 25],
    ['Sexuellt ofredande', 12],
    ['Olaga förföljelse', 9],
    ['Ärekränkning', 11],
    ['Hemfridsbrott', 9],
  ],
  'Tillgreppsbrott (exkl i butik)': [
    ['Cykelstöld', 24],
    ['Ficktjuvsstöld', 19],
    ['Stöld ur motorfordon', 14],
    ['Inbrott i källare/vind', 10],
    ['Bostadsinbrott', 7],
    ['Stöld av motorfordon', 5],
    ['Övrig stöld', 21],
  ],
  'Tillgrepp i butik': [
    ['Snatteri', 58],
    ['Stöld i butik', 36],
    ['Grov stöld i butik', 6],
  ],
  'Bedrägeribrott m.m.': [
    ['Kortbedrägeri', 28],
    ['Internetbedrägeri', 29],
    ['Telefonbedrägeri', 14],
    ['Bedrägeri mot person 65+', 17],
    ['Bedrägligt beteende', 8],
    ['Urkundsförfalskning', 4],
  ],
  'Övriga BrB-brott': [
    ['Våldsamt motstånd', 22],
    ['Häleri', 15],
    ['Egenmäktigt förfarande', 14],
    ['Olovligt brukande', 12],
    ['Framkallande av fara för annan', 8],
    ['Penningtvättsbrott', 13],
    ['Ofredande av tjänsteman', 16],
  ],
  'Övriga specialstraffrättsliga brott': [
    ['Brott mot knivlagen', 28],
    ['Brott mot ordningslagen', 34],
    ['Brott mot skyddslagen', 3],
    ['Brott mot vapenlagen', 10],
    ['Dopningsbrott', 9],
    ['Brott mot alkohollagen', 16],
  ],
  Narkotikabrott: [
    ['Innehav av narkotika', 64],
    ['Eget bruk av narkotika', 29],
    ['Innehav i överlåtelsesyfte', 4],
    ['Överlåtelse av narkotika', 2],
    ['Framställning av narkotika', 1],
  ],
  Skadegörelsebrott: [
    ['Skadegörelse genom klotter', 44],
    ['Skadegörelse på motorfordon', 24],
    ['Skadegörelse på byggnad', 14],
    ['Skadegörelse på fönster eller dörr', 10],
    ['Skadegörelse genom brand', 3],
    ['Skadegörelse, övrig', 5],
  ],
};

/** What type choice may depend on. */
export interface TypeContext {
  omrade: 'Kungsholmen' | 'Norra innerstaden';
  /** Street the point was placed along. */
  anchor: string;
  nearStureplan: boolean;
  inFridhemsplanOds: boolean;
  inKlaraOds: boolean;
  year: number;
}

/**
 * Type weights for one offence. Shifts follow the documents: the protection
 * law is broken at the police headquarters; knife-law offences rose at
 * Fridhemsplan in 2024 and fell in Klara; robbery is a night-life crime.
 */
export function typeWeights(category: Category, ctx: TypeContext): number[] {
  const base = OFFENCE_TYPES[category];
  const w = base.map(([, x]) => x);
  const set = (name: string, value: number) => {
    const i = base.findIndex(([n]) => n === name);
    if (i < 0) throw new Error(`unknown type ${name}`);
    w[i] = value;
  };
  if (category === 'Övriga specialstraffrättsliga brott') {
    if (ctx.anchor === 'Kronoberg') {
      w.fill(0.6);
      set('Brott mot skyddslagen', 90);
    } else if (ctx.inFridhemsplanOds) {
      set('Brott mot knivlagen', ctx.year >= 2024 ? 130 : ctx.year === 2023 ? 30 : 22);
    } else if (ctx.inKlaraOds) {
      set('Brott mot knivlagen', ctx.year >= 2024 ? 14 : ctx.year === 2023 ? 60 : 45);
    }
  }
  if (category === 'Narkotikabrott' && (ctx.inFridhemsplanOds || ctx.inKlaraOds)) {
    set('Innehav i överlåtelsesyfte', 8);
    set('Överlåtelse av narkotika', 5);
  }
  if (category === 'Våldsbrott' && ctx.nearStureplan) {
    set('Misshandel utomhus, obekant man 18+', 60);
    set('Rån', 16);
  }
  if (category === 'Våldsbrott' && ctx.anchor === 'Kronoberg') set('Våld mot tjänsteman', 40);
  return w;
}

/**
 * Type counts the documents state for a whole set of offences (an area, a
 * category and a period); the rest of the set takes the other types.
 */
export interface TypeQuota {
  omrade: 'Kungsholmen' | 'Norra innerstaden';
  category: Category;
  /** Inclusive day numbers. */
  first: number;
  last: number;
  counts: Readonly<Record<string, number>>;
  why: string;
}
