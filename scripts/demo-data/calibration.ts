/**
 * How many offences go in each (space cell × time block × category), so the
 * four lägesbild tables come out exactly and everything else is plausible.
 *
 * Space is partitioned into cells: the stadsdelsområde plus the set of ÖDS
 * extents a point lies in. Every table area is a union of cells and every
 * table period a union of blocks, so each table value is one equation over
 * cell × block counts, solved per category and ISO year.
 */
import { CATEGORIES, type Category } from '../../src/analysis/categories';
import { odsIndex, type Omrade, type World } from './geo';
import { solveCounts, type Equation } from './solver';
import { TABLES, type LagesbildTable } from './tables';
import type { Block } from './temporal';

export interface Cell {
  key: string;
  omrade: Omrade;
  odsMask: number;
}

export const cellKey = (omrade: Omrade, odsMask: number): string => `${omrade}|${odsMask}`;

/** counts[category][cell * blockCount + block] */
export type CountGrid = Int32Array[];

// Weekly volumes outside the tables. Kungsholmen follows the tables' own
// level (~12 000 a year); 2020 dips with the pandemic; 2025 drifts on.
const K_YEAR_FACTOR: Record<number, readonly number[]> = {
  // CATEGORIES order: våld, trafik, övr person, tillgrepp, butik, bedrägeri, BrB, special, narkotika, skadegörelse
  2020: [0.86, 0.95, 0.93, 0.78, 0.82, 0.82, 0.92, 0.85, 0.9, 1.02],
  2021: [0.9, 1.0, 0.96, 0.86, 0.9, 0.9, 0.95, 0.9, 0.94, 1.0],
  2025: [0.95, 1.02, 1.0, 0.95, 1.0, 1.03, 0.98, 1.05, 1.05, 0.9],
};

// Norra innerstaden is a smaller demo volume (~6 000 a year), city-centre mix.
const NI_PER_YEAR = 6400;
const NI_MIX = [0.12, 0.07, 0.07, 0.3, 0.1, 0.08, 0.04, 0.05, 0.1, 0.07];
const NI_YEAR_FACTOR: Record<number, number> = {
  2020: 0.85,
  2021: 0.9,
  2022: 1,
  2023: 1,
  2024: 0.97,
  2025: 0.95,
};

/** Per-week Kungsholmen rate of category c in ISO year y, anchored on the tables. */
function kungsholmenWeekly(c: number, isoYear: number): number {
  const fromTable = (id: 'T1' | 'T3', year: number) => {
    const t = TABLES.find((x) => x.id === id)!;
    const y = t.years.find((x) => x.isoYear === year)!;
    return y.counts[c] / (t.toWeek - t.fromWeek + 1);
  };
  if (isoYear === 2024 || isoYear === 2023) return fromTable('T1', isoYear);
  if (isoYear === 2022) return fromTable('T3', 2022);
  if (isoYear === 2025) return fromTable('T1', 2024) * K_YEAR_FACTOR[2025][c];
  return fromTable('T3', 2022) * K_YEAR_FACTOR[isoYear][c];
}

function niWeekly(c: number, isoYear: number): number {
  return (NI_PER_YEAR * NI_MIX[c] * NI_YEAR_FACTOR[isoYear]) / 52.18;
}

/**
 * Year-specific intensity of an ÖDS relative to its surroundings: narcotics
 * moved away from Klara in 2024 and Odenplan stopped being a scene in 2023.
 */
function cellMultiplier(world: World, cell: Cell, category: Category, isoYear: number): number {
  let m = 1;
  const has = (prefix: string) =>
    world.ods.some((o, i) => o.id.startsWith(prefix) && (cell.odsMask & (1 << i)) !== 0);
  if (category === 'Narkotikabrott' || category === 'Övriga specialstraffrättsliga brott') {
    if (has('klara-sergels-torg')) m *= isoYear >= 2024 ? 0.7 : isoYear >= 2022 ? 1.3 : 1.2;
    if (has('odenplan')) m *= isoYear >= 2023 ? 0.9 : 1.3;
    if (has('fridhemsplan') && isoYear <= 2021) m *= 0.85;
  }
  return m;
}

