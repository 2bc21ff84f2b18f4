/**
 * Synthetic offence export for the demo (2020-01-01 to the end of ISO week
 * 43 2025), calibrated so the app reproduces the lägesbild tables exactly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, type Category } from '../../src/analysis/categories';
import { dayNumber, isoWeekRange } from '../../src/analysis/isoWeek';
import { calibrate, cellKey, type Cell, type CalibrationResult } from './calibration';
import { toCsv, type OffenceRow } from './csv';
import {
  buildWorld,
  loadOds,
  loadStadsdelar,
  loadStreets,
  OMRADEN,
  type Omrade,
  type World,
} from './geo';
import { typeWeights, OFFENCE_TYPES, type TypeQuota } from './offenceTypes';
import { randInt, substream, type Rng } from './prng';
import {
  buildInsideLengths,
  hotspots,
  SPATIAL_MODELS,
  StreetSampler,
  type Candidate,
} from './spatial';
import { buildBlocks, TimeSampler, type Block, type ProfileName, type Season } from './temporal';

export const SEED = 20241028;
const EXPOSURE_SAMPLES = 15_000;
const MAX_ATTEMPTS = 3_000_000;
const OWN_ATTEMPTS = 300_000;
/** Stadsdelar whose offences follow the summer visitors (Skansen, Gröna Lund). */
const SUMMER_STADSDELAR: ReadonlySet<string> = new Set(['Djurgården']);
/** Share of each cell's exposure taken from all categories, so no cell a table needs is empty. */
const EXPOSURE_FLOOR = 0.03;

export interface OffenceInputs {
  stadsdelar: string;
  ods: string;
  streets: string;
}

export function defaultInputs(outDir: string): OffenceInputs {
  const here = dirname(fileURLToPath(import.meta.url));
  return {
    stadsdelar: join(outDir, 'stadsdelar.geojson'),
    ods: join(outDir, 'ods.geojson'),
    streets: join(here, 'streets.json'),
  };
}

interface Offence {
  candidate: Candidate;
  omrade: Omrade;
  category: number;
  day: number;
  minute: number;
  type: string;
  /** Generation order, the final tie-break so sorting is reproducible. */
  seq: number;
}

/** Candidates of one category in one område, bucketed by cell and drawn in order. */
class Pool {
  private readonly buckets = new Map<string, Candidate[]>();
  private readonly used = new Map<string, number>();
  accepted = 0;

  constructor(
    private readonly sampler: StreetSampler,
    private readonly rng: Rng,
    private readonly omrade: Omrade,
  ) {}

  private generateOne(): Candidate | null {
    const c = this.sampler.draw(this.rng);
    if (!c) return null;
    const key = cellKey(this.omrade, c.placement.odsMask);
    const list = this.buckets.get(key) ?? [];
    list.push(c);
    this.buckets.set(key, list);
    this.accepted++;
    return c;
  }

  fill(n: number): void {
    for (let tries = 0; this.accepted < n; tries++) {
      if (tries > MAX_ATTEMPTS)
        throw new Error(`${this.omrade}: too few valid points (${this.accepted})`);
      this.generateOne();
    }
  }

  counts(): Map<string, number> {
    return new Map([...this.buckets].map(([k, v]) => [k, v.length]));
  }

  /** Next unused candidate in the cell; borrows from a sibling pool if this model almost never reaches it. */
  take(key: string, siblings: readonly Pool[]): Candidate {
    const i = this.used.get(key) ?? 0;
    for (let tries = 0; (this.buckets.get(key)?.length ?? 0) <= i; tries++) {
      if (tries > OWN_ATTEMPTS) {
        for (const s of siblings) {
          const c = s.borrow(key);
          if (c) return c;
        }
        throw new Error(`cell ${key}: no more points can be drawn`);
      }
      this.generateOne();
    }
    this.used.set(key, i + 1);
    return this.buckets.get(key)![i];
  }

