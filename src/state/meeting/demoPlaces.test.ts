import { describe, expect, it } from 'vitest';
import type { SiteFeature } from '../../data/parseOverlays';
import type { PlaceDocument } from '../../persistence/documents';
import { openMemoryDocStore } from '../../persistence/memoryDocStore';
import { seedDemoPlaces } from './demoPlaces';

const site = (id: string): SiteFeature => ({
  id,
  name: id,
  district: 'Kungsholmen',
  cadence: '',
  responsible: 'SDF och LPO',
  kind: id === 'john-bergs-plan' ? 'tillfällig' : 'permanent',
  since: '',
  description: '',
  position: [18.03, 59.33],
});
const SITES = ['fridhemsplan', 'stadshagen', 'john-bergs-plan', 'okänd-plats'].map(site);

let n = 0;
const store = () => openMemoryDocStore(`demo-places-${++n}`);

describe('the demo places, preloaded', () => {
  it('writes the sites that have a plan, their actions and the groups', async () => {
    const docs = store();
    expect(await seedDemoPlaces(docs, SITES)).toBe(true);
    const places = await docs.list('place');
    expect(places.map((p) => p._id).sort()).toEqual([
      'place:fridhemsplan',
      'place:john-bergs-plan',
      'place:stadshagen',
    ]);
    expect(places.find((p) => p._id === 'place:john-bergs-plan')?.temporary).toBe(true);
    expect((await docs.list('meetingSeries')).length).toBe(2);
    expect((await docs.list('action')).length).toBeGreaterThan(0);
  });

  it('only once: an edited place keeps the edit and a removed one stays removed', async () => {
    const docs = store();
    await seedDemoPlaces(docs, SITES);
    const fridhemsplan = (await docs.get('place:fridhemsplan')) as PlaceDocument;
    await docs.put({ ...fridhemsplan, name: 'Fridhemsplan (ändrad)' });
    await docs.remove('place:stadshagen');
    expect(await seedDemoPlaces(docs, SITES)).toBe(false);
    expect(((await docs.get('place:fridhemsplan')) as PlaceDocument).name).toBe(
      'Fridhemsplan (ändrad)',
    );
    expect(await docs.get('place:stadshagen')).toBeUndefined();
  });

  it('never overwrites a place the user already has under the same id', async () => {
    const docs = store();
    await seedDemoPlaces(docs, SITES.slice(0, 1));
    await docs.remove('meetingSeries:demo-est-kungsholmen');
    await docs.remove('meetingSeries:demo-klara');
    const mine = (await docs.get('place:fridhemsplan')) as PlaceDocument;
    await docs.put({ ...mine, plan: [] });
    await seedDemoPlaces(docs, SITES);
    expect(((await docs.get('place:fridhemsplan')) as PlaceDocument).plan).toEqual([]);
  });
});
