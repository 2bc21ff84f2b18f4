import type { Geometry } from 'geojson';
import { csvNumberCell, csvTextCell } from '../../cli/renderCsv';
import { readDelimitedRecords } from '../../data/csvRecords';
import { parseLocaleNumber } from '../../data/parseNumber';
import {
  migrateDocument,
  newDocument,
  type ActionDocument,
  type ActionStatus,
  type PlaceDocument,
  type PlanRow,
} from '../../persistence/documents';
import { isOverdue, OVERDUE_LABEL } from './overdue';

/**
 * Places with their åtgärdsplaner, and the actions decided on them, to and
 * from files: JSON (everything, for another Lägeskartan) and CSV (one row per
 * plan row, semicolon, BOM, formula-safe, for Swedish Excel and back).
 */
export const PLACES_FORMAT = 'lageskartan-platser';
const FORMAT_VERSION = 1;

const STATUSES: ActionStatus[] = ['planerad', 'pågår', 'klar', 'avböjd'];
const KINDS: PlaceDocument['kind'][] = ['platssamverkan', 'ods', 'annat'];

/** Without revision: an imported file must not look like a copy of another device's history. */
const withoutRev = <D extends { _rev?: string }>({ _rev: _, ...doc }: D) => doc;

export function placesToJson(
  places: PlaceDocument[],
  actions: ActionDocument[],
  now: Date,
): string {
  return `${JSON.stringify(
    {
      format: PLACES_FORMAT,
      version: FORMAT_VERSION,
      exportedAt: now.toISOString(),
      places: places.map(withoutRev),
      actions: actions.map(withoutRev),
    },
    null,
    2,
  )}\n`;
}

export interface ImportedPlaces {
  places: PlaceDocument[];
  actions: ActionDocument[];
}

export function placesFromJson(text: string, fileName: string): ImportedPlaces {
  let json: { format?: unknown; version?: unknown; places?: unknown; actions?: unknown };
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')) as typeof json;
  } catch (e) {
    throw new Error(
      `${fileName} är inte giltig JSON (${(e as Error).message}). Välj en fil som Lägeskartan sparat.`,
    );
  }
  if (json?.format !== PLACES_FORMAT) {
    throw new Error(
      `${fileName} är ingen fil med platser från Lägeskartan (format "${String(json?.format)}"). Välj en fil som sparats med "Spara platser (JSON)".`,
    );
  }
  if (typeof json.version !== 'number' || json.version > FORMAT_VERSION) {
    throw new Error(
      `${fileName} är sparad av en nyare version av Lägeskartan (version ${String(json.version)}): uppdatera appen.`,
    );
  }
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const read = <T extends 'place' | 'action'>(items: unknown[], type: T) =>
    items.map((item, i) => {
      const doc = item as { type?: unknown; _id?: unknown };
      if (doc?.type !== type || typeof doc._id !== 'string') {
        throw new Error(
          `${fileName}: post ${i + 1} bland ${type === 'place' ? 'platserna' : 'åtgärderna'} är ingen ${type === 'place' ? 'plats' : 'åtgärd'}. Rätta eller ta bort den.`,
        );
      }
      return migrateDocument(item);
    });
  return {
    places: read(list(json.places), 'place') as PlaceDocument[],
    actions: read(list(json.actions), 'action') as ActionDocument[],
  };
}

const PLACE_COLUMNS = [
  'plats_id',
  'plats',
  'typ',
  'stadsdelsområde',
  'longitud',
  'latitud',
  'geometri',
  'radie_m',
  'tillfällig',
  'mötesfrekvens',
  'ansvarig',
  'medlemmar',
  'prioriterat_område',
  'problem',
  'orsak',
  'åtgärd',
  'operativt_mål',
  'när',
  'vem',
  'uppföljning',
  'status',
  'läge',
] as const;

type PlaceColumn = (typeof PLACE_COLUMNS)[number];

const csvFile = (lines: string[][]) => `\uFEFF${lines.map((l) => l.join(';')).join('\r\n')}\r\n`;

