import { describe, expect, it } from 'vitest';
import { correctionsForYears } from '../../analysis/lineage';
import { openMemoryDocStore } from '../../persistence/memoryDocStore';
import { createAppState } from '../appState';
import { bindLineageCorrections, correct, lineageDocumentId } from './lineageCorrections';

const pair: [string, string] = ['2021:odenplan', '2023:klara'];

describe('lineage corrections', () => {
  it('adds a link the user makes', () => {
    expect(correct({}, 'link', pair)).toEqual({ unlink: [], link: [pair] });
  });

  it('removes an inferred link the user undoes', () => {
    expect(correct({}, 'unlink', pair)).toEqual({ link: [], unlink: [pair] });
  });

  it('undoes the user’s own link instead of adding an unlink', () => {
    expect(correct({ link: [pair] }, 'unlink', pair)).toEqual({ link: [], unlink: [] });
  });

  it('applies only the chosen pair of years', () => {
    const other: [string, string] = ['2021:odenplan', '2024:klara'];
    expect(correctionsForYears({ link: [pair, other] }, 2021, 2024)).toEqual({
      link: [other],
      unlink: [],
    });
  });
});

let n = 0;
function setup(name = `lineage-${n++}`) {
  const state = createAppState({ basemap: 'offline', lantmaterietKey: '' });
  const docs = openMemoryDocStore(name);
  const stop = bindLineageCorrections(state, docs);
  return { state, docs, stop };
}

describe('lineage corrections as documents', () => {
  it('saves a correction as a document that a new page reads back', async () => {
    const name = `lineage-reload-${n++}`;
    const first = setup(name);
    await first.state.compare.lineageStore.value.correct('unlink', pair);
    const [doc] = await first.docs.list('lineageCorrection');
    expect([doc._id, doc.yearA, doc.yearB, doc.kind, doc.a, doc.b]).toEqual([
      lineageDocumentId(pair),
      2021,
      2023,
      'unlink',
      '2021:odenplan',
      '2023:klara',
    ]);
    first.stop();
    const second = setup(name);
    await expect
      .poll(() => second.state.compare.corrections.value)
      .toEqual({ link: [], unlink: [pair] });
  });

  it('undoes the opposite saved choice instead of keeping both', async () => {
    const { state, docs } = setup();
    const store = state.compare.lineageStore.value;
    await store.correct('link', pair);
    await store.correct('unlink', pair);
    expect(await docs.list('lineageCorrection')).toEqual([]);
    expect(state.compare.corrections.value).toEqual({ link: [], unlink: [] });
  });

  it('removes one correction and keeps the others', async () => {
    const { state } = setup();
    const store = state.compare.lineageStore.value;
    const kept: [string, string] = ['2021:fridhemsplan', '2023:klara'];
    await store.correct('link', pair);
    await store.correct('unlink', kept);
    await store.remove(pair);
    expect(state.compare.corrections.value).toEqual({ link: [], unlink: [kept] });
  });

  it('takes back every correction of a pair of years, not of other pairs', async () => {
    const { state } = setup();
    const store = state.compare.lineageStore.value;
    const later: [string, string] = ['2021:odenplan', '2024:klara'];
    await store.correct('link', pair);
    await store.correct('link', later);
    await store.clear(2021, 2023);
    expect(state.compare.corrections.value).toEqual({ link: [later], unlink: [] });
  });
});
