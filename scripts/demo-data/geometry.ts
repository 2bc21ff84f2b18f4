/**
 * Hand-drawn demo geometry for Lägeskartan: stadsdelar, open drug scenes,
 * platssamverkan sites and planned trygghetsvandringar, plus the street
 * lines the offence generator uses. Coordinates are typed by hand (WGS84,
 * [lon, lat]); no real boundary file is copied.
 *
 * Run directly: `npx tsx scripts/demo-data/geometry.ts` writes data/demo/*.geojson
 * and scripts/demo-data/streets.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { collection, stringifyCollection } from './shapes/geo';
import { odsAreas } from './shapes/ods';
import { sites } from './shapes/sites';
import { stadsdelar } from './shapes/stadsdelar';
import { streets } from './shapes/streets';
import { walks } from './shapes/walks';

export { odsAreas, sites, stadsdelar, streets, walks };

/** Writes stadsdelar, ods, platser and vandringar GeoJSON files into `outDir`. */
export function writeGeometry(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const files = {
    'stadsdelar.geojson': collection(stadsdelar),
    'ods.geojson': collection(odsAreas),
    'platser.geojson': collection(sites),
    'vandringar.geojson': collection(walks),
  };
  for (const [name, fc] of Object.entries(files))
    writeFileSync(join(outDir, name), stringifyCollection(fc));
}

/**
 * Writes the street lines for the offence generator (internal helper data).
 * The file lives among the sources, so it is written as Prettier formats it
 * and `prettier --check` stays clean after a regeneration.
 */
export async function writeStreets(file: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  const options = (await resolveConfig(file)) ?? {};
  const text = await format(stringifyCollection(collection(streets)), {
    ...options,
    filepath: file,
  });
  writeFileSync(file, text);
}

const here = dirname(fileURLToPath(import.meta.url));

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(here, '../../data/demo');
  writeGeometry(outDir);
  await writeStreets(join(here, 'streets.json'));
  console.log(`Wrote demo geometry to ${outDir} and streets to ${join(here, 'streets.json')}`);
}
