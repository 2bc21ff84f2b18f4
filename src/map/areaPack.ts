import {
  addProtocol,
  type AddProtocolResponseData,
  type Map as MaplibreMap,
  type RequestParameters,
} from 'maplibre-gl';
import { signal } from '@preact/signals';
import { boxAround, tilesCovering, tileUrl, type LonLatBox } from './tileCoverage';

/**
 * Area packs: before a walk, the online basemap's tiles around the route are stored in Cache
 * Storage; every request of an online basemap goes through the `kartpaket://` protocol, which
 * answers from the pack first and from the network otherwise. So the map works on the route
 * with no network, and nothing changes where there is one.
 */
export const PACK_PROTOCOL = 'kartpaket';
const PREFIX = `${PACK_PROTOCOL}://`;
const CACHE = 'lageskartan-kartpaket-v1';
const INDEX_KEY = 'lageskartan.kartpaket.v1';

/** Zooms a walk is looked at: the district (13) down to single houses (17). */
export const PACK_MIN_ZOOM = 13;
export const PACK_MAX_ZOOM = 17;
export const PACK_MARGIN_METRES = 300;
/** A typical tile of a city map, for the estimate before anything is fetched. */
const ESTIMATED_TILE_BYTES = 25_000;

/** A transparent 1×1 PNG: a raster tile outside the pack while offline draws as nothing. */
const EMPTY_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

export interface PackInfo {
  walkId: string;
  basemap: string;
  urls: number;
  bytes: number;
  savedAt: string;
  box: LonLatBox;
}

export interface PackPlan {
  urls: string[];
  estimatedBytes: number;
  box: LonLatBox;
}

export interface PackProgress {
  done: number;
  total: number;
  bytes: number;
  failed: number;
}

/** Online basemap requests go through the pack; our own data (same origin, blob:, data:) does not. */
export function packTransformRequest(url: string): { url: string } | undefined {
  if (/^https?:\/\//.test(url) && !url.startsWith(globalThis.location?.origin ?? '\u0000')) {
    return { url: PREFIX + url };
  }
  return undefined;
}

const hasCaches = () => typeof caches !== 'undefined';

export function readPackIndex(): PackInfo[] {
  try {
    const raw = localStorage.getItem(INDEX_KEY);
    return raw ? (JSON.parse(raw) as PackInfo[]) : [];
  } catch (e) {
    console.warn('Listan över sparade kartpaket kunde inte läsas.', e);
    return [];
  }
}

function writePackIndex(list: PackInfo[]): void {
  localStorage.setItem(INDEX_KEY, JSON.stringify(list));
}

async function bodyAs(
  response: Response,
  type: RequestParameters['type'],
): Promise<AddProtocolResponseData> {
  if (type === 'json') return (await response.json()) as AddProtocolResponseData;
  if (type === 'string') return response.text();
  return response.arrayBuffer();
}

let registered = false;

/** Answers from a saved pack since the page opened (shown beside the save button). */
export const packHits = signal(0);

/** Registers the protocol once per page. */
export function registerPackProtocol(): void {
  if (registered) return;
  registered = true;
  addProtocol(PACK_PROTOCOL, async (params, abort) => {
    const url = params.url.slice(PREFIX.length);
    const cached = hasCaches() ? await (await caches.open(CACHE)).match(url) : undefined;
    if (cached) {
      packHits.value++;
      return { data: await bodyAs(cached, params.type) };
    }
    let response: Response;
    try {
      response = await fetch(url, { signal: abort.signal, referrerPolicy: 'no-referrer' });
    } catch (e) {
      // Offline beside a saved pack: tiles just outside it draw as empty, not as an error
      // that would replace the whole basemap by the built-in one.
      if (
        readPackIndex().length > 0 &&
        (params.type === 'image' || params.type === 'arrayBuffer')
      ) {
        return { data: params.type === 'image' ? EMPTY_PNG.buffer.slice(0) : new ArrayBuffer(0) };
      }
      throw e;
    }
    if (!response.ok) {
      throw new Error(`Bakgrundskartan svarade ${response.status} för ${url}`);
    }
    return { data: await bodyAs(response, params.type) };
  });
}

/** A tile source of the basemap: its XYZ template and zoom range. */
export interface PackSource {
  tiles: string[];
  minzoom?: number;
  maxzoom?: number;
}

