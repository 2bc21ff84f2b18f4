/**
 * Where offences happen: each category of each stadsdelsområde is a mixture
 * over streets (named hot streets with fixed shares, the rest by length),
 * pulled towards hotspots, with a Gaussian offset across the street.
 */
import type { Category } from '../../src/analysis/categories';
import {
  centroid,
  distanceToStreet,
  odsIndex,
  place,
  pointAlong,
  type Omrade,
  type Placement,
  type Street,
  type World,
} from './geo';
import { normal, WeightedTable, type Rng } from './prng';

export type HotspotName = 'Fridhemsplan' | 'Klara' | 'Odenplan' | 'Stureplan';

export interface Hotspot {
  x: number;
  y: number;
}

interface Pull {
  spot: HotspotName;
  strength: number;
  sigma: number;
}

interface SpatialModel {
  /** Absolute share of points per named street; the remainder goes to all other streets by length. */
  streets: Readonly<Record<string, number>>;
  pulls: readonly Pull[];
  /** Traffic offences use through roads at full weight. */
  motorway?: boolean;
  /** Absolute share per street of the quieter stadsdelar, taken evenly from all other streets. */
  background?: Readonly<Record<string, number>>;
}

/**
 * Offences away from the hot streets: the quieter stadsdelar get a share of
 * every category on their own streets, scaled per category (few shops, so
 * little shoplifting; no scene, so fewer narcotics offences). Taking it
 * evenly from everything else keeps the hot streets' order and the tables.
 */
interface Background {
  streets: Readonly<Record<string, number>>;
  factor: Partial<Record<Category, number>>;
}

const KUNGSHOLMEN_BACKGROUND: Background = {
  // Fredhäll, housing and Fredhällsparken.
  streets: { Fredhällsgatan: 0.013, Snoilskyvägen: 0.009 },
  factor: {
    'Tillgrepp i butik': 0.3,
    'Övriga specialstraffrättsliga brott': 0.5,
    Narkotikabrott: 0.5,
    'Bedrägeribrott m.m.': 1.3,
    Skadegörelsebrott: 1.2,
  },
};

const NORRA_INNERSTADEN_BACKGROUND: Background = {
  streets: {
    // Djurgården: Skansen, Gröna Lund and the museums (summer crowds, see offences.ts).
    Djurgårdsvägen: 0.034,
    'Allmänna gränd': 0.02,
    // Skeppsholmen: museums and a few homes.
    'Västra brobänken': 0.005,
    Skeppsholmsbacken: 0.004,
    // Ladugårdsgärdet.
    Lidingövägen: 0.02,
    Värtavägen: 0.013,
    Rindögatan: 0.012,
    // Norra Djurgården: Roslagstull, KTH and the university at Frescati.
    Körsbärsvägen: 0.019,
    'Drottning Kristinas väg': 0.022,
    Universitetsvägen: 0.018,
  },
  factor: {
    Trafikbrott: 1.3,
    'Tillgrepp i butik': 0.4,
    'Bedrägeribrott m.m.': 0.8,
    'Övriga specialstraffrättsliga brott': 0.7,
    Narkotikabrott: 0.6,
    Skadegörelsebrott: 1.2,
  },
};

const FRIDHEMSPLAN = (strength: number): Pull => ({ spot: 'Fridhemsplan', strength, sigma: 260 });
const CITY = (klara: number, odenplan: number, sture: number): Pull[] => [
  { spot: 'Klara', strength: klara, sigma: 220 },
  { spot: 'Odenplan', strength: odenplan, sigma: 180 },
  { spot: 'Stureplan', strength: sture, sigma: 160 },
];