  private borrow(key: string): Candidate | null {
    const i = this.used.get(key) ?? 0;
    for (let tries = 0; (this.buckets.get(key)?.length ?? 0) <= i; tries++) {
      if (tries > OWN_ATTEMPTS) return null;
      this.generateOne();
    }
    this.used.set(key, i + 1);
    return this.buckets.get(key)![i];
  }
}

function quotas(): TypeQuota[] {
  const w43 = (y: number) => isoWeekRange(y, 1, 43);
  const k = (
    category: Category,
    y: number,
    counts: Record<string, number>,
    why: string,
  ): TypeQuota => ({
    omrade: 'Kungsholmen',
    category,
    ...w43(y),
    counts,
    why,
  });
  return [
    k(
      'Narkotikabrott',
      2024,
      {
        'Innehav av narkotika': 782,
        'Eget bruk av narkotika': 347,
        'Innehav i överlåtelsesyfte': 41,
      },
      'narcotics breakdown 2024',
    ),
    k('Övriga brott mot person', 2022, { 'Brott i nära relation': 151 }, 'close relationships'),
    k('Övriga brott mot person', 2023, { 'Brott i nära relation': 192 }, 'close relationships'),
    k('Övriga brott mot person', 2024, { 'Brott i nära relation': 178 }, 'close relationships'),
    k('Bedrägeribrott m.m.', 2022, { 'Bedrägeri mot person 65+': 173 }, 'fraud 65+'),
    k('Bedrägeribrott m.m.', 2023, { 'Bedrägeri mot person 65+': 239 }, 'fraud 65+'),
    k('Bedrägeribrott m.m.', 2024, { 'Bedrägeri mot person 65+': 258 }, 'fraud 65+'),
    {
      omrade: 'Norra innerstaden',
      category: 'Våldsbrott',
      first: dayNumber(2022, 1, 1),
      last: dayNumber(2022, 12, 31),
      counts: { Rån: 154 },
      why: 'robberies 2022',
    },
    {
      omrade: 'Norra innerstaden',
      category: 'Våldsbrott',
      first: dayNumber(2025, 1, 1),
      last: dayNumber(2025, 10, 31),
      counts: { Rån: 69 },
      why: 'robberies 2025 (1 Jan–31 Oct)',
    },
  ];
}

export const TYPE_QUOTAS: readonly TypeQuota[] = quotas();

function typeContext(world: World, o: Offence) {
  const mask = o.candidate.placement.odsMask;
  const has = (prefix: string) =>
    world.ods.some((x, i) => x.id.startsWith(prefix) && (mask & (1 << i)) !== 0);
  return {
    omrade: o.omrade,
    anchor: o.candidate.anchor,
    nearStureplan: o.candidate.nearStureplan,
    // The 2021 extent alone is Kronobergsplanen and the eye-hospital site, which dropped out.
    inFridhemsplanOds: has('fridhemsplan-stadshagen'),
    inKlaraOds: has('klara-sergels-torg'),
    year: Number(new Date(o.day * 86_400_000).toISOString().slice(0, 4)),
  };
}

