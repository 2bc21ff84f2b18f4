import { APP_VIEWS, type AppView } from './appView';
import { COUNT_SLOTS } from '../analysis/countCategories';
import type { Scope } from '../analysis/dashboard';
import type { DensityParams } from '../analysis/density';
import type { OffenceFilter } from '../analysis/filter';
import { formatDay, parseIsoDate } from '../analysis/isoWeek';
import { roundCamera, type Camera } from './camera';
import { readDayRange, writeDayRange } from './dayRangeText';
import { DEFAULT_FILTER, type MapMode } from './appState';
import { ALL_LAYERS, type LayerVisibility } from './layerVisibility';
import { DEFAULT_PERIOD, type PeriodChoice } from './periodChoice';
import { NO_SELECTION, type Selection, type SelectionKind } from './selection';
import { COMPARE_PARTS } from './compare/compareUrl';
import { DEFAULT_COMPARE_VIEW, type CompareView } from './compare/compareState';
import { DEFAULT_WALK_ADDRESS, WALK_PARTS, type WalkAddress } from './walk/walkUrl';

/**
 * The indicator mode needs a file kept in this browser only, so a link cannot
 * carry it; the address shows such a view as the areas mode.
 */
export type AddressMapMode = Exclude<MapMode, 'indicator'>;

/** Everything a shared link reproduces. Settings (basemap, privacy threshold) stay per browser. */
export interface ViewState {
  appView: AppView;
  /** Null is the start view: Kungsholmen fitted to the screen, whatever its size. */
  camera: Camera | null;
  period: PeriodChoice;
  filter: OffenceFilter;
  scope: Scope;
  mapMode: AddressMapMode;
  densityParams: Omit<DensityParams, 'kind'>;
  ringWidth: number;
  odsYears: number[];
  layers: LayerVisibility;
  showRawPoints: boolean;
  selection: Selection;
  /** The compare view's years, scene, map mode and headline category. */
  compare: CompareView;
  /** The meeting's slide when presenting: the projector shows the same slide after a reload. */
  meetingSlide: string | null;
  /** The walk view's walk and step (Planera, I fält, Efteråt); the default outside that view. */
  walk: WalkAddress;
}

/** Must equal what createAppState starts with (a test checks): defaults are not written. */
export const DEFAULT_VIEW: ViewState = {
  appView: 'dashboard',
  camera: null,
  period: DEFAULT_PERIOD,
  filter: DEFAULT_FILTER,
  scope: { kind: 'district', name: 'Kungsholmen' },
  mapMode: 'areas',
  densityParams: { bandwidth: 150, cellSize: 25, hexSize: 100 },
  ringWidth: 100,
  odsYears: [2021, 2023],
  layers: ALL_LAYERS,
  showRawPoints: false,
  selection: NO_SELECTION,
  compare: DEFAULT_COMPARE_VIEW,
  meetingSlide: null,
  walk: DEFAULT_WALK_ADDRESS,
};

/** The ranges the map mode controls allow; a link must not ask for a 1 m grid over the city. */
export const DENSITY_LIMITS = {
  bandwidth: [50, 500],
  cellSize: [10, 100],
  hexSize: [25, 1000],
} as const;
const RING_LIMITS = [0, 1000] as const;
const YEAR_LIMITS = [1900, 2100] as const;

/** One key of the address: how it is written from a view and read back into a draft view. */
export interface ViewPart {
  key: string;
  write(view: ViewState): string;
  /** Sets the draft's field(s) from the text, or returns why the text cannot be used. */
  read(text: string, draft: ViewState): string | null;
}

const INT = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

