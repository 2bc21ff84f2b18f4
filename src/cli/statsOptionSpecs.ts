import type { OptionSpec } from './argParser';

/** The column options share their wording; `field` is the option suffix, `label` the Swedish name. */
const column = (field: string, label: string, example: string): OptionSpec => ({
  name: `col-${field}`,
  value: 'N|NAMN',
  description: `kolumn för ${label}: nummer räknat från 1 eller rubrikens namn. Anges en kolumn används upptäckten för resten.`,
  example,
});

/** Every option of `lageskartan stats`, in the order --help lists them. */
export const STATS_OPTIONS: OptionSpec[] = [
  {
    name: 'areas',
    value: 'FIL',
    description:
      'områdesfil som delar in staden (t.ex. stadsdelar), GeoJSON. Egenskapen "stadsdelsomrade" grupperar områdena i stadsdelsområden.',
    example: '--areas data/demo/stadsdelar.geojson',
  },
  {
    name: 'ods',
    value: 'FIL',
    description:
      'valfri fil med ÖDS-utbredningar (får överlappa, räknas var för sig), GeoJSON; id ur egenskapen "id".',
    example: '--ods data/demo/ods.geojson',
  },
  {
    name: 'offences',
    value: 'FIL',
    repeatable: true,
    description:
      'brottsfil, avgränsad text (CSV/TSV/TXT). Kan anges flera gånger; raderna slås ihop.',
    example: '--offences brott-2023.csv --offences brott-2024.csv',
  },
  {
    name: 'table',
    value: 'areas|comparison',
    description:
      'areas = antal och antal per hektar per område (plus summor per stadsdelsområde och ÖDS); comparison = lägesbildens jämförelse per brottskategori (standard).',
    example: '--table areas',
  },
  {
    name: 'scope',
    value: 'OMRÅDE',
    description:
      'område för --table comparison: stadsdelsområde, stadsdel (namn eller "stadsdel:NAMN") eller "ods:ID". Standard: första stadsdelsområdet i områdesfilen.',
    example: '--scope Kungsholmen   eller   --scope ods:fridhemsplan-2021',
  },
  {
    name: 'weeks',
    value: 'A-B',
    description:
      'ISO-veckor A–B mot samma veckor året före ("43" betyder 1–43). Standard: vecka 1 till senaste hela vecka i datan.',
    example: '--weeks 1-43',
  },
  {
    name: 'year',
    value: 'ÅR',
    description: 'ISO-år för --weeks. Standard: året för den senaste hela veckan i datan.',
    example: '--weeks 1-43 --year 2024',
  },
  {
    name: 'last14',
    value: 'ÅÅÅÅ-MM-DD',
    optionalValue: true,
    description:
      'de 14 senaste dagarna till och med datumet mot de 14 dagarna före (EST-mötets rytm). Utan datum: till den senaste brottsdagen.',
    example: '--last14 2025-10-26',
  },
  {
    name: 'year-vs-year',
    value: 'ÅR',
    description: 'ett helt kalenderår mot året före.',
    example: '--year-vs-year 2024',
  },
  {
    name: 'from',
    value: 'ÅÅÅÅ-MM-DD',
    description: 'egen period: första dag (kräver --to, --compare-from och --compare-to).',
    example: '--from 2024-06-01 --to 2024-08-31',
  },
  {
    name: 'to',
    value: 'ÅÅÅÅ-MM-DD',
    description: 'egen period: sista dag.',
    example: '--to 2024-08-31',
  },
  {
    name: 'compare-from',
    value: 'ÅÅÅÅ-MM-DD',
    description: 'jämförelseperiodens första dag.',
    example: '--compare-from 2023-06-01 --compare-to 2023-08-31',
  },
  {
    name: 'compare-to',
    value: 'ÅÅÅÅ-MM-DD',
    description: 'jämförelseperiodens sista dag.',
    example: '--compare-to 2023-08-31',
  },
  {
    name: 'same-dates-last-year',
    description:
      'om perioden når förbi datans sista dag (t.ex. --year-vs-year 2025 när datan slutar i oktober): jämför bara dagarna som har data med samma datum året före. Utan flaggan sägs det på standard fel.',
    example: '--year-vs-year 2025 --same-dates-last-year',
  },
  column('date', 'datum (ÅÅÅÅ-MM-DD)', '--col-date Brottsdatum'),
  column('time', 'klockslag', '--col-time 3'),
  column('category', 'brottskategori', '--col-category Brottskategori'),
  column('type', 'brottstyp', '--col-type Brottstyp'),
  column('street', 'plats/gata', '--col-street Plats'),
  {
    name: 'col-x',
    value: 'N|NAMN',
    description:
      'kolumn för X i svensk mening = nordlig koordinat (latitud i WGS 84). Anges tillsammans med --col-y.',
    example: '--col-x X-koordinat --col-y Y-koordinat',
  },
  {
    name: 'col-y',
    value: 'N|NAMN',
    description: 'kolumn för Y i svensk mening = östlig koordinat (longitud i WGS 84).',
    example: '--col-y 8',
  },
  {
    name: 'crs',
    value: 'EPSG:NNNN',
    description:
      'brottsfilernas koordinatsystem: EPSG:4326 (WGS 84), EPSG:3006 (SWEREF 99 TM), EPSG:3007–3018 (SWEREF 99 lokala zoner, t.ex. 3011 = 18 00 för Stockholm) eller EPSG:3021 (RT 90 2,5 gon V). Standard: avgörs av värdenas storlek, som i appen.',
    example: '--crs EPSG:3011',
  },
  {
    name: 'encoding',
    value: 'utf-8|windows-1252|macintosh|utf-16le|utf-16be',
    description:
      'brottsfilernas teckenkodning. Standard: UTF-16 om filen börjar så, UTF-8 om filen är giltig UTF-8, annars Windows-1252 (Excel) eller Mac Roman (Excel för Mac), den som ger svenska bokstäver.',
    example: '--encoding windows-1252',
  },
  {
    name: 'date-order',
    value: 'dmy|mdy',
    description:
      'hur datum med snedstreck läses: dmy = dag först (05/03/2024 = 5 mars), mdy = månad först (= 3 maj). Standard: avgörs av en dag över 12 i filen; annars frågar programmet.',
    example: '--date-order dmy',
  },
  {
    name: 'format',
    value: 'md|csv|json',
    description:
      'md = Markdown-tabell (standard); csv = semikolon, decimalkomma, UTF-8 med BOM, öppnas rätt i svenska Excel; json = för skript.',
    example: '--format csv',
  },
  {
    name: 'out',
    value: 'FIL',
    description: 'skriv tabellen till filen i stället för till standard ut.',
    example: '--out kungsholmen.csv',
  },
  {
    name: 'privacy',
    value: 'N',
    description:
      'antal under N visas som "< N" i md/csv och som null med "maskerad": true i json, så att ingen kan pekas ut. Standard 3; 0 stänger av.',
    example: '--privacy 5',
  },
  {
    name: 'help',
    description: 'visa den här hjälpen.',
    example: '--help',
  },
];
