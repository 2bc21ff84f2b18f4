import { computeDashboard, computeMembership, type Scope } from '../analysis/dashboard';
import { formatDay } from '../analysis/isoWeek';
import type { PeriodPair } from '../analysis/periods';
import { ALL_CATEGORIES_FILTER } from './allCategoriesFilter';
import { areaJson, areaTextTable, type AreaTableInput } from './areaTableOutput';
import { writeOutput, type CliIo } from './cliIo';
import { comparisonJson, comparisonTextTable, type ComparisonInput } from './comparisonTableOutput';
import { describeAreasFile, describeOffencesFile } from './detectionReport';
import { helpText } from './helpText';
import { dayRangeOf } from '../analysis/dayRange';
import { mergeOffenceTables } from '../data/mergeOffenceTables';
import { checkDataCoverage, periodsFromOptions } from './periodOptions';
import { readAreasFile } from './readAreasFile';
import { readOffencesFile } from './readOffencesFile';
import { renderCsv } from './renderCsv';
import { renderMarkdown } from './renderMarkdown';
import { resolveScope } from './scopeOption';
import { readStatsCommandLine, type Format } from './statsCommandLine';

type TableInput =
  { kind: 'areas'; data: AreaTableInput } | { kind: 'comparison'; data: ComparisonInput };

function render(format: Format, table: TableInput): string {
  if (format === 'json') {
    const json = table.kind === 'areas' ? areaJson(table.data) : comparisonJson(table.data);
    return `${JSON.stringify(json, null, 2)}\n`;
  }
  const text = table.kind === 'areas' ? areaTextTable(table.data) : comparisonTextTable(table.data);
  return format === 'csv' ? renderCsv(text) : renderMarkdown(text);
}

function periodText(periods: PeriodPair): string {
  return `period ${periods.current.label} mot ${periods.previous.label}`;
}

/** `lageskartan stats`: read, count with the app's engine, write one table. Returns the exit code. */
export function runStats(argv: string[], io: CliIo): number {
  const cmd = readStatsCommandLine(argv);
  if (cmd === 'help') {
    io.stdout(helpText());
    return 0;
  }
  const areas = readAreasFile(io, cmd.areasPath);
  io.stderr(describeAreasFile(areas, 'områden'));
  const ods = cmd.odsPath ? readAreasFile(io, cmd.odsPath) : null;
  if (ods) io.stderr(describeAreasFile(ods, 'ÖDS-utbredningar'));
  const odsAreas = ods?.areas ?? [];
  // Resolved before the (slow) offence files, so a misspelt area fails at once.
  // The area table has no scope; the engine still wants one and its comparison is then unused.
  const scope: Scope =
    cmd.table === 'comparison' ? resolveScope(cmd.scope, areas.areas, odsAreas) : { kind: 'all' };
  const files = cmd.offencePaths.map((path) => {
    const file = readOffencesFile(io, path, cmd);
    io.stderr(describeOffencesFile(file));
    return file;
  });

  const offences = mergeOffenceTables(files.map((f) => f.result.table));
  const { firstDay, lastDay } = dayRangeOf(offences);
  const periods = checkDataCoverage(
    periodsFromOptions(cmd.periods, lastDay),
    { first: firstDay, last: lastDay },
    cmd.periods.sameDatesLastYear ?? false,
    io.stderr,
  );
  const membership = computeMembership(offences, areas.areas, odsAreas);
  const result = computeDashboard(offences, areas.areas, odsAreas, membership, {
    periods,
    filter: ALL_CATEGORIES_FILTER,
    scope,
  });
  io.stderr(
    `brott från ${formatDay(firstDay)} till ${formatDay(lastDay)}; ${periodText(periods)}` +
      (cmd.table === 'comparison' ? `; område: ${result.comparison.scopeLabel}` : '') +
      '\n',
  );

  const table: TableInput =
    cmd.table === 'areas'
      ? {
          kind: 'areas',
          data: {
            period: periods.current,
            threshold: cmd.threshold,
            areas: result.stadsdelar.map((row, i) => ({ row, area: areas.areas[i] })),
            districts: result.districts,
            ods: result.ods.map((row, i) => ({ row, area: odsAreas[i] })),
          },
        }
      : {
          kind: 'comparison',
          data: {
            scopeLabel: result.comparison.scopeLabel,
            periods,
            rows: result.comparison.rows,
            threshold: cmd.threshold,
          },
        };
  const output = render(cmd.format, table);
  writeOutput(io, cmd.outPath, output);
  return 0;
}