// Shares follow the lägesbild: violence, theft and narcotics on the three
// streets around Fridhemsplan; damage on Drottningholmsvägen and
// Mariebergsgatan; the protection law at Kronoberg.
const KUNGSHOLMEN: Record<Category, SpatialModel> = {
  Våldsbrott: {
    streets: {
      'Sankt Eriksgatan': 0.23,
      'Sankt Göransgatan': 0.19,
      Fleminggatan: 0.2,
      Hantverkargatan: 0.05,
      Kronoberg: 0.03,
    },
    pulls: [FRIDHEMSPLAN(4)],
  },
  Trafikbrott: {
    streets: {
      Drottningholmsvägen: 0.16,
      Fleminggatan: 0.12,
      'Sankt Eriksgatan': 0.12,
      Hantverkargatan: 0.08,
    },
    pulls: [FRIDHEMSPLAN(1)],
    motorway: true,
  },
  'Övriga brott mot person': {
    streets: { 'Sankt Eriksgatan': 0.08, Fleminggatan: 0.06 },
    pulls: [FRIDHEMSPLAN(0.8)],
  },
  'Tillgreppsbrott (exkl i butik)': {
    streets: {
      'Sankt Eriksgatan': 0.24,
      'Sankt Göransgatan': 0.18,
      Fleminggatan: 0.2,
      Hantverkargatan: 0.06,
    },
    pulls: [FRIDHEMSPLAN(2.5)],
  },
  'Tillgrepp i butik': {
    streets: {
      'Sankt Eriksgatan': 0.33,
      Fleminggatan: 0.24,
      'Sankt Göransgatan': 0.19,
      Hantverkargatan: 0.05,
    },
    pulls: [FRIDHEMSPLAN(3)],
  },
  'Bedrägeribrott m.m.': {
    streets: { 'Sankt Eriksgatan': 0.07 },
    pulls: [],
  },
  'Övriga BrB-brott': {
    streets: { 'Sankt Eriksgatan': 0.1, Fleminggatan: 0.1, Kronoberg: 0.12 },
    pulls: [FRIDHEMSPLAN(1.5)],
  },
  'Övriga specialstraffrättsliga brott': {
    streets: {
      Kronoberg: 0.4,
      'Sankt Eriksgatan': 0.12,
      Fleminggatan: 0.1,
      'Sankt Göransgatan': 0.08,
    },
    pulls: [FRIDHEMSPLAN(3)],
  },
  Narkotikabrott: {
    streets: { 'Sankt Eriksgatan': 0.26, 'Sankt Göransgatan': 0.22, Fleminggatan: 0.22 },
    pulls: [FRIDHEMSPLAN(6)],
  },
  Skadegörelsebrott: {
    streets: { Drottningholmsvägen: 0.3, Mariebergsgatan: 0.25 },
    pulls: [],
  },
};

const NORRA_INNERSTADEN: Record<Category, SpatialModel> = {
  Våldsbrott: {
    streets: {
      Stureplan: 0.14,
      'Birger Jarlsgatan': 0.12,
      Drottninggatan: 0.11,
      Klarabergsgatan: 0.1,
      Vasagatan: 0.08,
      Sveavägen: 0.1,
      Odengatan: 0.07,
    },
    pulls: CITY(3, 2, 4),
  },
  Trafikbrott: {
    streets: { Sveavägen: 0.15, Vasagatan: 0.12, 'Birger Jarlsgatan': 0.12, Odengatan: 0.08 },
    pulls: CITY(1, 1, 1),
    motorway: true,
  },
  'Övriga brott mot person': {
    streets: { Drottninggatan: 0.1, Stureplan: 0.06, Sveavägen: 0.08 },
    pulls: CITY(2, 1, 2),
  },
  'Tillgreppsbrott (exkl i butik)': {
    streets: {
      Drottninggatan: 0.18,
      Klarabergsgatan: 0.14,
      Vasagatan: 0.1,
      'Birger Jarlsgatan': 0.08,
      Stureplan: 0.06,
      Sveavägen: 0.08,
    },
    pulls: CITY(3, 1.5, 2),
  },
  'Tillgrepp i butik': {
    streets: { Drottninggatan: 0.3, Klarabergsgatan: 0.22, Odengatan: 0.08, Sveavägen: 0.08 },
    pulls: CITY(4, 2, 1),
  },
  'Bedrägeribrott m.m.': {
    streets: { Sveavägen: 0.06, Drottninggatan: 0.06 },
    pulls: CITY(1, 0.5, 0.5),
  },
  'Övriga BrB-brott': {
    streets: { Vasagatan: 0.1, Klarabergsgatan: 0.1, Drottninggatan: 0.08 },
    pulls: CITY(2, 1, 1),
  },
  'Övriga specialstraffrättsliga brott': {
    streets: { Klarabergsgatan: 0.14, Vasagatan: 0.12, Stureplan: 0.1, Odengatan: 0.08 },
    pulls: CITY(3, 2, 2),
  },
  Narkotikabrott: {
    streets: {
      Klarabergsgatan: 0.2,
      Vasagatan: 0.16,
      Drottninggatan: 0.12,
      Odengatan: 0.1,
      Sveavägen: 0.08,
      Stureplan: 0.06,
    },
    pulls: CITY(5, 3, 1.5),
  },
  Skadegörelsebrott: {
    streets: { Drottninggatan: 0.08, Sveavägen: 0.08, Odengatan: 0.06 },
    pulls: CITY(1, 1, 0.5),
  },
};

