import type { Geometry } from 'geojson';

/**
 * What users make, as CouchDB-style documents: plain JSON (WGS84 coordinates as
 * [longitude, latitude], times as ISO 8601 strings) so a later step can sync them through a
 * CouchDB server unchanged. Photos are attachments, named in the document.
 */
interface DocumentBase<T extends string> {
  _id: string;
  /** Set by the store on every write. */
  _rev?: string;
  type: T;
  /** The shape of this type's fields; see `migrateDocument`. */
  schemaVersion: number;
  createdAt: string;
  updatedAt: string;
  /** Who wrote it, as the user calls themself on this device. */
  author: string;
}

export type LonLat = [number, number];

export interface WalkStop {
  name: string;
  position: LonLat;
  /** Why the stop is there (a suggestion's sentence); optional: added without changing older walks. */
  note?: string;
}

/** A trygghetsvandring: planned, then walked. */
export interface WalkDocument extends DocumentBase<'walk'> {
  name: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, local time */
  startTime: string;
  meetingPoint: { name: string; position: LonLat | null };
  organisers: string[];
  invited: string[];
  route: LonLat[];
  stops: WalkStop[];
  /** Walking pace in km/h for the planned time (optional: added without changing older walks). */
  paceKmh?: number;
  /** Minutes spent at each stop. */
  minutesPerStop?: number;
  /** Who to call on the evening, printed on the route card. */
  contact?: string;
  /** The earlier walk this one follows up: its open actions are checked on the spot. */
  followUpOf?: string | null;
}

/** Something noticed on a walk, good or bad, with photos. */
export interface ObservationDocument extends DocumentBase<'observation'> {
  walkId: string;
  category: string;
  positive: boolean;
  text: string;
  priority: 'hög' | 'medel' | 'låg';
  position: LonLat | null;
  /** ISO 8601 */
  time: string;
  /** Names of this document's photo attachments. */
  photos: string[];
  /** Which checklist template `category` is from (optional: older observations have none). */
  template?: string;
  /** Still being written in the field; kept so a killed tab loses nothing. */
  draft?: boolean;
}

export type ActionStatus = 'planerad' | 'pågår' | 'klar' | 'avböjd';

/** An åtgärd for a place or an observation, followed up at the EST meeting. */
export interface ActionDocument extends DocumentBase<'action'> {
  placeId: string | null;
  observationId: string | null;
  title: string;
  responsible: string;
  /** YYYY-MM-DD */
  deadline: string | null;
  status: ActionStatus;
  /** Why it was declined or changed. */
  reason: string;
  /** The walk whose observation it came from (optional, additive: the EST view may omit it). */
  walkId?: string | null;
  /** Where it is, for the map (optional, additive). */
  position?: LonLat | null;
  /** When it was last checked on a follow-up walk, YYYY-MM-DD. */
  checkedOn?: string | null;
}

/** One row of a place's action plan, as in the platssamverkan template. */
export interface PlanRow {
  problem: string;
  cause: string;
  action: string;
  goal: string;
  when: string;
  who: string;
  followUp: string;
  /** The plan's priority area (e.g. "Otrygga och brottsutsatta platser"); absent in older rows. */
  priorityArea?: string;
  /** How far the row's action has come; absent is 'planerad'. */
  status?: ActionStatus;
}

export interface PlaceDocument extends DocumentBase<'place'> {
  name: string;
  kind: 'platssamverkan' | 'ods' | 'annat';
  geometry: Geometry;
  members: string[];
  /** How often the group meets, e.g. "varannan vecka". */
  cadence: string;
  responsible: string;
  plan: PlanRow[];
  /** Stadsdelsområde, e.g. "Kungsholmen"; absent in older documents. */
  district?: string;
  /** Metres counted around a point place; absent is the meeting's default (200 m). */
  radius?: number;
  /** A temporary site (started when offences rose there), shown as such. */
  temporary?: boolean;
}

/**
 * A group that meets on dates (EST, a platssamverkan group): the dates set the
 * meeting view's default period, and the agenda is the places it goes through.
 */
export interface MeetingSeriesDocument extends DocumentBase<'meetingSeries'> {
  name: string;
  district: string;
  /** YYYY-MM-DD, past and planned. */
  dates: string[];
  /** In order: place document ids (`place:…`) and ÖDS extents as `ods:<extent id>`. */
  agenda: string[];
}

/** A map view the user named: everything the view shows is in its URL. */
export interface SavedViewDocument extends DocumentBase<'savedView'> {
  name: string;
  url: string;
}

