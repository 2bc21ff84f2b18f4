/**
 * Finds non-negative integer counts x (one per variable, e.g. one per
 * cell × time block) that satisfy equations "sum of these variables = total"
 * exactly while staying close to prior proportions. The lägesbild tables
 * overlap in space and time, so a count cannot be set table by table.
 */

export interface Equation {
  /** Indices of the variables whose sum is fixed. */
  readonly vars: readonly number[];
  readonly total: number;
  readonly label: string;
}

export interface CountSystem {
  /** Expected count of each variable before calibration (≥ 0; 0 keeps it empty). */
  readonly prior: readonly number[];
  readonly equations: readonly Equation[];
}

export class InfeasibleSystemError extends Error {}

function validate(system: CountSystem): void {
  const n = system.prior.length;
  system.prior.forEach((p, i) => {
    if (!(p >= 0) || !Number.isFinite(p))
      throw new Error(`prior[${i}] = ${p} is not a finite non-negative number`);
  });
  for (const eq of system.equations) {
    if (!Number.isInteger(eq.total) || eq.total < 0) {
      throw new Error(`equation ${eq.label}: total ${eq.total} is not a non-negative integer`);
    }
    for (const v of eq.vars) {
      if (!Number.isInteger(v) || v < 0 || v >= n)
        throw new Error(`equation ${eq.label}: variable ${v} out of range`);
    }
    if (new Set(eq.vars).size !== eq.vars.length)
      throw new Error(`equation ${eq.label}: repeated variable`);
  }
}

/**
 * Iterative proportional fitting: scales the prior towards every equation
 * holding. It keeps the prior's ratios wherever the equations leave freedom,
 * which is what "plausible proportions" means here.
 */
export function fitReal(system: CountSystem, maxSweeps = 5_000, tolerance = 1e-7): Float64Array {
  validate(system);
  const x = Float64Array.from(system.prior);
  for (const eq of system.equations) {
    let s = 0;
    for (const v of eq.vars) s += x[v];
    if (eq.total > 0 && s === 0) {
      throw new InfeasibleSystemError(
        `equation ${eq.label} needs ${eq.total} but all its variables have prior 0`,
      );
    }
  }
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let worst = 0;
    for (const eq of system.equations) {
      let s = 0;
      for (const v of eq.vars) s += x[v];
      const err = Math.abs(s - eq.total) / Math.max(1, eq.total);
      if (err > worst) worst = err;
      if (s > 0) {
        const f = eq.total / s;
        for (const v of eq.vars) x[v] *= f;
      } else if (eq.total > 0) {
        throw new InfeasibleSystemError(
          `equation ${eq.label} cannot reach ${eq.total}: its variables were forced to 0`,
        );
      }
    }
    if (worst < tolerance) break;
  }
  // Fitting converges only slowly when the equations force some cells to 0;
  // the integer repair below finishes the job or reports a contradiction.
  return x;
}

/** Per-equation `total - sum`, i.e. what is still missing. */
export function residuals(system: CountSystem, x: ArrayLike<number>): number[] {
  return system.equations.map((eq) => {
    let s = 0;
    for (const v of eq.vars) s += x[v];
    return eq.total - s;
  });
}

interface Step {
  moves: (readonly [number, number])[];
  /** Change in total violation. */
  dv: number;
  /** Change in departure from the real fit. */
  dd: number;
}

/**
 * Integer solution: round the real fit, then repair the equations with the
 * single or paired ±1 step that most reduces the total violation, breaking
 * ties by the smallest departure from the real fit. Paired steps are needed
 * because moving one offence from one cell to another changes two nested
 * sums at once.
 */
export function solveCounts(system: CountSystem): number[] {
  const real = fitReal(system);
  const n = real.length;
  const x = Array.from(real, (v) => Math.round(v));
  const eqsOf: number[][] = Array.from({ length: n }, () => []);
  system.equations.forEach((eq, e) => {
    for (const v of eq.vars) eqsOf[v].push(e);
  });
  const res = residuals(system, x);
  const weight = Array.from(real, (r) => 1 / (r + 0.5));
  const devDelta = (i: number, d: number) =>
    weight[i] * ((x[i] + d - real[i]) ** 2 - (x[i] - real[i]) ** 2);
  // Only variables in some equation can repair anything.
  const active = [...Array(n).keys()].filter((i) => eqsOf[i].length > 0);
  const change = new Map<number, number>();
  const violationDelta = (moves: readonly (readonly [number, number])[]): number => {
    change.clear();
    for (const [i, d] of moves) for (const e of eqsOf[i]) change.set(e, (change.get(e) ?? 0) - d);
    let delta = 0;
    for (const [e, c] of change) delta += Math.abs(res[e] + c) - Math.abs(res[e]);
    return delta;
  };
  let violation = res.reduce((s, r) => s + Math.abs(r), 0);
  let guard = 0;
  while (violation > 0) {
    if (++guard > 1_000_000) throw new InfeasibleSystemError('integer repair did not terminate');
    // A holder object, because TypeScript does not track assignments made inside the closure.
    const pick: { best: Step | null } = { best: null };
    const consider = (moves: (readonly [number, number])[]) => {
      for (const [i, d] of moves) if (x[i] + d < 0) return;
      const dv = violationDelta(moves);
      if (dv >= 0) return;
      let dd = 0;
      for (const [i, d] of moves) dd += devDelta(i, d);
      const b = pick.best;
      if (!b || dv < b.dv || (dv === b.dv && dd < b.dd - 1e-12)) pick.best = { moves, dv, dd };
    };
    for (let a = 0; a < active.length; a++) {
      const i = active[a];
      consider([[i, 1]]);
      consider([[i, -1]]);
      for (let b = a + 1; b < active.length; b++) {
        const j = active[b];
        for (const di of [1, -1])
          for (const dj of [1, -1])
            consider([
              [i, di],
              [j, dj],
            ]);
      }
    }
    const chosen = pick.best;
    if (!chosen) {
      throw new InfeasibleSystemError(
        `no integer step reduces the violation (${violation}); residuals ${JSON.stringify(res)}`,
      );
    }
    for (const [i, d] of chosen.moves) {
      x[i] += d;
      for (const e of eqsOf[i]) res[e] -= d;
    }
    violation += chosen.dv;
  }
  return x;
}
