import { dayRangeOf } from '../analysis/dayRange';
import { buildExtentCards, sceneName, sceneSides, type SceneSides } from '../analysis/extentCard';
import { ExtentGeometryError } from '../analysis/extentDiff';
import { formatDay } from '../analysis/isoWeek';
import { inferLineage, type SceneLineage } from '../analysis/lineage';
import type { Period } from '../analysis/periods';
import { lineageCounts, yearSummary } from '../analysis/regionSummary';
import { buildSceneYears, type SceneYear } from '../analysis/sceneYears';
import { planarRingAround } from '../data/extentRing';
import { mergeOffenceTables } from '../data/mergeOffenceTables';
import { normalizeName } from '../data/normalizeName';
import { writeOutput, type CliIo } from './cliIo';
import { InputError, UsageError } from './cliErrors';
import { describeOffencesFile } from './detectionReport';
import { readExtentsCommandLine, type ExtentsCommandLine } from './extentsCommandLine';
import { extentsHelpText } from './extentsHelpText';
import { extentsJson } from './extentsJson';
import type { ExtentsReport } from './extentsReport';
import { extentsCsv, extentsMarkdown } from './extentsTables';
import { readExtentsFile, type ExtentsFile } from './readExtentsFile';
import { readOffencesFile } from './readOffencesFile';

function describeExtentsFile(file: ExtentsFile, years: number[]): string {
  const lines = [
    `${file.path}: utbredningar, ${file.format}, ${file.crsText}; ${file.inputs.length} ytor, år ${years.join(', ')}`,
  ];
  if (file.problemCount > 0) {
    lines.push(`  ${file.problemCount} objekt hoppades över:`);
    lines.push(...file.problems.slice(0, 5).map((p) => `    objekt ${p.row}: ${p.message}`));
    if (file.problemCount > 5) lines.push(`    … och ${file.problemCount - 5} till.`);
  }
  return `${lines.join('\n')}\n`;
}

/** A geometry that cannot give right hectares stops the run with its own message, naming the file. */
function geometryGuard<T>(path: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof ExtentGeometryError) {
      throw new InputError(e.message.startsWith(path) ? e.message : `${path}: ${e.message}`);
    }
    throw e;
  }
}

function checkYears(cmd: ExtentsCommandLine, years: number[]): void {
  for (const [option, year] of [
    ['a', cmd.yearA],
    ['b', cmd.yearB],
  ] as const) {
    if (!years.includes(year)) {
      throw new UsageError(
        `--${option} ${year}: ${cmd.extentsPath} har inga utbredningar det året. Åren i filen är ${years.join(', ')}.`,
      );
    }
  }
}

function chooseScenes(scenes: SceneLineage[], wanted: string | undefined): SceneLineage[] {
  if (wanted === undefined) return scenes;
  const key = normalizeName(wanted);
  const names = (s: SceneLineage) => [...s.a, ...s.b].map((p: SceneYear) => p.name);
  const hits = scenes.filter((s) => names(s).some((n) => normalizeName(n) === key));
  if (hits.length > 0) return hits;
  const all = [...new Set(scenes.flatMap(names))].join(', ');
  throw new UsageError(
    `--scene "${wanted}": ingen scen heter så de två åren. Scenerna är: ${all}.`,
  );
}

function coverageWarnings(periods: { a: Period; b: Period }, firstDay: number, lastDay: number) {
  return (['a', 'b'] as const)
    .filter((k) => periods[k].first < firstDay || periods[k].last > lastDay)
    .map(
      (k) =>
        `obs: period ${k.toUpperCase()} (${formatDay(periods[k].first)} – ${formatDay(periods[k].last)}) går utanför brottsdatan ` +
        `(${formatDay(firstDay)} – ${formatDay(lastDay)}); antal och antal per hektar blir för låga. Ändra med --${k}-from/--${k}-to.\n`,
    );
}

function render(cmd: ExtentsCommandLine, report: ExtentsReport): string {
  if (cmd.format === 'json') return `${JSON.stringify(extentsJson(report), null, 2)}\n`;
  return cmd.format === 'csv' ? extentsCsv(report) : extentsMarkdown(report);
}

/**
 * `lageskartan extents`: two mapping years of extents (ÖDS or any polygons
 * with a year), their lineage, and per scene the area kept, gained and lost
 * with the offences in each year's extent and band. Returns the exit code.
 */
export function runExtents(argv: string[], io: CliIo): number {
  const cmd = readExtentsCommandLine(argv);
  if (cmd === 'help') {
    io.stdout(extentsHelpText());
    return 0;
  }
  const file = readExtentsFile(io, cmd.extentsPath, cmd.extentsCrs);
  const path = file.path;
  const years = [...new Set(file.inputs.map((i) => i.year))].sort((a, b) => a - b);
  io.stderr(describeExtentsFile(file, years));
  checkYears(cmd, years);
  // Only the two years are built, so a broken extent of another year does not stop the run.
  const sceneYears = geometryGuard(path, () =>
    buildSceneYears(file.inputs.filter((i) => i.year === cmd.yearA || i.year === cmd.yearB)),
  );
  const lineage = geometryGuard(path, () => inferLineage(sceneYears, cmd.yearA, cmd.yearB));
  const scenes = chooseScenes(lineage.scenes, cmd.scene);
  const sides = geometryGuard(path, () => scenes.map(sceneSides));
  const rings: SceneSides[] | null =
    cmd.ringWidth > 0
      ? geometryGuard(path, () =>
          sides.map((s, i) => {
            const label = `zonen ${cmd.ringWidth} m runt ${sceneName(scenes[i])}`;
            return {
              a: planarRingAround(s.a, cmd.ringWidth, `${label} ${cmd.yearA}`),
              b: planarRingAround(s.b, cmd.ringWidth, `${label} ${cmd.yearB}`),
            };
          }),
        )
      : null;

  const files = cmd.offencePaths.map((p) => {
    const f = readOffencesFile(io, p, { columns: {} });
    io.stderr(describeOffencesFile(f));
    return f;
  });
  const offences = mergeOffenceTables(files.map((f) => f.result.table));
  const { firstDay, lastDay } = dayRangeOf(offences);
  coverageWarnings(cmd.periods, firstDay, lastDay).forEach((w) => io.stderr(w));

  const cards = geometryGuard(path, () =>
    buildExtentCards({
      scenes,
      sides,
      rings,
      yearA: cmd.yearA,
      yearB: cmd.yearB,
      offences,
      periods: cmd.periods,
      threshold: cmd.threshold,
    }),
  );
  const report: ExtentsReport = {
    yearA: cmd.yearA,
    yearB: cmd.yearB,
    periods: cmd.periods,
    threshold: cmd.threshold,
    category: cmd.category,
    ringWidth: cmd.ringWidth,
    region: {
      a: geometryGuard(path, () => yearSummary(sceneYears, cmd.yearA)),
      b: geometryGuard(path, () => yearSummary(sceneYears, cmd.yearB)),
      counts: lineageCounts(lineage),
    },
    cards,
  };
  const output = render(cmd, report);
  writeOutput(io, cmd.outPath, output);
  return 0;
}