function withBackground(
  models: Record<Category, SpatialModel>,
  bg: Background,
): Record<Category, SpatialModel> {
  const out = {} as Record<Category, SpatialModel>;
  for (const [category, model] of Object.entries(models) as [Category, SpatialModel][]) {
    const f = bg.factor[category] ?? 1;
    for (const name of Object.keys(bg.streets))
      if (model.streets[name] !== undefined)
        throw new Error(`${category}: ${name} is both a hot and a background street`);
    out[category] = {
      ...model,
      background: Object.fromEntries(Object.entries(bg.streets).map(([n, w]) => [n, w * f])),
    };
  }
  return out;
}

export const SPATIAL_MODELS: Record<Omrade, Record<Category, SpatialModel>> = {
  Kungsholmen: withBackground(KUNGSHOLMEN, KUNGSHOLMEN_BACKGROUND),
  'Norra innerstaden': withBackground(NORRA_INNERSTADEN, NORRA_INNERSTADEN_BACKGROUND),
};

/** Labels with a delimiter or quotes, as real exports have, placed near the hotspots. */
const LANDMARKS: Record<HotspotName, { label: string; radius: number; probability: number }> = {
  Fridhemsplan: { label: 'Fridhemsplan; tunnelbanan', radius: 90, probability: 0.1 },
  Klara: { label: 'Sergels torg; T-Centralen', radius: 120, probability: 0.08 },
  Odenplan: { label: 'Odenplan; pendeltågsstationen', radius: 90, probability: 0.08 },
  Stureplan: { label: 'Stureplan 2, "Svampen"', radius: 60, probability: 0.15 },
};

/** The police headquarters block has addresses rather than a street of its own. */
const KRONOBERG_ADDRESSES: readonly (readonly [string, number])[] = [
  ['Polhemsgatan 30', 6],
  ['Kungsholmsgatan 43', 3],
  ['Bergsgatan 52', 2],
];

export interface Candidate {
  /** SWEREF 99 TM, already rounded to 0.1 m. */
  east: number;
  north: number;
  placement: Placement;
  /** Street the point was scattered around. */
  anchor: string;
  plats: string;
  nearStureplan: boolean;
}

export function hotspots(world: World): Record<HotspotName, Hotspot> {
  const stureplan = world.streets.find((s) => s.name === 'Stureplan');
  const sture = stureplan ? pointAlong(stureplan, stureplan.length / 2) : null;
  const klara = centroid(world.ods[odsIndex(world, 'klara-sergels-torg-2024')]);
  return {
    Fridhemsplan: centroid(world.ods[odsIndex(world, 'fridhemsplan-2021')]),
    Klara: klara,
    Odenplan: centroid(world.ods[odsIndex(world, 'odenplan-2021')]),
    // Without a Stureplan line, fall back to the north-east of Klara (Stureplan lies ~800 m that way).
    Stureplan: sture ? { x: sture.x, y: sture.y } : { x: klara.x + 600, y: klara.y + 500 },
  };
}

const REST_STREET_CAP = 0.07;
/** Through roads: traffic offences belong there, other offences only where they pass housing. */
const MOTORWAYS = new Set(['Essingeringen', 'Essingeleden']);

const round1 = (v: number): number => Math.round(v * 10) / 10;

/** Metres of each street inside the given stadsdelsområde, sampled every 5 m. */
function lengthInside(world: World, street: Street, omrade: Omrade): number {
  const step = 5;
  let inside = 0;
  for (let s = step / 2; s < street.length; s += step) {
    const p = pointAlong(street, s);
    const at = place(world, p.x, p.y);
    if (at && world.stadsdelar[at.stadsdel].omrade === omrade) inside += step;
  }
  return inside;
}

/** Draws candidate points for one category of one stadsdelsområde. */
export class StreetSampler {
  private readonly streets: Street[];
  private readonly table: WeightedTable;
  private readonly pulls: { spot: Hotspot; strength: number; sigma: number }[];
  private readonly pullMax: number;