/** Gives each offence a type; inside a quota set the stated counts are met exactly. */
function assignTypes(world: World, offences: Offence[], rng: Rng): void {
  const quotaOf = (o: Offence) =>
    TYPE_QUOTAS.findIndex(
      (q) =>
        q.omrade === o.omrade &&
        CATEGORIES[o.category] === q.category &&
        o.day >= q.first &&
        o.day <= q.last,
    );
  const members = TYPE_QUOTAS.map(() => [] as Offence[]);
  const balanced = new BalancedChooser();
  for (const o of offences) {
    const q = quotaOf(o);
    const names = OFFENCE_TYPES[CATEGORIES[o.category]].map(([n]) => n);
    const w = typeWeights(CATEGORIES[o.category], typeContext(world, o));
    if (q >= 0) {
      members[q].push(o);
      continue;
    }
    o.type = names[balanced.choose(rng, `${o.category}|${w.join(',')}`, w)];
  }
  TYPE_QUOTAS.forEach((q, qi) => {
    const set = members[qi];
    const names = OFFENCE_TYPES[q.category].map(([n]) => n);
    const need = Object.values(q.counts).reduce((a, b) => a + b, 0);
    if (need > set.length)
      throw new Error(`type quota ${q.why}: needs ${need} offences, only ${set.length} exist`);
    const weights = set.map((o) => typeWeights(q.category, typeContext(world, o)));
    const free = new Set(set.map((_, i) => i));
    for (const [type, count] of Object.entries(q.counts)) {
      const t = names.indexOf(type);
      if (t < 0) throw new Error(`type quota ${q.why}: unknown type ${type}`);
      // Weighted sampling without replacement (Efraimidis–Spirakis keys).
      const keyed = [...free].map(
        (i) => [Math.pow(rng.next(), 1 / Math.max(1e-3, weights[i][t])), i] as const,
      );
      keyed.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
      for (const [, i] of keyed.slice(0, count)) {
        set[i].type = type;
        free.delete(i);
      }
    }
    const quotaTypes = new Set(Object.keys(q.counts));
    for (const i of free) {
      const w = weights[i].map((x, t) => (quotaTypes.has(names[t]) ? 0 : x));
      set[i].type = names[balanced.choose(rng, `${q.why}|${w.join(',')}`, w)];
    }
  });
}

/**
 * Draws types so that each group of offences with the same type weights
 * gets close to the expected count of every type (the deficit is kept below
 * about one), instead of independent draws whose luck could invert a small
 * trend such as knife-law offences at one ÖDS.
 */
class BalancedChooser {
  private readonly groups = new Map<string, { expected: number[]; given: number[] }>();

  choose(rng: Rng, key: string, weights: readonly number[]): number {
    const total = weights.reduce((a, b) => a + b, 0);
    if (!(total > 0)) throw new Error('all type weights are zero');
    let g = this.groups.get(key);
    if (!g) {
      g = { expected: weights.map(() => 0), given: weights.map(() => 0) };
      this.groups.set(key, g);
    }
    let best = -1;
    let bestScore = -Infinity;
    weights.forEach((w, t) => {
      g.expected[t] += w / total;
      if (w <= 0) return;
      const score = g.expected[t] - g.given[t] + rng.next();
      if (score > bestScore) {
        bestScore = score;
        best = t;
      }
    });
    g.given[best]++;
    return best;
  }
}

export interface GenerationResult {
  rows: OffenceRow[];
  world: World;
  cells: Cell[];
  blocks: Block[];
  calibration: CalibrationResult;
}

