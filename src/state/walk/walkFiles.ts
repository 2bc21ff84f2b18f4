import type { Feature, FeatureCollection, Point } from 'geojson';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { importFile } from '../../data/import/importFile';
import { parseWalks } from '../../data/parseOverlays';
import type {
  ObservationDocument,
  WalkDocument,
  WalkStop,
  LonLat,
} from '../../persistence/documents';
import { groupProtocol } from './protocol';

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const coord = (p: LonLat) => `lat="${p[1].toFixed(7)}" lon="${p[0].toFixed(7)}"`;

/** The route as a GPX route with the stops as waypoints, as a GPS or phone app reads it. */
export function walkToGpx(walk: WalkDocument): string {
  const time = `${walk.date}T${walk.startTime || '00:00'}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Lägeskartan" xmlns="http://www.topografix.com/GPX/1/1">',
    `  <metadata><name>${xml(walk.name)}</name><desc>${xml(`Start ${time}, ${walk.meetingPoint.name}`)}</desc></metadata>`,
    ...walk.stops.map(
      (s, i) => `  <wpt ${coord(s.position)}><name>${xml(`${i + 1}. ${s.name}`)}</name></wpt>`,
    ),
    `  <rte><name>${xml(walk.name)}</name>`,
    ...walk.route.map((p) => `    <rtept ${coord(p)}/>`),
    '  </rte>',
    '</gpx>',
    '',
  ];
  return lines.join('\n');
}

/** The route as a LineString and the stops (numbered) and meeting point as Points. */
export function walkToGeoJson(walk: WalkDocument): FeatureCollection {
  const features: Feature[] = [
    {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: walk.route },
      properties: {
        id: walk._id,
        namn: walk.name,
        datum: walk.date,
        starttid: walk.startTime,
        motesplats: walk.meetingPoint.name,
        arrangor: walk.organisers.join(', '),
        inbjudna: walk.invited.join(', '),
      },
    },
    ...walk.stops.map((s, i): Feature => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: s.position },
      properties: { namn: s.name, nummer: i + 1 },
    })),
  ];
  if (walk.meetingPoint.position) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: walk.meetingPoint.position },
      properties: { namn: walk.meetingPoint.name, typ: 'mötesplats' },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** A route file (GPX, KML, KMZ or our GeoJSON) as the fields of a new walk: its first route and stops. */
export function walkFromRouteFile(
  fileName: string,
  bytes: Uint8Array,
): Pick<WalkDocument, 'name' | 'date' | 'startTime' | 'route' | 'stops' | 'meetingPoint'> {
  const imported = importFile(fileName, bytes);
  if (imported.kind !== 'features') {
    throw new Error(`${fileName} är en tabell, ingen rutt: välj en GPX-, KML- eller GeoJSON-fil.`);
  }
  const [walk] = parseWalks(
    JSON.stringify({ type: 'FeatureCollection', features: imported.features }),
    fileName,
  );
  if (!walk) {
    throw new Error(
      `${fileName} innehåller ingen linje (spår eller rutt) att göra en vandring av.`,
    );
  }
  return {
    name: walk.name,
    date: walk.date,
    startTime: walk.startTime,
    route: walk.path,
    stops: walk.stops.map((s): WalkStop => ({ name: s.name, position: s.position })),
    meetingPoint: { name: walk.meetingPoint, position: walk.path[0] ?? null },
  };
}

/** A text cell Excel reads as text, never as a formula (see problemsToCsv). */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const number = (v: number) => v.toFixed(6).replace('.', ',');

/** The protocol's rows for Excel: semicolon, decimal comma, UTF-8 with BOM, formula-safe. */
export function observationsToCsv(walk: WalkDocument, observations: ObservationDocument[]): string {
  const header = [
    'Stopp',
    'Kategori',
    'Positiv/negativ',
    'Prioritet',
    'Text',
    'Tid',
    'Longitud',
    'Latitud',
    'Foton',
  ];
  const rows = [header.map(cell).join(';')];
  for (const group of groupProtocol(walk, observations)) {
    for (const { observations: list } of group.categories) {
      for (const o of list) {
        rows.push(
          [
            cell(group.label),
            cell(o.category),
            o.positive ? 'positiv' : 'negativ',
            o.priority,
            cell(o.text),
            o.time,
            o.position ? number(o.position[0]) : '',
            o.position ? number(o.position[1]) : '',
            cell(o.photos.map((p) => photoFileName(o, p)).join(', ')),
          ].join(';'),
        );
      }
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

export function observationsToGeoJson(
  walk: WalkDocument,
  observations: ObservationDocument[],
): FeatureCollection<Point | null> {
  return {
    type: 'FeatureCollection',
    features: groupProtocol(walk, observations).flatMap((group) =>
      group.categories.flatMap(({ observations: list }) =>
        list.map((o): Feature<Point | null> => ({
          type: 'Feature',
          geometry: o.position ? { type: 'Point', coordinates: o.position } : null,
          properties: {
            id: o._id,
            stopp: group.label,
            kategori: o.category,
            positiv: o.positive,
            prioritet: o.priority,
            text: o.text,
            tid: o.time,
            foton: o.photos.map((p) => photoFileName(o, p)),
          },
        })),
      ),
    ),
  };
}

/** Where a photo lands in the protocol zip: one folder per observation, by its short id. */
export function photoFileName(o: ObservationDocument, photo: string): string {
  return `foton/${o._id.replace(/[^A-Za-z0-9_-]/g, '_')}-${photo}`;
}

/** The protocol as a zip: GeoJSON, CSV and the photos as files. */
export function protocolZip(
  walk: WalkDocument,
  observations: ObservationDocument[],
  photos: Map<string, Uint8Array>,
): Uint8Array {
  const zip: Zippable = {
    'observationer.geojson': strToU8(
      JSON.stringify(observationsToGeoJson(walk, observations), null, 1),
    ),
    'observationer.csv': strToU8(observationsToCsv(walk, observations)),
    'rutt.geojson': strToU8(JSON.stringify(walkToGeoJson(walk), null, 1)),
  };
  for (const o of observations) {
    for (const p of o.photos) {
      const bytes = photos.get(`${o._id}/${p}`);
      if (bytes) zip[photoFileName(o, p)] = [bytes, { level: 0 }];
    }
  }
  return zipSync(zip);
}
