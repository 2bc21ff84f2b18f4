/**
 * Independent check of a written offences.csv: parses it back the way an
 * importer would (papaparse, decimal commas, proj4 to WGS84, Turf
 * point-in-polygon against the GeoJSON files) and recounts the lägesbild
 * tables and patterns. Nothing from the generator's own bookkeeping is used.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import proj4 from 'proj4';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { CATEGORIES } from '../../src/analysis/categories';
import { isoWeekOf, isoWeekday, parseIsoDate } from '../../src/analysis/isoWeek';
import { TABLES, PRINTED_TOTALS } from './tables';
import { HEADER } from './csv';
import { TYPE_QUOTAS } from './offences';

const SWEREF = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';
const toWgs = proj4(SWEREF, WGS84);
const MIN_BORDER_M = 3;

interface Area {
  name: string;
  props: Record<string, unknown>;
  feature: Feature<Polygon | MultiPolygon>;
  bbox: [number, number, number, number];
  /** Rings in SWEREF 99 TM for distances and hectares. */
  rings: Position[][];
  hectares: number;
}

function loadAreas(path: string, nameKey: string): Area[] {
  const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  const toTm = proj4(WGS84, SWEREF);
  return fc.features.map((f) => {
    const g = f.geometry;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon')
      throw new Error(`${path}: not a polygon`);
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    let m2 = 0;
    const rings: Position[][] = [];
    for (const poly of polys) {
      poly.forEach((ring, k) => {
        const tm = ring.map((p) => toTm.forward([p[0], p[1]]));
        rings.push(tm);
        let s = 0;
        for (let i = 0; i + 1 < tm.length; i++)
          s += tm[i][0] * tm[i + 1][1] - tm[i + 1][0] * tm[i][1];
        m2 += (k === 0 ? 1 : -1) * Math.abs(s / 2);
        for (const p of ring) {
          bbox[0] = Math.min(bbox[0], p[0]);
          bbox[1] = Math.min(bbox[1], p[1]);
          bbox[2] = Math.max(bbox[2], p[0]);
          bbox[3] = Math.max(bbox[3], p[1]);
        }
      });
    }
    const props = (f.properties ?? {}) as Record<string, unknown>;
    return {
      name: String(props[nameKey]),
      props,
      feature: f as Feature<Polygon | MultiPolygon>,
      bbox,
      rings,
      hectares: m2 / 10_000,
    };
  });
}

function inside(a: Area, lon: number, lat: number): boolean {
  const b = a.bbox;
  if (lon < b[0] || lon > b[2] || lat < b[1] || lat > b[3]) return false;
  return booleanPointInPolygon(point([lon, lat]), a.feature);
}

function borderDistance(a: Area, e: number, n: number): number {
  let best = Infinity;
  for (const ring of a.rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i];
      const [bx, by] = ring[i + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const l2 = dx * dx + dy * dy;
      const t = l2 > 0 ? Math.max(0, Math.min(1, ((e - ax) * dx + (n - ay) * dy) / l2)) : 0;
      best = Math.min(best, Math.hypot(e - ax - t * dx, n - ay - t * dy));
    }
  }
  return best;
}

interface Row {
  id: string;
  day: number;
  minute: number;
  category: number;
  type: string;
  plats: string;
  street: string;
  east: number;
  north: number;
  omrade: string;
  ods: Set<string>;
}

export interface VerifyInputs {
  csv: string;
  stadsdelar: string;
  ods: string;
  streets: string;
}

export interface VerifyResult {
  ok: boolean;
  rows: number;
  lines: string[];
}

