import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { effect } from '@preact/signals';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoRequests } from '../../worker/demoRequests';
import { inProcessClient } from '../../worker/inProcessClient';
import { createLib, type Lib } from '../../worker/lib';
import { createAppState, type AppState } from '../appState';
import { SCENES_IN_VIEW } from '../../worker/protocol';
import { compareQueryOf, createCompareQueries } from './compareQueries';

const DEMO = join(import.meta.dirname, '../../../data/demo');
const read = (name: string) => ({ name, text: readFileSync(join(DEMO, name), 'utf8') });

function until<T>(read: () => T, done: (v: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    const stop = effect(() => {
      const v = read();
      if (done(v)) {
        queueMicrotask(() => stop());
        resolve(v);
      }
    });
  });
}

describe('compare queries', () => {
  let lib: Lib;
  beforeAll(async () => {
    lib = createLib();
    await lib.addFiles(demoRequests({ ods: read('ods.geojson'), offences: read('offences.csv') }));
  }, 60_000);

  function started(): { state: AppState; sent: unknown[] } {
    const state = createAppState({ basemap: 'offline', lantmaterietKey: '' });
    state.datasets.value = [{} as AppState['datasets']['value'][number]];
    const client = inProcessClient(lib);
    const sent: unknown[] = [];
    const compare = client.compare;
    client.compare = ((q) => {
      sent.push(q);
      return compare(q);
    }) as typeof client.compare;
    createCompareQueries(state, client);
    return { state, sent };
  }

  it('asks nothing while another view is shown', () => {
    const { sent } = started();
    expect(sent).toEqual([]);
  });

  it('fills the result when the compare view opens, and follows the chosen years', async () => {
    const { state } = started();
    state.appView.value = 'compare';
    const first = await until(
      () => state.compare.result.value,
      (r) => r !== null,
    );
    expect([first?.comparison?.yearA, first?.comparison?.yearB]).toEqual([2021, 2023]);
    state.compare.yearB.value = 2024;
    const next = await until(
      () => state.compare.result.value,
      (r) => r?.comparison?.yearB === 2024,
    );
    expect(next?.comparison?.scene).toBe('2021:fridhemsplan');
  });

  it('shows the engine’s message when a correction names an unknown scene', async () => {
    const { state } = started();
    state.appView.value = 'compare';
    state.compare.corrections.value = { link: [['2021:finns-inte', '2023:klara sergels torg']] };
    const error = await until(
      () => state.compare.error.value,
      (e) => e !== null,
    );
    expect(error).toContain('"2021:finns-inte", som inte finns bland utbredningarna');
  });

  it('follows the map only for the scenes in view', async () => {
    const { state, sent } = started();
    state.appView.value = 'compare';
    state.viewBounds.value = [18.02, 59.328, 18.04, 59.338];
    expect(compareQueryOf(state)?.bounds).toBeNull();
    state.compare.scene.value = SCENES_IN_VIEW;
    state.viewBounds.value = [18.02, 59.328, 18.04, 59.338];
    const result = await until(
      () => state.compare.result.value,
      (r) => r?.comparison?.scene === SCENES_IN_VIEW && r.comparison.shown.length === 1,
    );
    expect(result?.comparison?.shown).toEqual(['2021:fridhemsplan']);
    expect((sent.at(-1) as { bounds: unknown }).bounds).toEqual([18.02, 59.328, 18.04, 59.338]);
  });
});