/** Saved views shown one after another, e.g. at the EST meeting. */
export interface ViewSequenceDocument extends DocumentBase<'viewSequence'> {
  name: string;
  viewIds: string[];
}

/** An edited extent of an open drug scene for one mapping year. */
export interface ExtentDocument extends DocumentBase<'extent'> {
  sceneId: string;
  year: number;
  geometry: Geometry;
  /** Where the extent came from, e.g. a file name or "ritad i kartan". */
  source: string;
}

/**
 * The user's correction of which ÖDS extent of year A continues in year B: a
 * link the overlap missed, or an inferred link undone. Scene ids are `year:name`.
 */
export interface LineageCorrectionDocument extends DocumentBase<'lineageCorrection'> {
  yearA: number;
  yearB: number;
  kind: 'link' | 'unlink';
  a: string;
  b: string;
}

export type UserDocument =
  | WalkDocument
  | ObservationDocument
  | ActionDocument
  | PlaceDocument
  | SavedViewDocument
  | ViewSequenceDocument
  | ExtentDocument
  | MeetingSeriesDocument
  | LineageCorrectionDocument;

export type DocType = UserDocument['type'];
export type DocOfType<T extends DocType> = Extract<UserDocument, { type: T }>;
export type DocFields<T extends DocType> = Omit<DocOfType<T>, keyof DocumentBase<T>>;

export const DOC_TYPES: readonly DocType[] = [
  'walk',
  'observation',
  'action',
  'place',
  'savedView',
  'viewSequence',
  'extent',
  'meetingSeries',
  'lineageCorrection',
];

/** Upgrades one document by one schema version; may rename or add fields, never drop the user's text. */
export type DocumentStep = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Per type, `steps[n]` upgrades a document at schema version n + 1 to n + 2; the current
 * version of a type is its number of steps + 1. All types are at their first version.
 */
export const DOCUMENT_STEPS: Record<DocType, readonly DocumentStep[]> = {
  walk: [],
  observation: [],
  action: [],
  place: [],
  savedView: [],
  viewSequence: [],
  extent: [],
  meetingSeries: [],
  lineageCorrection: [],
};

export const currentSchemaVersion = (type: DocType, steps = DOCUMENT_STEPS): number =>
  steps[type].length + 1;

/** A document this app version cannot read: it must not be rewritten in an older shape. */
export class DocumentVersionError extends Error {}

const isDocType = (t: unknown): t is DocType => DOC_TYPES.includes(t as DocType);

/** Brings a stored document to the current schema of its type. */
export function migrateDocument(stored: unknown, steps = DOCUMENT_STEPS): UserDocument {
  const doc = stored as Record<string, unknown>;
  const id = String(doc?._id ?? '?');
  if (!isDocType(doc?.type)) {
    throw new DocumentVersionError(
      `Dokumentet ${id} har en okänd typ (${String(doc?.type)}) och kan inte läsas av den ` +
        'här versionen av Lägeskartan: uppdatera appen.',
    );
  }
  const current = currentSchemaVersion(doc.type, steps);
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DocumentVersionError(
      `Dokumentet ${id} saknar en giltig schemaversion (${String(version)}) och kan inte ` +
        'läsas. Ta bort det eller läs in en säkerhetskopia.',
    );
  }
  if (version > current) {
    throw new DocumentVersionError(
      `Dokumentet ${id} är skapat av en nyare version av Lägeskartan (schemaversion ` +
        `${version}, den här versionen läser ${current}): uppdatera appen.`,
    );
  }
  let upgraded = doc;
  for (let v = version; v < current; v++) {
    upgraded = { ...steps[doc.type][v - 1](upgraded), schemaVersion: v + 1 };
  }
  return upgraded as unknown as UserDocument;
}

/** A random id with the type first, so ids sort and read by kind. */
export function newDocumentId(type: DocType, random: () => number = Math.random): string {
  const suffix = Array.from({ length: 16 }, () => Math.floor(random() * 36).toString(36)).join('');
  return `${type}:${suffix}`;
}

/** A new document of `type` with its common fields filled in. */
export function newDocument<T extends DocType>(
  type: T,
  fields: DocFields<T>,
  {
    author,
    now = new Date(),
    id = newDocumentId(type),
  }: { author: string; now?: Date; id?: string },
): DocOfType<T> {
  const time = now.toISOString();
  return {
    ...fields,
    _id: id,
    type,
    schemaVersion: currentSchemaVersion(type),
    createdAt: time,
    updatedAt: time,
    author,
  } as DocOfType<T>;
}
