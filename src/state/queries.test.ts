import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { effect } from '@preact/signals';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkerClient } from '../worker/client';
import { demoRequests } from '../worker/demoRequests';
import { inProcessClient } from '../worker/inProcessClient';
import { createLib, type Lib } from '../worker/lib';
import type { ViewQuery } from '../worker/protocol';
import { createAppState, DEFAULT_FILTER, type AppState } from './appState';
import { createQueries } from './queries';

const DEMO = join(import.meta.dirname, '../../data/demo');
const read = (name: string) => ({ name, text: readFileSync(join(DEMO, name), 'utf8') });

/** The real worker functions, with every query the page sends recorded. */
function recordingClient(lib: Lib) {
  const client = inProcessClient(lib);
  const sent: ViewQuery[] = [];
  const query = client.query;
  client.query = ((q: ViewQuery) => {
    sent.push(q);
    return query(q);
  }) as WorkerClient['query'];
  return { client, sent };
}

/** Resolves when `read` gives a value that passes `done`. */
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

const totalOf = (state: AppState) =>
  state.result.value?.comparison.rows.find((r) => r.label === 'Totalt (exkl. skadegörelse)');

describe('one query per view', () => {
  let lib: Lib;

  beforeAll(async () => {
    lib = createLib();
    await lib.addFiles(
      demoRequests({
        areas: read('stadsdelar.geojson'),
        ods: read('ods.geojson'),
        offences: read('offences.csv'),
      }),
    );
  });

  async function started() {
    const state = createAppState({ basemap: 'offline', lantmaterietKey: '' });
    const { client, sent } = recordingClient(lib);
    const summary = await client.addFiles([]);
    state.datasets.value = summary.datasets;
    state.stadsdelar.value = summary.stadsdelar;
    state.offences.value = summary.offences;
    const stop = createQueries(state, client);
    await until(() => state.result.value, Boolean);
    return { state, sent, stop };
  }

  it('fills the demo comparison for weeks 1–43, 2024 against 2023, from one query', async () => {
    const { state, sent, stop } = await started();
    expect(sent).toHaveLength(1);
    expect([totalOf(state)?.current, totalOf(state)?.previous]).toEqual([7330, 7536]);
    stop();
  });

  it('answers a change of map mode with tables and density in the same reply', async () => {
    const { state, sent, stop } = await started();
    const tablesBefore = state.result.value;
    state.mapMode.value = 'hexagon';
    await until(() => state.density.value, Boolean);
    expect(sent).toHaveLength(2);
    expect(sent[1].density?.kind).toBe('hexagon');
    // Unchanged inputs: the worker's memo gives the same tables back.
    expect(state.result.value).toBe(tablesBefore);
    stop();
  });

  it('sends only the newest of several quick changes and never draws a superseded reply', async () => {
    const { state, sent, stop } = await started();
    const drawn: number[] = [];
    const stopWatch = effect(() => {
      const t = totalOf(state);
      if (t) drawn.push(t.current);
    });
    const weekdaysOnly = [true, true, true, true, true, false, false];
    state.filter.value = { ...DEFAULT_FILTER, hourFrom: 22, hourTo: 4 };
    state.filter.value = { ...DEFAULT_FILTER, weekdays: weekdaysOnly };
    state.filter.value = { ...DEFAULT_FILTER, weekdays: weekdaysOnly, hourFrom: 8, hourTo: 17 };
    await until(
      () => state.result.value,
      () => sent.length === 3,
    );
    await until(totalOf.bind(null, state), (t) => t !== undefined && t.current !== 7330);
    // The first change was under way; the second was superseded before it was sent.
    expect(sent.map((q) => [q.filter.hourFrom, q.filter.weekdays[5]])).toEqual([
      [0, true],
      [22, true],
      [8, false],
    ]);
    await new Promise((r) => setTimeout(r, 20));
    // What was drawn: the start, then only the newest answer (never the night filter's).
    expect(drawn).toHaveLength(2);
    stopWatch();
    stop();
  });

  it('asks again with the new data after a change of files', async () => {
    const { state, sent, stop } = await started();
    state.datasets.value = [...state.datasets.value];
    await until(
      () => state.result.value,
      () => sent.length === 2,
    );
    expect(sent[1]).toEqual(sent[0]);
    stop();
  });
});
