/**
 * Scores the hand-drawn demo stadsdelar against the city's real boundaries.
 * Prints only scores (IoU), never the reference coordinates: the demo
 * geometry must stay our own drawing, the reference is just a yardstick.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { stadsdelar } from './shapes/stadsdelar';
import { odsAreas } from './shapes/ods';
import { sites } from './shapes/sites';
import { streets } from './shapes/streets';
import { walks } from './shapes/walks';

type Area = Feature<Polygon | MultiPolygon>;

const REFERENCE = fileURLToPath(
  new URL('../../../shared/data/stockholm-stadsdelar/stadsdelar.geojson', import.meta.url),
);

const area = (f: Area | null): number => (f ? turf.area(f) : 0);
const pair = (a: Area, b: Area) => turf.featureCollection([a, b]);

function iou(a: Area, b: Area): number {
  const inter = area(turf.intersect(pair(a, b)));
  const uni = area(turf.union(pair(a, b)));
  return uni > 0 ? inter / uni : 0;
}

function unionOf(features: Area[]): Area {
  return features.slice(1).reduce<Area>((acc, f) => turf.union(pair(acc, f)) ?? acc, features[0]);
}

if (existsSync(REFERENCE)) {
  const ref = JSON.parse(readFileSync(REFERENCE, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  console.log('IoU per stadsdel (demo vs reference):');
  for (const demo of stadsdelar) {
    const target = ref.features.find(
      (f) => f.properties.name === demo.properties.namn.toUpperCase(),
    );
    const score = target ? iou(demo, target).toFixed(3) : 'no reference';
    console.log(`  ${demo.properties.namn.padEnd(18)} ${score}`);
  }
} else {
  console.log(`Reference not found (${REFERENCE}); skipping IoU.`);
}

console.log('\nOverlap between demo stadsdelar (m², only pairs > 0):');
let overlaps = 0;
for (let i = 0; i < stadsdelar.length; i++) {
  for (let j = i + 1; j < stadsdelar.length; j++) {
    const m2 = area(turf.intersect(pair(stadsdelar[i], stadsdelar[j])));
    if (m2 > 0.5) {
      overlaps++;
      console.log(
        `  ${stadsdelar[i].properties.namn} × ${stadsdelar[j].properties.namn}: ${m2.toFixed(1)}`,
      );
    }
  }
}
if (overlaps === 0) console.log('  none');

console.log('\nSelf-intersections:');
for (const f of stadsdelar) {
  const k = turf.kinks(f).features.length;
  if (k > 0) console.log(`  ${f.properties.namn}: ${k} kinks`);
}

console.log('\nDemo stadsdelar areas (ha):');
for (const f of stadsdelar)
  console.log(`  ${f.properties.namn.padEnd(18)} ${(turf.area(f) / 1e4).toFixed(1)}`);

const byDistrict = (omrade: string, names?: string[]) =>
  unionOf(
    stadsdelar.filter(
      (f) =>
        f.properties.stadsdelsomrade === omrade && (!names || names.includes(f.properties.namn)),
    ),
  );

console.log('\nÖDS areas and containment:');
for (const ods of odsAreas) {
  const hostNames = ods.properties.id.startsWith('fridhemsplan')
    ? ['Kungsholmen', 'Stadshagen']
    : ods.properties.id.startsWith('odenplan')
      ? ['Vasastaden']
      : ['Norrmalm'];
  const host = byDistrict(ods.properties.stadsdelsomrade, hostNames);
  const inside = turf.booleanWithin(ods, host);
  console.log(
    `  ${ods.properties.id.padEnd(30)} ${(turf.area(ods) / 1e4).toFixed(1)} ha  within ${hostNames.join('+')}: ${inside}`,
  );
}

console.log('\nÖDS overlaps between years (ha):');
const odsById = new Map(odsAreas.map((f) => [f.properties.id, f]));
for (const [a, b] of [
  ['fridhemsplan-2021', 'fridhemsplan-stadshagen-2023'],
  ['fridhemsplan-stadshagen-2023', 'fridhemsplan-stadshagen-2024'],
  ['klara-sergels-torg-2021', 'klara-sergels-torg-2023'],
  ['klara-sergels-torg-2023', 'klara-sergels-torg-2024'],
] as const) {
  const fa = odsById.get(a);
  const fb = odsById.get(b);
  if (fa && fb)
    console.log(`  ${a} ∩ ${b}: ${(area(turf.intersect(pair(fa, fb))) / 1e4).toFixed(1)}`);
}

console.log('\nStreets, sites and walks outside their stadsdelsområde:');
let outside = 0;
for (const f of [...streets, ...sites, ...walks]) {
  if (!turf.booleanWithin(f, byDistrict(f.properties.stadsdelsomrade))) {
    outside++;
    console.log(`  ${'namn' in f.properties ? f.properties.namn : ''}`);
  }
}
if (outside === 0) console.log('  none');