function intIn(text: string, [min, max]: readonly [number, number]): number | null {
  if (!INT.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** A comma list of whole numbers in a range; the empty text is the empty list. */
function intList(text: string, limits: readonly [number, number]): number[] | null {
  if (text === '') return [];
  const values = text.split(',').map((t) => intIn(t, limits));
  return values.every((v) => v !== null) ? (values as number[]) : null;
}

/** Flags as the list of indexes that are on, counted from `first`. */
function writeFlags(flags: boolean[], first: number): string {
  return flags.flatMap((on, i) => (on ? [String(i + first)] : [])).join(',');
}

function readFlags(text: string, count: number, first: number): boolean[] | null {
  const on = intList(text, [first, first + count - 1]);
  if (!on) return null;
  return Array.from({ length: count }, (_, i) => on.includes(i + first));
}

function writePeriod(p: PeriodChoice): string {
  switch (p.kind) {
    case 'weeks':
      return `v${p.year}w${p.fromWeek}-${p.toWeek}`;
    case 'year':
      return `y${p.year}`;
    case 'fortnight':
      return `14d${formatDay(p.lastDay)}`;
    case 'custom':
      return `${writeDayRange(p.current)},${writeDayRange(p.previous)}`;
  }
}

function readPeriod(text: string): PeriodChoice | null {
  let m = /^v(\d{4})w(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    const year = intIn(m[1], YEAR_LIMITS);
    const fromWeek = intIn(m[2], [1, 53]);
    const toWeek = intIn(m[3], [1, 53]);
    if (year === null || fromWeek === null || toWeek === null || fromWeek > toWeek) return null;
    return { kind: 'weeks', year, fromWeek, toWeek };
  }
  m = /^y(\d{4})$/.exec(text);
  if (m) {
    const year = intIn(m[1], YEAR_LIMITS);
    return year === null ? null : { kind: 'year', year };
  }
  m = /^14d(.+)$/.exec(text);
  if (m) {
    const lastDay = parseIsoDate(m[1]);
    return lastDay === null ? null : { kind: 'fortnight', lastDay };
  }
  const [a, b, ...rest] = text.split(',');
  const current = readDayRange(a ?? '');
  const previous = readDayRange(b ?? '');
  return rest.length === 0 && current && previous ? { kind: 'custom', current, previous } : null;
}

export function writeScope(s: Scope): string {
  if (s.kind === 'all') return 'all';
  return s.kind === 'district' ? `district:${s.name}` : `${s.kind}:${s.id}`;
}

/** `kind:rest`, split at the first colon only: names and ids may contain colons. */
function splitKind(text: string): [string, string] {
  const at = text.indexOf(':');
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

function readScope(text: string): Scope | null {
  if (text === 'all') return { kind: 'all' };
  const [kind, rest] = splitKind(text);
  if (rest === '') return null;
  if (kind === 'district') return { kind, name: rest };
  return kind === 'stadsdel' || kind === 'ods' ? { kind, id: rest } : null;
}

const SELECTION_KINDS: Exclude<SelectionKind, 'none'>[] = [
  'stadsdel',
  'ods',
  'site',
  'walk',
  'observation',
  'action',
];

function readSelection(text: string): Selection | null {
  const [kind, id] = splitKind(text);
  const known = SELECTION_KINDS.find((k) => k === kind);
  return known && id !== '' ? { kind: known, id } : null;
}

/** A slide key: a place document, an ÖDS extent, or a saved view's number in a sequence. */
const SLIDE = /^(place|ods):.+$|^seq:.+:\d+$/s;

const MAP_MODES: AddressMapMode[] = ['areas', 'kde', 'hexagon', 'hotspot'];
const HIDEABLE = ['ods', 'sites', 'walks'] as const;

function hidden(view: ViewState): string[] {
  return HIDEABLE.filter((name) => !view.layers[name]);
}

/** The keys in the order they are written. */
const PARTS: ViewPart[] = [
  {
    key: 'v',
    write: (v) => (v.appView === 'dashboard' ? '' : v.appView),
    read: (text, draft) => {
      const view = APP_VIEWS.find((a) => a.id === text);
      if (!view)
        return `ingen sådan vy – appen har ${APP_VIEWS.map((a) => `${a.label} (v=${a.id})`).join(', ')}`;
      draft.appView = view.id;
      return null;
    },
  },
  {
    key: 'c',
    write: (v) => {
      if (!v.camera) return '';
      const c = roundCamera(v.camera);
      return `${c.lon},${c.lat},${c.zoom}`;
    },
    read: (text, draft) => {
      const parts = text.split(',');
      if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p)))
        return 'väntade längdgrad,breddgrad,zoom';
      const [lon, lat, zoom] = parts.map(Number);
      if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 24)
        return 'punkten eller zoomen ligger utanför kartan';
      draft.camera = roundCamera({ lon, lat, zoom });
      return null;
    },
  },
  {
    key: 'p',
    write: (v) => writePeriod(v.period),
    read: (text, draft) => {
      const period = readPeriod(text);
      if (!period) return 'ingen känd period (t.ex. v2024w1-43, y2023, 14d2024-10-27)';
      draft.period = period;
      return null;
    },
  },
  {
    key: 'k',
    write: (v) => writeFlags(v.filter.categorySlots, 0),
    read: (text, draft) => {
      const categorySlots = readFlags(text, COUNT_SLOTS, 0);
      if (!categorySlots) return `väntade kategorinummer 0–${COUNT_SLOTS - 1} med komma emellan`;
      draft.filter = { ...draft.filter, categorySlots };
      return null;
    },
  },
  {
    key: 'wd',
    write: (v) => writeFlags(v.filter.weekdays, 1),
    read: (text, draft) => {
      const weekdays = readFlags(text, 7, 1);
      if (!weekdays) return 'väntade veckodagar 1–7 (måndag = 1) med komma emellan';
      draft.filter = { ...draft.filter, weekdays };
      return null;
    },
  },
  {
    key: 'h',
    write: (v) => `${v.filter.hourFrom}-${v.filter.hourTo}`,
    read: (text, draft) => {
      const [a, b, ...rest] = text.split('-');
      const hourFrom = intIn(a ?? '', [0, 23]);
      const hourTo = intIn(b ?? '', [0, 23]);
      if (rest.length > 0 || hourFrom === null || hourTo === null)
        return 'väntade timmar som 22-4 (0–23)';
      draft.filter = { ...draft.filter, hourFrom, hourTo };
      return null;
    },
  },
  {
    key: 'o',
    write: (v) => writeScope(v.scope),
    read: (text, draft) => {
      const scope = readScope(text);
      if (!scope) return 'väntade district:namn, stadsdel:id eller ods:id';
      draft.scope = scope;
      return null;
    },
  },
  {
    key: 'm',
    write: (v) => v.mapMode,
    read: (text, draft) => {
      const mode = MAP_MODES.find((m) => m === text);
      if (!mode) return `ingen känd kartvisning (${MAP_MODES.join(', ')})`;
      draft.mapMode = mode;
      return null;
    },
  },
  {
    key: 'd',
    write: (v) => {
      const d = v.densityParams;
      return `${d.bandwidth},${d.cellSize},${d.hexSize}`;
    },
    read: (text, draft) => {
      const [a, b, c, ...rest] = text.split(',');
      const bandwidth = intIn(a ?? '', DENSITY_LIMITS.bandwidth);
      const cellSize = intIn(b ?? '', DENSITY_LIMITS.cellSize);
      const hexSize = intIn(c ?? '', DENSITY_LIMITS.hexSize);
      if (rest.length > 0 || bandwidth === null || cellSize === null || hexSize === null)
        return 'väntade bandbredd 50–500, cellstorlek 10–100 och hexagonsida 25–1000 meter';
      draft.densityParams = { bandwidth, cellSize, hexSize };
      return null;
    },
  },
  {
    key: 'r',
    write: (v) => String(v.ringWidth),
    read: (text, draft) => {
      const ringWidth = intIn(text, RING_LIMITS);
      if (ringWidth === null) return 'väntade en zon på 0–1000 meter';
      draft.ringWidth = ringWidth;
      return null;
    },
  },
  {
    key: 'ods',
    write: (v) => v.odsYears.join(','),
    read: (text, draft) => {
      const years = intList(text, YEAR_LIMITS);
      if (!years) return 'väntade kartläggningsår med komma emellan';
      draft.odsYears = years;
      return null;
    },
  },
  {
    key: 'hide',
    write: (v) => hidden(v).join(','),
    read: (text, draft) => {
      const names = text === '' ? [] : text.split(',');
      if (!names.every((n) => (HIDEABLE as readonly string[]).includes(n)))
        return `väntade lager bland ${HIDEABLE.join(', ')}`;
      draft.layers = {
        ods: !names.includes('ods'),
        sites: !names.includes('sites'),
        walks: !names.includes('walks'),
      };
      return null;
    },
  },
  {
    // Single offences are off by default (a projector must not show them unasked); `pts=1` turns them on.
    key: 'pts',
    write: (v) => (v.showRawPoints ? '1' : ''),
    read: (text, draft) => {
      if (text !== '1' && text !== '0') return 'väntade 1 (visa enskilda brott) eller 0';
      draft.showRawPoints = text === '1';
      return null;
    },
  },
  {
    key: 's',
    write: (v) => (v.selection.kind === 'none' ? '' : `${v.selection.kind}:${v.selection.id}`),
    read: (text, draft) => {
      const selection = readSelection(text);
      if (!selection) return `väntade typ:id, där typ är ${SELECTION_KINDS.join(', ')}`;
      draft.selection = selection;
      return null;
    },
  },
  ...COMPARE_PARTS,
  ...WALK_PARTS,
  {
    key: 'slide',
    write: (v) => v.meetingSlide ?? '',
    read: (text, draft) => {
      if (!SLIDE.test(text)) return 'väntade place:id, ods:id eller seq:id:nummer';
      draft.meetingSlide = text;
      return null;
    },
  },
];