export function generateOffences(inputs: OffenceInputs): GenerationResult {
  const world = buildWorld(
    loadStadsdelar(inputs.stadsdelar),
    loadOds(inputs.ods),
    loadStreets(inputs.streets),
  );
  const spots = hotspots(world);
  const blocks = buildBlocks();

  // Exposure: where each category's spatial model puts offences, by cell.
  const pools = new Map<string, Pool>();
  const poolKey = (omrade: Omrade, c: number) => `${omrade}|${c}`;
  for (const omrade of OMRADEN) {
    const inside = buildInsideLengths(world, omrade);
    CATEGORIES.forEach((category, c) => {
      const sampler = new StreetSampler(
        world,
        omrade,
        SPATIAL_MODELS[omrade][category],
        spots,
        inside,
      );
      const pool = new Pool(sampler, substream(SEED, `points ${omrade} ${category}`), omrade);
      pool.fill(EXPOSURE_SAMPLES);
      pools.set(poolKey(omrade, c), pool);
    });
  }
  const keys = new Map<string, Cell>();
  for (const [k, pool] of pools) {
    const omrade = k.split('|')[0] as Omrade;
    for (const key of pool.counts().keys())
      keys.set(key, { key, omrade, odsMask: Number(key.split('|')[1]) });
  }
  const cells = [...keys.values()].sort(
    (a, b) => a.omrade.localeCompare(b.omrade) || a.odsMask - b.odsMask,
  );
  const exposure = Object.fromEntries(
    OMRADEN.map((omrade) => {
      const own = CATEGORIES.map((_, c) => {
        const pool = pools.get(poolKey(omrade, c))!;
        const counts = pool.counts();
        return Float64Array.from(cells, (cell) =>
          cell.omrade === omrade ? (counts.get(cell.key) ?? 0) / pool.accepted : 0,
        );
      });
      const mean = Float64Array.from(
        cells,
        (_, i) => own.reduce((s, e) => s + e[i], 0) / own.length,
      );
      return [
        omrade,
        own.map((e) => e.map((v, i) => (1 - EXPOSURE_FLOOR) * v + EXPOSURE_FLOOR * mean[i])),
      ];
    }),
  ) as Record<Omrade, Float64Array[]>;

  const calibration = calibrate({ world, cells, blocks, exposure });

  // Points and times, cell by cell and block by block.
  const timeRng = substream(SEED, 'times');
  const times = new TimeSampler();
  const offences: Offence[] = [];
  const nb = blocks.length;
  CATEGORIES.forEach((category, c) => {
    cells.forEach((cell, i) => {
      const pool = pools.get(poolKey(cell.omrade, c))!;
      const siblings = CATEGORIES.map((_, o) => pools.get(poolKey(cell.omrade, o))!).filter(
        (p) => p !== pool,
      );
      for (const block of blocks) {
        const n = calibration.counts[c][i * nb + block.index];
        for (let k = 0; k < n; k++) {
          const candidate = pool.take(cell.key, siblings);
          const profile: ProfileName =
            category === 'Våldsbrott' &&
            cell.omrade === 'Norra innerstaden' &&
            candidate.nearStureplan
              ? 'Våldsbrott, nattliv'
              : category;
          const season: Season = SUMMER_STADSDELAR.has(
            world.stadsdelar[candidate.placement.stadsdel].name,
          )
            ? 'summer crowds'
            : 'all year';
          const t = times.sample(timeRng, profile, block, season);
          offences.push({
            candidate,
            omrade: cell.omrade,
            category: c,
            day: t.day,
            minute: t.minute,
            type: '',
            seq: offences.length,
          });
        }
      }
    });
  });

  assignTypes(world, offences, substream(SEED, 'types'));
  offences.sort((a, b) => a.day - b.day || a.minute - b.minute || a.seq - b.seq);

  // Case numbers run per report year in time order, with gaps for other districts' cases.
  const idRng = substream(SEED, 'case numbers');
  const serial = new Map<number, number>();
  const rows = offences.map((o): OffenceRow => {
    const year = new Date(o.day * 86_400_000).getUTCFullYear();
    const next = (serial.get(year) ?? randInt(idRng, 10_000, 30_000)) + randInt(idRng, 1, 24);
    serial.set(year, next);
    if (next > 999_999) throw new Error('case number overflow');
    return {
      caseNumber: `5000-K${String(next).padStart(6, '0')}-${String(year % 100).padStart(2, '0')}`,
      day: o.day,
      minute: o.minute,
      category: CATEGORIES[o.category],
      type: o.type,
      plats: o.candidate.plats,
      north: o.candidate.north,
      east: o.candidate.east,
    };
  });
  return { rows, world, cells, blocks, calibration };
}

/** Writes `offences.csv` into outDir (reading the demo geography from outDir and this folder). */
export function writeOffences(outDir: string, inputs: OffenceInputs = defaultInputs(outDir)): void {
  const { rows } = generateOffences(inputs);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'offences.csv'), toCsv(rows), 'utf8');
}