/** Largest-remainder rounding of `total` over weights (deterministic ties: lowest index). */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total === 0 || sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i]++;
  }
  return out;
}

function tableCells(world: World, cells: readonly Cell[], t: LagesbildTable): number[] {
  const area = t.area;
  if (area.kind === 'omrade') return cells.flatMap((c, i) => (c.omrade === area.omrade ? [i] : []));
  const bit = 1 << odsIndex(world, area.id);
  return cells.flatMap((c, i) => ((c.odsMask & bit) !== 0 ? [i] : []));
}

function tableBlocks(blocks: readonly Block[], t: LagesbildTable, isoYear: number): number[] {
  return blocks.flatMap((b) => {
    if (b.isoYear !== isoYear) return [];
    const inside = b.fromWeek >= t.fromWeek && b.toWeek <= t.toWeek;
    const outside = b.toWeek < t.fromWeek || b.fromWeek > t.toWeek;
    if (!inside && !outside)
      throw new Error(`block ${isoYear} w${b.fromWeek}–${b.toWeek} straddles ${t.id}`);
    return inside ? [b.index] : [];
  });
}

export interface CalibrationInput {
  world: World;
  cells: readonly Cell[];
  blocks: readonly Block[];
  /** exposure[omrade][category][cell]: share of that område's offences falling in the cell (0 for other områden). */
  exposure: Record<Omrade, readonly Float64Array[]>;
}

export interface CalibrationResult {
  counts: CountGrid;
  /** Våldsbrott 2020–21 in the 2021 extent was set from this (see pattern check). */
  violenceTarget: { odsA23ViolenceIsoYears2022to2023: number; target2020to2021: number };
}

export function calibrate(input: CalibrationInput): CalibrationResult {
  const { world, cells, blocks, exposure } = input;
  const nb = blocks.length;
  const counts: CountGrid = CATEGORIES.map(() => new Int32Array(cells.length * nb));
  const years = [...new Set(blocks.map((b) => b.isoYear))];
  let violenceTarget = { odsA23ViolenceIsoYears2022to2023: 0, target2020to2021: 0 };

  CATEGORIES.forEach((category, c) => {
    const grid = counts[c];
    const weekly = (omrade: Omrade, isoYear: number) =>
      omrade === 'Kungsholmen' ? kungsholmenWeekly(c, isoYear) : niWeekly(c, isoYear);
    /** Where Kungsholmen's offences of a year fell once fitted; later years inherit it. */
    const fittedShare = new Map<number, Float64Array>();
    const shareFor = (omrade: Omrade, isoYear: number): number[] => {
      const ref =
        omrade === 'Kungsholmen' ? fittedShare.get(isoYear <= 2021 ? 2022 : 2024) : undefined;
      return cells.map((cell, i) =>
        cell.omrade !== omrade
          ? 0
          : (ref ? ref[i] : exposure[omrade][c][i]) *
            cellMultiplier(world, cell, category, isoYear),
      );
    };
    const fillFree = (
      isoYear: number,
      freeBlocks: readonly Block[],
      own: Map<Omrade, number[]>,
    ) => {
      for (const b of freeBlocks) {
        for (const omrade of ['Kungsholmen', 'Norra innerstaden'] as const) {
          const share = own.get(omrade) ?? shareFor(omrade, isoYear);
          const n = apportion(share, Math.round(weekly(omrade, isoYear) * b.weeks));
          n.forEach((v, i) => (grid[i * nb + b.index] += v));
        }
      }
    };

    // Constrained years first, latest first, so 2025 and 2020–21 can inherit their fitted shares.
    for (const isoYear of [...years].sort((a, b) => b - a)) {
      const yearBlocks = blocks.filter((b) => b.isoYear === isoYear);
      const tablesOfYear = TABLES.filter((t) => t.years.some((y) => y.isoYear === isoYear));
      const bound = new Set(tablesOfYear.flatMap((t) => tableBlocks(blocks, t, isoYear)));
      if (bound.size === 0) continue;
      const vars: [number, number][] = [];
      for (let i = 0; i < cells.length; i++) for (const b of bound) vars.push([i, b]);
      const varIndex = new Map(vars.map(([i, b], k) => [i * nb + b, k]));
      const prior = vars.map(([i, b]) => {
        const cell = cells[i];
        const share = exposure[cell.omrade][c][i] * cellMultiplier(world, cell, category, isoYear);
        return weekly(cell.omrade, isoYear) * blocks[b].weeks * share;
      });
      const equations: Equation[] = tablesOfYear.map((t) => {
        const total = t.years.find((y) => y.isoYear === isoYear)!.counts[c];
        const tb = tableBlocks(blocks, t, isoYear);
        const vs = tableCells(world, cells, t).flatMap((i) =>
          tb.map((b) => varIndex.get(i * nb + b)!),
        );
        return { label: `${t.id} ${isoYear} ${category}`, vars: vs, total };
      });
      // Keep Norra innerstaden's volume in these blocks whatever the rounding does.
      const niVars = vars.flatMap(([i], k) => (cells[i].omrade === 'Norra innerstaden' ? [k] : []));
      equations.push({
        label: `NI ${isoYear} ${category}`,
        vars: niVars,
        total: Math.round(niVars.reduce((s, k) => s + prior[k], 0)),
      });
      const x = solveCounts({ prior, equations });
      const share = new Float64Array(cells.length);
      vars.forEach(([i, b], k) => {
        grid[i * nb + b] = x[k];
        if (cells[i].omrade === 'Kungsholmen') share[i] += x[k];
      });
      fittedShare.set(isoYear, share);
      const own = new Map<Omrade, number[]>([['Kungsholmen', Array.from(share)]]);
      fillFree(
        isoYear,
        yearBlocks.filter((b) => !bound.has(b.index)),
        own,
      );
    }
    for (const isoYear of years) {
      if (fittedShare.has(isoYear)) continue;
      fillFree(
        isoYear,
        blocks.filter((b) => b.isoYear === isoYear),
        new Map(),
      );
    }

    if (category === 'Våldsbrott') violenceTarget = adjustEarlyViolence(input, grid);
  });
  return { counts, violenceTarget };
}