export function verifyOffences(inputs: VerifyInputs): VerifyResult {
  const lines: string[] = [];
  const failures: string[] = [];
  const fail = (msg: string) => failures.push(msg);
  const check = (cond: boolean, msg: string) => {
    lines.push(`${cond ? 'ok  ' : 'FAIL'} ${msg}`);
    if (!cond) fail(msg);
  };

  const buf = readFileSync(inputs.csv);
  check(!(buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf), 'no byte-order mark');
  const text = buf.toString('utf8');
  check(!/[^\r]\n/.test(text) && text.endsWith('\r\n'), 'every line ends with CRLF');
  const parsed = Papa.parse<string[]>(text, {
    delimiter: ';',
    newline: '\r\n',
    header: false,
    skipEmptyLines: true,
  });
  check(parsed.errors.length === 0, `papaparse reports no errors (${parsed.errors.length})`);
  const [header, ...data] = parsed.data;
  check(header.join(';') === HEADER.join(';'), 'header row exactly as the contract');

  const stadsdelar = loadAreas(inputs.stadsdelar, 'namn');
  const ods = loadAreas(inputs.ods, 'id');
  const odsById = new Map(ods.map((o) => [o.name, o]));
  const streetFeatures = (JSON.parse(readFileSync(inputs.streets, 'utf8')) as FeatureCollection)
    .features;
  const streetNames = new Set(streetFeatures.map((f) => String(f.properties?.namn)));
  const toTm = proj4(WGS84, SWEREF);
  const streetLines = streetFeatures.flatMap((f) => {
    const g = f.geometry;
    const parts =
      g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    return parts.map((line) => ({
      name: String(f.properties?.namn),
      rings: [line.map((p) => toTm.forward([p[0], p[1]]))],
    }));
  });
  const nearestStreet = (e: number, n: number) => {
    let best = { name: '', d: Infinity };
    for (const l of streetLines) {
      const d = borderDistance({ rings: l.rings } as Area, e, n);
      if (d < best.d) best = { name: l.name, d };
    }
    return best;
  };

  const ids = new Set<string>();
  const rows: Row[] = [];
  let badFormat = 0;
  let badPlace = 0;
  let nearBorder = 0;
  let minBorder = Infinity;
  let unsorted = 0;
  let quoted = 0;
  let prevKey = '';
  for (const f of data) {
    if (f.length !== 8) {
      badFormat++;
      continue;
    }
    const [id, date, time, cat, type, plats, xs, ys] = f;
    const day = parseIsoDate(date);
    const tm = /^(\d{2}):(\d{2})$/.exec(time);
    const category = (CATEGORIES as readonly string[]).indexOf(cat);
    if (
      !/^5000-K\d{6}-\d{2}$/.test(id) ||
      ids.has(id) ||
      day === null ||
      !tm ||
      Number(tm[1]) > 23 ||
      Number(tm[2]) > 59 ||
      category < 0 ||
      type === '' ||
      !/^\d{7},\d$/.test(xs) ||
      !/^\d{6},\d$/.test(ys) ||
      id.slice(-2) !== date.slice(2, 4)
    ) {
      badFormat++;
      continue;
    }
    ids.add(id);
    if (/[;"]/.test(plats)) quoted++;
    const key = `${date} ${time}`;
    if (key < prevKey) unsorted++;
    prevKey = key;
    const north = Number(xs.replace(',', '.'));
    const east = Number(ys.replace(',', '.'));
    const [lon, lat] = toWgs.forward([east, north]);
    const homes = stadsdelar.filter((s) => inside(s, lon, lat));
    if (homes.length !== 1) {
      badPlace++;
      continue;
    }
    for (const a of [...stadsdelar, ...ods]) {
      const bb = a.bbox;
      if (lon < bb[0] - 1e-3 || lon > bb[2] + 1e-3 || lat < bb[1] - 1e-3 || lat > bb[3] + 1e-3)
        continue;
      const d = borderDistance(a, east, north);
      if (d < minBorder) minBorder = d;
      if (d < MIN_BORDER_M) nearBorder++;
    }
    const m = /^(.*?)\s+\d+$/.exec(plats);
    rows.push({
      id,
      day,
      minute: Number(tm[1]) * 60 + Number(tm[2]),
      category,
      type,
      plats,
      street: m ? m[1] : plats,
      east,
      north,
      omrade: String(homes[0].props.stadsdelsomrade),
      ods: new Set(ods.filter((o) => inside(o, lon, lat)).map((o) => o.name)),
    });
  }
  check(
    badFormat === 0,
    `every row well-formed, unique case number, valid category (${badFormat} bad)`,
  );
  check(badPlace === 0, `every point inside exactly one stadsdel (${badPlace} not)`);
  check(
    nearBorder === 0,
    `every point ≥ ${MIN_BORDER_M} m from every stadsdel/ÖDS border (closest ${minBorder.toFixed(2)} m)`,
  );
  check(unsorted === 0, 'rows sorted by date and time');
  check(quoted > 0, `some Plats values need CSV quoting (${quoted})`);
  const unknownStreets = new Set(
    rows
      .map((r) => r.street)
      .filter(
        (s) => !streetNames.has(s) && !/;|"|^(Polhemsgatan|Kungsholmsgatan|Bergsgatan)$/.test(s),
      ),
  );
  check(
    unknownStreets.size === 0,
    `Plats streets come from streets.json (${[...unknownStreets].slice(0, 5).join(', ')})`,
  );

  // --- The four tables ---
  lines.push('');
  for (const t of TABLES) {
    const inArea = (r: Row) =>
      t.area.kind === 'omrade' ? r.omrade === t.area.omrade : r.ods.has(t.area.id);
    lines.push(`${t.id} ${t.title}`);
    lines.push(
      `  ${'category'.padEnd(38)}${t.years.map((y) => `${y.isoYear} exp/got`.padStart(18)).join('')}`,
    );
    const got = t.years.map((y) => {
      const counts = new Array<number>(CATEGORIES.length).fill(0);
      for (const r of rows) {
        const w = isoWeekOf(r.day);
        if (w.isoYear === y.isoYear && w.week >= t.fromWeek && w.week <= t.toWeek && inArea(r))
          counts[r.category]++;
      }
      return counts;
    });
    CATEGORIES.forEach((c, ci) => {
      const cellsText = t.years.map((y, yi) => {
        const ok = y.counts[ci] === got[yi][ci];
        if (!ok) fail(`${t.id} ${y.isoYear} ${c}: expected ${y.counts[ci]}, got ${got[yi][ci]}`);
        return `${y.counts[ci]}/${got[yi][ci]}${ok ? ' ' : '!'}`.padStart(18);
      });
      lines.push(`  ${c.padEnd(38)}${cellsText.join('')}`);
    });
    const totals = t.years.map((y, yi) => {
      const exp = y.counts.reduce((a, b) => a + b, 0);
      const g = got[yi].reduce((a, b) => a + b, 0);
      if (PRINTED_TOTALS[`${t.id} ${y.isoYear}`] !== exp)
        fail(`${t.id} ${y.isoYear}: rows do not add up to the printed total`);
      if (exp !== g) fail(`${t.id} ${y.isoYear} total: expected ${exp}, got ${g}`);
      return `${exp}/${g}${exp === g ? ' ' : '!'}`.padStart(18);
    });
    lines.push(`  ${'Total incl. skadegörelse'.padEnd(38)}${totals.join('')}`);
    lines.push('');
  }

  // --- Patterns ---
  const cat = (name: string) => (CATEGORIES as readonly string[]).indexOf(name);
  const year = (r: Row) => Number(new Date(r.day * 86_400_000).toISOString().slice(0, 4));
  const count = (pred: (r: Row) => boolean) => rows.reduce((s, r) => s + (pred(r) ? 1 : 0), 0);
  const V = cat('Våldsbrott');
  const N = cat('Narkotikabrott');
  const S = cat('Övriga specialstraffrättsliga brott');
  const a21 = odsById.get('fridhemsplan-2021')!;
  const a23 = odsById.get('fridhemsplan-stadshagen-2023')!;
  const v21 = count((r) => r.category === V && r.ods.has(a21.name) && year(r) <= 2021);
  const v23 = count(
    (r) => r.category === V && r.ods.has(a23.name) && (year(r) === 2022 || year(r) === 2023),
  );
  lines.push('Patterns');
  check(
    v23 > v21,
    `Våldsbrott: fridhemsplan-stadshagen-2023 in 2022–23 = ${v23} > fridhemsplan-2021 in 2020–21 = ${v21}`,
  );
  check(
    v23 / a23.hectares > v21 / a21.hectares,
    `… per hectare: ${(v23 / a23.hectares).toFixed(2)}/ha (${a23.hectares.toFixed(1)} ha) > ${(v21 / a21.hectares).toFixed(2)}/ha (${a21.hectares.toFixed(1)} ha)`,
  );
  const rise = (label: string, area: string, pred: (r: Row) => boolean, up: boolean) => {
    const y23 = count((r) => pred(r) && r.ods.has(area) && year(r) === 2023);
    const y24 = count((r) => pred(r) && r.ods.has(area) && year(r) === 2024);
    const cond = up ? y24 >= 1.3 * y23 : y24 < y23;
    check(
      cond,
      `${label} in ${area}: 2023 ${y23} → 2024 ${y24} (${up ? 'sharp rise, ≥ +30 %' : 'falls'})`,
    );
  };
  for (const area of ['fridhemsplan-stadshagen-2024', 'fridhemsplan-stadshagen-2023']) {
    rise('Narkotikabrott', area, (r) => r.category === N, true);
    rise(
      'Brott mot knivlagen',
      area,
      (r) => r.category === S && r.type === 'Brott mot knivlagen',
      true,
    );
  }
  rise('Narkotikabrott', 'klara-sergels-torg-2024', (r) => r.category === N, false);
  rise(
    'Brott mot knivlagen',
    'klara-sergels-torg-2024',
    (r) => r.category === S && r.type === 'Brott mot knivlagen',
    false,
  );

  const kRows = rows.filter((r) => r.omrade === 'Kungsholmen');
  const topStreets = (pred: (r: Row) => boolean, n: number) => {
    const m = new Map<string, number>();
    let total = 0;
    for (const r of kRows) {
      if (!pred(r)) continue;
      total++;
      const s = r.street.startsWith('Fridhemsplan;') ? 'Fridhemsplan; tunnelbanan' : r.street;
      m.set(s, (m.get(s) ?? 0) + 1);
    }
    const sorted = [...m].sort((a, b) => b[1] - a[1]);
    return {
      top: sorted.slice(0, n).map(([s]) => s),
      text: sorted
        .slice(0, n + 2)
        .map(([s, c]) => `${s} ${((100 * c) / total).toFixed(0)} %`)
        .join(', '),
    };
  };
  const hot = ['Sankt Eriksgatan', 'Sankt Göransgatan', 'Fleminggatan'];
  for (const name of [
    'Våldsbrott',
    'Tillgreppsbrott (exkl i butik)',
    'Tillgrepp i butik',
    'Narkotikabrott',
  ]) {
    const t = topStreets((r) => r.category === cat(name), 3);
    check(
      hot.every((h) => t.top.includes(h)),
      `Kungsholmen ${name}: top streets ${t.text}`,
    );
  }
  const skad = topStreets((r) => r.category === cat('Skadegörelsebrott'), 2);
  check(
    ['Drottningholmsvägen', 'Mariebergsgatan'].every((h) => skad.top.includes(h)),
    `Kungsholmen Skadegörelsebrott: top streets ${skad.text}`,
  );
  const skydd = kRows.filter((r) => r.type === 'Brott mot skyddslagen');
  const kronobergAddresses = /^(Polhemsgatan 30|Kungsholmsgatan 43|Bergsgatan 52)$/;
  const atKronoberg = skydd.filter((r) => kronobergAddresses.test(r.plats)).length;
  check(
    atKronoberg > skydd.length / 2,
    `Brott mot skyddslagen at the Kronoberg block: ${atKronoberg} of ${skydd.length}`,
  );

  const kV = kRows.filter((r) => r.category === V);
  const afternoon = kV.filter((r) => r.minute >= 13 * 60).length;
  check(
    afternoon > kV.length / 2,
    `Kungsholmen Våldsbrott 13:00–00:00: ${((100 * afternoon) / kV.length).toFixed(0)} %`,
  );
  const theft = kRows.filter(
    (r) =>
      r.category === cat('Tillgreppsbrott (exkl i butik)') ||
      r.category === cat('Tillgrepp i butik'),
  );
  const hours = new Array<number>(24).fill(0);
  for (const r of theft) hours[Math.floor(r.minute / 60)]++;
  const windows = hours.map((_, h) => hours[h] + hours[(h + 1) % 24] + hours[(h + 2) % 24]);
  const peak = windows.indexOf(Math.max(...windows));
  check(
    peak === 15,
    `Kungsholmen Tillgrepp: busiest 3 hours start ${peak}:00 (${((100 * windows[peak]) / theft.length).toFixed(0)} % in 15–18)`,
  );
  const sture = rows.filter((r) => r.omrade === 'Norra innerstaden' && r.category === V);
  const weekendNight = (r: Row) => {
    const wd = isoWeekday(r.day);
    const h = Math.floor(r.minute / 60);
    return ((wd === 5 || wd === 6) && h >= 22) || ((wd === 6 || wd === 7) && h < 5);
  };
  const nearSture = sture.filter(
    (r) =>
      r.street === 'Stureplan' ||
      r.street.startsWith('Stureplan 2,') ||
      r.street === 'Birger Jarlsgatan',
  );
  const other = sture.filter((r) => !nearSture.includes(r));
  const share = (xs: Row[]) => xs.filter(weekendNight).length / Math.max(1, xs.length);
  check(
    share(nearSture) > 1.3 * share(other),
    `Norra innerstaden Våldsbrott on weekend nights: Stureplan/Birger Jarlsgatan ${(100 * share(nearSture)).toFixed(0)} % vs elsewhere ${(100 * share(other)).toFixed(0)} %`,
  );

  for (const q of TYPE_QUOTAS) {
    for (const [type, n] of Object.entries(q.counts)) {
      const got = count(
        (r) =>
          r.omrade === q.omrade &&
          CATEGORIES[r.category] === q.category &&
          r.day >= q.first &&
          r.day <= q.last &&
          r.type === type,
      );
      check(got === n, `${q.omrade} ${q.why}: "${type}" ${n} / got ${got}`);
    }
  }
  const ni = rows.filter((r) => r.omrade === 'Norra innerstaden');
  const hotNi = ni.filter(
    (r) =>
      r.ods.has('klara-sergels-torg-2024') ||
      r.ods.has('odenplan-2021') ||
      /^(Stureplan|Birger Jarlsgatan)/.test(r.street),
  );
  const niArea = stadsdelar
    .filter((s) => s.props.stadsdelsomrade === 'Norra innerstaden')
    .reduce((a, s) => a + s.hectares, 0);
  const hotArea = ['klara-sergels-torg-2024', 'odenplan-2021'].reduce(
    (a, id) => a + (odsById.get(id)?.hectares ?? 0),
    0,
  );
  check(
    hotNi.length / ni.length > (3 * hotArea) / niArea,
    `Norra innerstaden concentrated at Klara, Odenplan, Stureplan: ${((100 * hotNi.length) / ni.length).toFixed(0)} % of offences`,
  );

  let named = 0;
  let nearestSame = 0;
  const dists: number[] = [];
  for (const r of rows) {
    if (!streetNames.has(r.street)) continue;
    named++;
    const near = nearestStreet(r.east, r.north);
    if (near.name === r.street) nearestSame++;
    dists.push(near.d);
  }
  dists.sort((a, b) => a - b);
  lines.push(
    `info Plats street is the nearest street line for ${((100 * nearestSame) / named).toFixed(0)} % of street-addressed rows; ` +
      `distance to nearest line median ${dists[dists.length >> 1].toFixed(1)} m, 95th pct ${dists[Math.floor(dists.length * 0.95)].toFixed(1)} m`,
  );
  lines.push('');
  lines.push('Rows per calendar year (Kungsholmen / Norra innerstaden):');
  for (let y = 2020; y <= 2025; y++) {
    lines.push(
      `  ${y}: ${count((r) => year(r) === y && r.omrade === 'Kungsholmen')} / ${count((r) => year(r) === y && r.omrade === 'Norra innerstaden')}`,
    );
  }
  lines.push(`Total rows: ${rows.length}`);
  if (failures.length > 0)
    lines.push('', `${failures.length} FAILURES:`, ...failures.map((f) => `  ${f}`));
  return { ok: failures.length === 0, rows: rows.length, lines };
}