  constructor(
    private readonly world: World,
    private readonly omrade: Omrade,
    model: SpatialModel,
    private readonly spots: Record<HotspotName, Hotspot>,
    insideLength: ReadonlyMap<Street, number>,
  ) {
    this.streets = world.streets.filter((s) => (insideLength.get(s) ?? 0) > 0);
    if (this.streets.length === 0) throw new Error(`no street lies inside ${omrade}`);
    const background = model.background ?? {};
    const backgroundShare = this.streets.reduce((sum, s) => sum + (background[s.name] ?? 0), 0);
    if (backgroundShare >= 1) throw new Error(`${omrade}: background shares add up to ≥ 1`);
    const core = this.streets.filter((s) => background[s.name] === undefined);
    const named = core.filter((s) => model.streets[s.name] !== undefined);
    const namedShare = named.reduce((sum, s) => sum + (model.streets[s.name] ?? 0), 0);
    const rest = core.filter((s) => model.streets[s.name] === undefined);
    const restLength = rest.reduce((sum, s) => sum + (insideLength.get(s) ?? 0), 0);
    const restShare = Math.max(0, 1 - namedShare);
    const coreWeight = (s: Street): number => {
      const share = model.streets[s.name];
      if (share !== undefined) return share;
      // Capped so one long ordinary street cannot outweigh the hot streets.
      if (restLength === 0) return 0;
      const w = Math.min(REST_STREET_CAP, (restShare * (insideLength.get(s) ?? 0)) / restLength);
      return model.motorway ? w : w * (MOTORWAYS.has(s.name) ? 0.3 : 1);
    };
    const coreTotal = core.reduce((sum, s) => sum + coreWeight(s), 0);
    this.table = new WeightedTable(
      this.streets.map((s) =>
        background[s.name] !== undefined
          ? background[s.name]
          : coreTotal > 0
            ? ((1 - backgroundShare) * coreWeight(s)) / coreTotal
            : 0,
      ),
    );
    this.pulls = model.pulls.map((p) => ({
      spot: spots[p.spot],
      strength: p.strength,
      sigma: p.sigma,
    }));
    this.pullMax = 1 + this.pulls.reduce((s, p) => s + p.strength, 0);
  }

  /** Random search for a position pulled towards the hotspots, as rejection sampling along the street. */
  private alongStreet(rng: Rng, street: Street): number {
    for (let tries = 0; tries < 200; tries++) {
      const s = rng.next() * street.length;
      if (this.pulls.length === 0) return s;
      const p = pointAlong(street, s);
      let f = 1;
      for (const h of this.pulls) {
        const d2 = (p.x - h.spot.x) ** 2 + (p.y - h.spot.y) ** 2;
        f += h.strength * Math.exp(-d2 / (2 * h.sigma * h.sigma));
      }
      if (rng.next() * this.pullMax < f) return s;
    }
    return rng.next() * street.length;
  }

  /** One attempt; null when the point falls outside the området or too near a border. */
  draw(rng: Rng): Candidate | null {
    const street = this.streets[this.table.draw(rng)];
    const s = this.alongStreet(rng, street);
    const p = pointAlong(street, s);
    // Half-normal offset from the centre line plus a pavement's width, capped at ~35 m.
    const side = rng.next() < 0.5 ? -1 : 1;
    const offset = Math.min(35, 2 + Math.abs(normal(rng)) * 11);
    const along = normal(rng) * 2;
    const east = round1(p.x - side * offset * p.dy + along * p.dx);
    const north = round1(p.y + side * offset * p.dx + along * p.dy);
    const placement = place(this.world, east, north);
    if (!placement || this.world.stadsdelar[placement.stadsdel].omrade !== this.omrade) return null;
    return {
      east,
      north,
      placement,
      anchor: street.name,
      plats: this.label(rng, street, s, side, east, north),
      nearStureplan:
        Math.hypot(east - this.spots.Stureplan.x, north - this.spots.Stureplan.y) < 250,
    };
  }

  private label(
    rng: Rng,
    street: Street,
    s: number,
    side: number,
    east: number,
    north: number,
  ): string {
    for (const [name, spot] of Object.entries(this.spots) as [HotspotName, Hotspot][]) {
      const lm = LANDMARKS[name];
      if (Math.hypot(east - spot.x, north - spot.y) < lm.radius && rng.next() < lm.probability)
        return lm.label;
    }
    if (street.name === 'Kronoberg') {
      return KRONOBERG_ADDRESSES[
        new WeightedTable(KRONOBERG_ADDRESSES.map(([, w]) => w)).draw(rng)
      ][0];
    }
    if (street.name === 'Stureplan') return `Stureplan ${1 + Math.floor(rng.next() * 8)}`;
    // Odd numbers on the left of the digitised direction, even on the right, ~14 m per pair.
    const pair = Math.floor(s / 14);
    return `${street.name} ${2 * pair + (side < 0 ? 1 : 2)}`;
  }
}

export function buildInsideLengths(world: World, omrade: Omrade): Map<Street, number> {
  return new Map(world.streets.map((s) => [s, lengthInside(world, s, omrade)]));
}

/** Nearest street name to a point, for checks that do not trust the generator's own bookkeeping. */
export function nearestStreet(
  world: World,
  east: number,
  north: number,
): { name: string; distance: number } {
  let best = { name: '', distance: Infinity };
  for (const s of world.streets) {
    const d = distanceToStreet(s, east, north);
    if (d < best.distance) best = { name: s.name, distance: d };
  }
  return best;
}