/**
 * One line per plan row; a place without rows gets one line with the plan columns empty.
 * `läge` says "Försenad" when a row's "när" is a date before `today` (read-only: not imported).
 */
export function placesToCsv(places: PlaceDocument[], today: number): string {
  const lines = [PLACE_COLUMNS.map(csvTextCell)];
  for (const p of places) {
    const point = p.geometry.type === 'Point' ? p.geometry.coordinates : null;
    const base = [
      csvTextCell(p._id),
      csvTextCell(p.name),
      csvTextCell(p.kind),
      csvTextCell(p.district ?? ''),
      point ? csvNumberCell(point[0], 6) : '',
      point ? csvNumberCell(point[1], 6) : '',
      point ? '' : csvTextCell(JSON.stringify(p.geometry)),
      p.radius === undefined ? '' : csvNumberCell(p.radius, 0),
      p.temporary ? 'ja' : '',
      csvTextCell(p.cadence),
      csvTextCell(p.responsible),
      csvTextCell(p.members.join(', ')),
    ];
    const rows: (PlanRow | null)[] = p.plan.length > 0 ? p.plan : [null];
    for (const r of rows) {
      lines.push([
        ...base,
        ...(r
          ? [
              r.priorityArea ?? '',
              r.problem,
              r.cause,
              r.action,
              r.goal,
              r.when,
              r.who,
              r.followUp,
              r.status ?? '',
              isOverdue({ deadline: r.when, status: r.status }, today) ? OVERDUE_LABEL : '',
            ].map(csvTextCell)
          : ['', '', '', '', '', '', '', '', '', '']),
      ]);
    }
  }
  return csvFile(lines);
}

/** The apostrophe `csvTextCell` puts before a formula character is taken off again. */
const unguard = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);

/** Records of a semicolon CSV as objects by header, with the line number of each. */
function csvObjects(text: string, fileName: string, required: readonly string[]) {
  const records: { fields: string[]; line: number }[] = [];
  readDelimitedRecords(text.replace(/^\uFEFF/, ''), ';', (fields, line) =>
    records.push({ fields, line }),
  );
  const header = (records.shift()?.fields ?? []).map((h) => h.trim().toLowerCase());
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new Error(
      `${fileName} saknar kolumnerna ${missing.join(', ')}. Spara filen från Lägeskartan och ändra i den, eller lägg till kolumnerna (semikolon mellan).`,
    );
  }
  return records.map(({ fields, line }) => ({
    line,
    get: (column: string) => unguard(fields[header.indexOf(column)] ?? '').trim(),
  }));
}

function statusOf(value: string, fileName: string, line: number): ActionStatus | undefined {
  if (value === '') return undefined;
  const s = STATUSES.find((x) => x === value.toLowerCase());
  if (!s)
    throw new Error(
      `${fileName} rad ${line}: okänd status "${value}" (använd ${STATUSES.join(', ')}).`,
    );
  return s;
}

function geometryOf(get: (c: PlaceColumn) => string, fileName: string, line: number): Geometry {
  const text = get('geometri');
  if (text) {
    try {
      const g = JSON.parse(text) as Geometry;
      if (g && typeof g.type === 'string') return g;
    } catch {
      // Reported below with the row number.
    }
    throw new Error(
      `${fileName} rad ${line}: kolumnen geometri är ingen GeoJSON-geometri. Rätta den eller ange longitud och latitud.`,
    );
  }
  const lon = parseLocaleNumber(get('longitud'));
  const lat = parseLocaleNumber(get('latitud'));
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    throw new Error(
      `${fileName} rad ${line}: longitud och latitud saknas eller är inga koordinater (t.ex. 18,0297 och 59,3325).`,
    );
  }
  return { type: 'Point', coordinates: [lon, lat] };
}