/** The tile sources, sprites and glyphs of the style the map shows (a vector basemap from a URL). */
export function styleResources(map: MaplibreMap): { sources: PackSource[]; extra: string[] } {
  const style = map.getStyle();
  const sources: PackSource[] = [];
  const extra: string[] = [];
  for (const [id, def] of Object.entries(style.sources)) {
    const source = map.getSource(id) as Partial<PackSource> | undefined;
    const tiles = source?.tiles ?? ('tiles' in def ? def.tiles : undefined);
    if ('url' in def && typeof def.url === 'string') extra.push(def.url);
    if (tiles && tiles.length > 0)
      sources.push({ tiles, minzoom: source?.minzoom, maxzoom: source?.maxzoom });
  }
  const sprites =
    typeof style.sprite === 'string' ? [style.sprite] : (style.sprite ?? []).map((s) => s.url);
  for (const base of sprites) {
    for (const suffix of ['.json', '.png', '@2x.json', '@2x.png']) extra.push(`${base}${suffix}`);
  }
  if (style.glyphs) {
    const fonts = new Set<string>();
    for (const layer of style.layers) {
      const font = (layer as { layout?: { 'text-font'?: unknown } }).layout?.['text-font'];
      if (Array.isArray(font) && font.every((f) => typeof f === 'string'))
        fonts.add(font.join(','));
    }
    // Latin with å, ä, ö, and general punctuation (– and …).
    for (const font of fonts) {
      for (const range of ['0-255', '256-511', '8192-8447']) {
        extra.push(
          style.glyphs.replace('{fontstack}', encodeURIComponent(font)).replace('{range}', range),
        );
      }
    }
  }
  return { sources, extra };
}

/** Every address needed to draw the route's area: each source's tiles at the walk's zooms, and `extra`. */
export function planPack(
  route: [number, number][],
  sources: PackSource[],
  extra: string[] = [],
): PackPlan | null {
  const box = boxAround(route, PACK_MARGIN_METRES);
  if (!box) return null;
  const urls = new Set<string>(extra);
  for (const source of sources) {
    const maxZoom = Math.min(PACK_MAX_ZOOM, source.maxzoom ?? PACK_MAX_ZOOM);
    const minZoom = Math.max(0, Math.min(maxZoom, PACK_MIN_ZOOM));
    for (const t of tilesCovering(box, minZoom, maxZoom)) urls.add(tileUrl(source.tiles[0], t));
  }
  const list = [...urls];
  return { urls: list, estimatedBytes: list.length * ESTIMATED_TILE_BYTES, box };
}

/** Fetches every address of the plan into the pack cache, four at a time. */
export async function savePack(
  plan: PackPlan,
  info: { walkId: string; basemap: string },
  onProgress: (p: PackProgress) => void,
  signal?: AbortSignal,
): Promise<PackInfo> {
  if (!hasCaches()) {
    throw new Error(
      'Webbläsaren kan inte spara kartor (Cache Storage saknas, t.ex. i privat läge).',
    );
  }
  const cache = await caches.open(CACHE);
  const progress: PackProgress = { done: 0, total: plan.urls.length, bytes: 0, failed: 0 };
  const queue = [...plan.urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      if (signal?.aborted) return;
      try {
        const response = await fetch(url, { signal, referrerPolicy: 'no-referrer' });
        if (!response.ok) throw new Error(String(response.status));
        const bytes = await response.arrayBuffer();
        await cache.put(
          url,
          new Response(bytes, {
            headers: {
              'Content-Type': response.headers.get('Content-Type') ?? 'application/octet-stream',
            },
          }),
        );
        progress.bytes += bytes.byteLength;
      } catch (e) {
        if (signal?.aborted) return;
        console.warn(`Kartpaket: ${url} kunde inte hämtas`, e);
        progress.failed++;
      }
      progress.done++;
      onProgress({ ...progress });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  if (signal?.aborted)
    throw new Error('Sparandet avbröts: kartan för vandringen är inte komplett.');
  if (progress.failed === progress.total) {
    throw new Error(
      `Ingen av kartans ${progress.total} delar kunde hämtas: kontrollera nätet och försök igen.`,
    );
  }
  const saved: PackInfo = {
    ...info,
    urls: progress.done - progress.failed,
    bytes: progress.bytes,
    savedAt: new Date().toISOString(),
    box: plan.box,
  };
  writePackIndex([...readPackIndex().filter((p) => p.walkId !== info.walkId), saved]);
  return saved;
}
