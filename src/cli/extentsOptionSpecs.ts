import type { OptionSpec } from './argParser';

/** Every option of `lageskartan extents`, in the order --help lists them. */
export const EXTENTS_OPTIONS: OptionSpec[] = [
  {
    name: 'extents',
    value: 'FIL',
    description:
      'utbredningar med år, t.ex. ÖDS-kartläggningar: GeoJSON, zippad Shapefile, KML/KMZ eller GPX i WGS 84, SWEREF 99 TM, SWEREF 99 lokal zon (t.ex. 18 00) eller RT 90. ' +
      'Året läses ur egenskapen ar, år eller year (även "2023-10-01"); scenen ur egenskapen namn, name eller id (skiftläge och å/ä/ö spelar ingen roll). ' +
      'Flera ytor med samma scen och år slås ihop till en utbredning.',
    example: '--extents data/demo/ods.geojson',
  },
  {
    name: 'offences',
    value: 'FIL',
    repeatable: true,
    description:
      'brottsfil, avgränsad text (CSV/TSV/TXT); kolumner och koordinatsystem hittas som i appen. Kan anges flera gånger.',
    example: '--offences data/demo/offences.csv',
  },
  {
    name: 'a',
    value: 'ÅR',
    description: 'det första kartläggningsåret (A).',
    example: '--a 2021',
  },
  {
    name: 'b',
    value: 'ÅR',
    description: 'det senare kartläggningsåret (B).',
    example: '--b 2023',
  },
  {
    name: 'a-from',
    value: 'ÅÅÅÅ-MM-DD',
    description:
      'första dag för brotten i A:s utbredning. Standard: 1 januari året före A (A 2021 räknar brott 2020-01-01 – 2021-12-31, som i lägesbilden).',
    example: '--a-from 2020-07-01',
  },
  {
    name: 'a-to',
    value: 'ÅÅÅÅ-MM-DD',
    description: 'sista dag för brotten i A:s utbredning. Standard: 31 december år A.',
    example: '--a-to 2021-06-30',
  },
  {
    name: 'b-from',
    value: 'ÅÅÅÅ-MM-DD',
    description: 'första dag för brotten i B:s utbredning. Standard: 1 januari året före B.',
    example: '--b-from 2022-07-01',
  },
  {
    name: 'b-to',
    value: 'ÅÅÅÅ-MM-DD',
    description: 'sista dag för brotten i B:s utbredning. Standard: 31 december år B.',
    example: '--b-to 2023-06-30',
  },
  {
    name: 'scene',
    value: 'NAMN',
    description:
      'visa bara scenen med det namnet (A- eller B-årets namn). Standard: alla scener i de två åren.',
    example: '--scene Fridhemsplan',
  },
  {
    name: 'category',
    value: 'KATEGORI',
    description:
      'vilka brott slutsatsen ("… per hektar ökade med X % medan ytan ökade med Y %") gäller: en av lägesbildens tio kategorier (t.ex. Våldsbrott, Narkotikabrott; skiftläge och å/ä/ö spelar ingen roll) eller alla. Standard: Våldsbrott, som lägesbildens fråga. Tabellerna visar alltid alla kategorier.',
    example: '--category alla',
  },
  {
    name: 'ring',
    value: 'METER',
    description:
      'bredd på zonen runt varje utbredning (utan utbredningen själv) som också räknas. Standard 100; 0 stänger av.',
    example: '--ring 200',
  },
  {
    name: 'extents-crs',
    value: 'EPSG:NNNN',
    description:
      'utbredningsfilens koordinatsystem, när filen inte anger det (.prj eller "crs") och gissningen blir fel: EPSG:4326, EPSG:3006, EPSG:3007–3018 (3011 = SWEREF 99 18 00) eller EPSG:3021.',
    example: '--extents-crs EPSG:3011',
  },
  {
    name: 'privacy',
    value: 'N',
    description:
      'antal under N visas som "< N" (null med "maskerad": true i json), och då visas varken antal per hektar eller förändring. Standard 3; 0 stänger av.',
    example: '--privacy 5',
  },
  {
    name: 'format',
    value: 'md|csv|json',
    description:
      'md = Markdown (standard); csv = semikolon, decimalkomma, UTF-8 med BOM, skyddad mot formler i Excel; json = för skript.',
    example: '--format csv',
  },
  {
    name: 'out',
    value: 'FIL',
    description: 'skriv resultatet till filen i stället för till standard ut.',
    example: '--out fridhemsplan.md',
  },
  {
    name: 'help',
    description: 'visa hjälpen för extents.',
    example: '--help',
  },
];