/** Places back from `placesToCsv`'s format: lines with the same plats_id are one place. */
export function placesFromCsv(
  text: string,
  fileName: string,
  author: string,
  now: Date,
): PlaceDocument[] {
  const rows = csvObjects(text, fileName, ['plats_id', 'plats']);
  const places = new Map<string, PlaceDocument>();
  for (const { line, get } of rows) {
    const id =
      get('plats_id') ||
      `place:${get('plats')
        .toLocaleLowerCase('sv-SE')
        .replace(/[^a-z0-9åäö]+/g, '-')}`;
    if (!id.startsWith('place:'))
      throw new Error(`${fileName} rad ${line}: plats_id ska börja med "place:" (${id}).`);
    let place = places.get(id);
    if (!place) {
      const kind = KINDS.find((k) => k === get('typ')) ?? 'platssamverkan';
      const radius = get('radie_m') ? parseLocaleNumber(get('radie_m')) : undefined;
      place = newDocument(
        'place',
        {
          name: get('plats') || id,
          kind,
          geometry: geometryOf(get, fileName, line),
          members: get('medlemmar')
            .split(',')
            .map((m) => m.trim())
            .filter(Boolean),
          cadence: get('mötesfrekvens'),
          responsible: get('ansvarig'),
          plan: [],
          ...(get('stadsdelsområde') ? { district: get('stadsdelsområde') } : {}),
          ...(radius !== undefined && Number.isFinite(radius) ? { radius } : {}),
          ...(get('tillfällig') === 'ja' ? { temporary: true } : {}),
        },
        { author, now, id },
      );
      places.set(id, place);
    }
    const planRow: PlanRow = {
      problem: get('problem'),
      cause: get('orsak'),
      action: get('åtgärd'),
      goal: get('operativt_mål'),
      when: get('när'),
      who: get('vem'),
      followUp: get('uppföljning'),
    };
    if (get('prioriterat_område')) planRow.priorityArea = get('prioriterat_område');
    const status = statusOf(get('status'), fileName, line);
    if (status) planRow.status = status;
    if (Object.values(planRow).some((v) => v !== '')) place.plan.push(planRow);
  }
  return [...places.values()];
}

const ACTION_COLUMNS = [
  'id',
  'plats_id',
  'plats',
  'åtgärd',
  'ansvarig',
  'deadline',
  'status',
  'läge',
  'orsak',
  'observation_id',
];

/** One line per action; `läge` says "Försenad" when it is late on `today` (read-only: not imported). */
export function actionsToCsv(
  actions: ActionDocument[],
  places: PlaceDocument[],
  today: number,
): string {
  const nameOf = new Map(places.map((p) => [p._id, p.name]));
  return csvFile([
    ACTION_COLUMNS.map(csvTextCell),
    ...actions.map((a) =>
      [
        a._id,
        a.placeId ?? '',
        a.placeId ? (nameOf.get(a.placeId) ?? '') : '',
        a.title,
        a.responsible,
        a.deadline ?? '',
        a.status,
        isOverdue(a, today) ? OVERDUE_LABEL : '',
        a.reason,
        a.observationId ?? '',
      ].map(csvTextCell),
    ),
  ]);
}

export function actionsFromCsv(
  text: string,
  fileName: string,
  author: string,
  now: Date,
): ActionDocument[] {
  return csvObjects(text, fileName, ['åtgärd', 'status']).map(({ line, get }) => {
    const deadline = get('deadline');
    if (deadline && !/^\d{4}-\d{2}-\d{2}$/.test(deadline)) {
      throw new Error(`${fileName} rad ${line}: deadline "${deadline}" ska skrivas ÅÅÅÅ-MM-DD.`);
    }
    const id = get('id');
    return newDocument(
      'action',
      {
        placeId: get('plats_id') || null,
        observationId: get('observation_id') || null,
        title: get('åtgärd'),
        responsible: get('ansvarig'),
        deadline: deadline || null,
        status: statusOf(get('status'), fileName, line) ?? 'planerad',
        reason: get('orsak'),
      },
      { author, now, ...(id ? { id } : {}) },
    );
  });
}
