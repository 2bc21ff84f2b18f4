import type { OptionSpec } from './argParser';
import { STATS_OPTIONS } from './statsOptionSpecs';

const INDENT = '      ';

/** Wraps at 80 columns so the help reads in a narrow terminal. */
function wrap(text: string, width = 80 - INDENT.length): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => INDENT + l).join('\n');
}

export function optionLines(spec: OptionSpec): string {
  const value = spec.value ? (spec.optionalValue ? ` [${spec.value}]` : ` ${spec.value}`) : '';
  const repeat = spec.repeatable ? ' (kan upprepas)' : '';
  return `  --${spec.name}${value}${repeat}\n${wrap(spec.description)}\n${INDENT}Exempel: ${spec.example}\n`;
}

/** Generated from the option specs, so an option cannot exist without being documented. */
export function helpText(): string {
  return `Lägeskartan – statistik från kommandoraden / command-line statistics

English: computes the tables of a Stockholm lägesbild (crimes per area and per
hectare, and the period comparison per offence category) from the same files
the app imports, with the same engine. Messages and tables are in Swedish.

Användning:
  npx lageskartan stats --areas FIL --offences FIL [flaggor]
  npx lageskartan extents --extents FIL --offences FIL --a ÅR --b ÅR [flaggor]
  npx lageskartan --help

Kommandot extents beskrivs längre ned och med "npx lageskartan extents --help".

Räknar lägesbildens tabeller med samma motor som appen: antal brott och brott
per hektar per område, eller jämförelsen per brottskategori mellan två
perioder. Utan kolumnflaggor hittas kolumner, avgränsare, teckenkodning och
koordinatsystem precis som i appen; vad som hittades skrivs på standard fel.

Flaggor:
${STATS_OPTIONS.map(optionLines).join('')}
Perioder: välj högst en av --weeks/--year, --last14, --year-vs-year och
--from/--to/--compare-from/--compare-to. Utan val: vecka 1 till den senaste
hela ISO-veckan i datan, mot samma veckor året före (samma standard som appen
för egna brott). Når perioden förbi datans första eller sista dag sägs det på
standard fel; --same-dates-last-year jämför då dagarna som har data med samma
datum året före, som knappen "Jämför samma datum i fjol" i appen.

Exempel:
  npx lageskartan stats --areas data/demo/stadsdelar.geojson --ods data/demo/ods.geojson \\
    --offences data/demo/offences.csv --weeks 1-43 --year 2024 --scope Kungsholmen

  npx lageskartan stats --areas data/demo/stadsdelar.geojson \\
    --offences data/demo/offences.csv --table areas --year-vs-year 2024 \\
    --format csv --out omraden.csv

Utdata: md (standard), csv (semikolon, decimalkomma, UTF-8 med BOM; textceller
som börjar med = + - @ tabb eller CR får en inledande apostrof så att Excel
inte tolkar dem som formler) eller json. I json har tabellen "areas" en lista
"areas" med ett objekt per område: namn, hektar, antal, per_hektar och
per_kategori; maskerade antal är null och objektet har "maskerad": true.

Slutkoder: 0 klart, 1 en fil går inte att läsa eller använda, 2 fel i kommandot.
`;
}
