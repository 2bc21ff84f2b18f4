/**
 * `npm run bench [-- --json] [-- --only counting,kde,hexbin,service,drawing]`:
 * speed as ratios against a baseline measured in the same run, on generated
 * data, the demo data and the real 117 stadsdelar in ../shared/data.
 * With several groups, each runs in its own Node process (this script with
 * `--only <group> --json`), so that memory and JIT state of one figure do not
 * leak into the next; one group runs in this process.
 */
import { spawnSync } from 'node:child_process';
import { countingFigures } from './counting';
import { drawingFigures } from './drawing';
import { hexbinFigures } from './hexbin';
import { kdeFigures } from './kde';
import { fmtMs, type Figure, type FigureResult } from './lib';
import { serviceFigures } from './service';

const GROUPS: Record<string, () => FigureResult[] | Promise<FigureResult[]>> = {
  counting: countingFigures,
  kde: kdeFigures,
  hexbin: hexbinFigures,
  service: serviceFigures,
  drawing: drawingFigures,
};

function parseArgs(argv: string[]): { json: boolean; only: string[] } {
  const json = argv.includes('--json');
  const i = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  let only = Object.keys(GROUPS);
  if (i >= 0) {
    const value = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
    only = (value ?? '').split(',').filter(Boolean);
    const unknown = only.filter((g) => !(g in GROUPS));
    if (only.length === 0 || unknown.length > 0) {
      console.error(`--only takes one or more of: ${Object.keys(GROUPS).join(', ')}`);
      process.exit(2);
    }
  }
  return { json, only };
}

/** Runs one group in a fresh Node process (same loader flags) and returns its figures. */
function inChildProcess(group: string): FigureResult[] {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, import.meta.filename, '--only', group, '--json'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 },
  );
  const out = child.stdout ?? '';
  const json = out.slice(out.indexOf('{'));
  if (child.status !== 0 && !json.trim()) {
    throw new Error(`child process for ${group} exited with ${child.status ?? child.signal}`);
  }
  return (JSON.parse(json) as { figures: FigureResult[] }).figures;
}

const isFigure = (r: FigureResult): r is Figure => 'ms' in r;

function printTable(results: FigureResult[]): void {
  const rows = results.filter(isFigure);
  const head = ['figure', 'ours', 'baseline', 'ratio', 'target'];
  const cells = rows.map((f) => [
    f.name,
    fmtMs(f.ms),
    fmtMs(f.baselineMs),
    `×${f.ratio >= 100 ? f.ratio.toFixed(0) : f.ratio.toFixed(2)}`,
    f.target ? `${f.target}: ${f.meetsTarget ? 'met' : 'NOT met'}` : '',
  ]);
  const widths = head.map((h, k) => Math.max(h.length, ...cells.map((c) => c[k].length)));
  const line = (c: string[]) =>
    c.map((v, k) => (k === 0 ? v.padEnd(widths[k]) : v.padStart(widths[k]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
  console.log('\nBaselines and notes:');
  for (const f of rows) {
    console.log(
      `- ${f.name.trim()}\n    baseline: ${f.baselineName}; ratio ${f.ratioMeaning}\n    ${f.note}`,
    );
  }
  for (const r of results) if (!isFigure(r)) console.log(`SKIPPED [${r.group}]: ${r.skipped}`);
}

async function main(): Promise<void> {
  const { json, only } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const results: FigureResult[] = [];
  let failed = false;
  for (const group of only) {
    const t0 = performance.now();
    try {
      results.push(...(only.length === 1 ? await GROUPS[group]() : inChildProcess(group)));
    } catch (e) {
      failed = true;
      const message = e instanceof Error ? e.message : String(e);
      results.push({ group, skipped: `FAILED: ${message}` });
    }
    if (!json)
      console.error(`[${group} done in ${((performance.now() - t0) / 1000).toFixed(1)} s]`);
  }
  const totalSeconds = (performance.now() - started) / 1000;
  if (json) {
    console.log(JSON.stringify({ totalSeconds, figures: results }, null, 2));
  } else {
    printTable(results);
    console.log(`\nTotal ${totalSeconds.toFixed(0)} s, Node ${process.version}.`);
  }
  // A group that failed in its child process (e.g. the 1M-row identity check) fails the run too.
  if (failed || results.some((r) => !isFigure(r) && r.skipped.startsWith('FAILED'))) {
    process.exitCode = 1;
  }
}

await main();