/**
 * The 2023 document says violence on the Fridhemsplan scene rose from
 * 2020–21 (2021 extent) to 2022–23 (2023 extent), also per hectare. The
 * early years are free, so set their count in the 2021 extent to 75 % of
 * what both conditions allow.
 */
function adjustEarlyViolence(
  input: CalibrationInput,
  grid: Int32Array,
): CalibrationResult['violenceTarget'] {
  const { world, cells, blocks } = input;
  const nb = blocks.length;
  const a21 = odsIndex(world, 'fridhemsplan-2021');
  const a23 = odsIndex(world, 'fridhemsplan-stadshagen-2023');
  let later = 0;
  cells.forEach((cell, i) => {
    if ((cell.odsMask & (1 << a23)) === 0) return;
    for (const b of blocks)
      if (b.isoYear === 2022 || b.isoYear === 2023) later += grid[i * nb + b.index];
  });
  const ratio = Math.min(1, world.ods[a21].areaM2 / world.ods[a23].areaM2);
  const target = Math.floor(0.75 * later * ratio);
  const vars: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (cells[i].omrade !== 'Kungsholmen') continue;
    for (const b of blocks) if (b.isoYear <= 2021) vars.push(i * nb + b.index);
  }
  const prior = vars.map((v) => grid[v]);
  const inA21 = vars.flatMap((v, k) =>
    (cells[Math.floor(v / nb)].odsMask & (1 << a21)) !== 0 ? [k] : [],
  );
  const x = solveCounts({
    prior: prior.map((p) => p + 1e-6),
    equations: [
      {
        label: 'Kungsholmen 2020–21 violence',
        vars: vars.map((_, k) => k),
        total: prior.reduce((a, b) => a + b, 0),
      },
      { label: 'ÖDS 2021 extent, 2020–21 violence', vars: inA21, total: target },
    ],
  });
  vars.forEach((v, k) => (grid[v] = x[k]));
  return { odsA23ViolenceIsoYears2022to2023: later, target2020to2021: target };
}