const OWN_KEYS = new Set(PARTS.map((p) => p.key));

/** Percent-encoded, but commas, colons and slashes stay readable (they are legal in a query). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%(2C|3A|2F)/g, (m) => decodeURIComponent(m));
}

export interface DecodedView {
  view: ViewState;
  /** One Swedish sentence per key that could not be used; that field keeps its default. */
  problems: string[];
}

/** Reads a view from `location.search`; every field that is missing or unusable is the default. */
export function decodeView(search: string): DecodedView {
  const params = new URLSearchParams(search);
  const draft: ViewState = { ...DEFAULT_VIEW };
  const problems: string[] = [];
  for (const part of PARTS) {
    const text = params.get(part.key);
    if (text === null) continue;
    const why = part.read(text, draft);
    if (why)
      problems.push(
        `Adressens ${part.key}=${text} kunde inte användas: ${why}. Standardvärdet används.`,
      );
  }
  return { view: draft, problems };
}

/**
 * The search string (with "?", or "" for the default view) for `view`. Keys
 * that are not ours (e.g. `offences`, which the benchmark uses) are kept from
 * `currentSearch`, first and as they were.
 */
export function encodeView(view: ViewState, currentSearch = ''): string {
  const pairs: string[] = [];
  for (const [key, value] of new URLSearchParams(currentSearch)) {
    if (!OWN_KEYS.has(key)) pairs.push(`${encodeValue(key)}=${encodeValue(value)}`);
  }
  for (const part of PARTS) {
    const value = part.write(view);
    if (value !== part.write(DEFAULT_VIEW)) pairs.push(`${part.key}=${encodeValue(value)}`);
  }
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** The keys that differ between two search strings, to tell a pan from a deliberate change. */
export function changedKeys(a: string, b: string): string[] {
  const pa = new URLSearchParams(a);
  const pb = new URLSearchParams(b);
  const keys = new Set([...pa.keys(), ...pb.keys()]);
  return [...keys].filter((k) => pa.get(k) !== pb.get(k));
}
