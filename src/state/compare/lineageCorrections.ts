import type { Signal } from '@preact/signals';
import { correctionsForYears, type LineageCorrections } from '../../analysis/lineage';
import type { DocStore } from '../../persistence/docStore';
import { newDocument, type LineageCorrectionDocument } from '../../persistence/documents';
import type { AppState } from '../appState';

type Pair = [string, string];

/** Changing the user's lineage corrections; kept as documents once the store has opened. */
export interface LineageCorrectionStore {
  /** Links or unlinks a scene-year of A and one of B; the opposite earlier choice is undone instead. */
  correct(kind: 'link' | 'unlink', pair: Pair): Promise<void>;
  /** Takes back one correction, whichever kind it is. */
  remove(pair: Pair): Promise<void>;
  /** Takes back every correction between `yearA` and `yearB`. */
  clear(yearA: number, yearB: number): Promise<void>;
}

/** Adds or removes one link between a scene-year of A and one of B, undoing an earlier opposite choice. */
export function correct(
  c: LineageCorrections,
  kind: 'link' | 'unlink',
  pair: Pair,
): LineageCorrections {
  const other = kind === 'link' ? 'unlink' : 'link';
  const same = (p: Pair) => p[0] === pair[0] && p[1] === pair[1];
  const undone = (c[other] ?? []).filter((p) => !same(p));
  const wasUndo = undone.length !== (c[other] ?? []).length;
  return {
    ...c,
    [other]: undone,
    [kind]: wasUndo ? (c[kind] ?? []) : [...(c[kind] ?? []).filter((p) => !same(p)), pair],
  };
}

const without = (c: LineageCorrections, drop: (p: Pair) => boolean): LineageCorrections => ({
  link: (c.link ?? []).filter((p) => !drop(p)),
  unlink: (c.unlink ?? []).filter((p) => !drop(p)),
});

const samePair = (pair: Pair) => (p: Pair) => p[0] === pair[0] && p[1] === pair[1];

const ofYears = (c: LineageCorrections, yearA: number, yearB: number) => {
  const mine = correctionsForYears(c, yearA, yearB);
  const keys = new Set([...(mine.link ?? []), ...(mine.unlink ?? [])].map((p) => p.join('\n')));
  return (p: Pair) => keys.has(p.join('\n'));
};

/** Corrections kept only in memory: until the document store opens, or if it cannot. */
export function memoryLineageStore(
  corrections: Signal<LineageCorrections>,
): LineageCorrectionStore {
  return {
    async correct(kind, pair) {
      corrections.value = correct(corrections.value, kind, pair);
    },
    async remove(pair) {
      corrections.value = without(corrections.value, samePair(pair));
    },
    async clear(yearA, yearB) {
      corrections.value = without(corrections.value, ofYears(corrections.value, yearA, yearB));
    },
  };
}

/** One document per pair of scene-years, so a link and an unlink of the same pair never both stand. */
export const lineageDocumentId = ([a, b]: Pair) => `lineageCorrection:${a}>${b}`;

const yearOf = (id: string) => Number(id.slice(0, id.indexOf(':')));

export function toCorrections(docs: LineageCorrectionDocument[]): LineageCorrections {
  const pairs = (kind: 'link' | 'unlink') =>
    docs.filter((d) => d.kind === kind).map((d): Pair => [d.a, d.b]);
  return { link: pairs('link'), unlink: pairs('unlink') };
}

/**
 * Keeps state.compare.corrections equal to the `lineageCorrection` documents
 * (every pair of years: the compare engine uses the chosen pair's) and makes
 * corrections go to the store, so a reload keeps them. Returns a function that stops listening.
 */
export function bindLineageCorrections(
  state: AppState,
  docs: DocStore,
  author = 'den här enheten',
): () => void {
  const c = state.compare;
  const reload = async () => {
    try {
      c.corrections.value = toCorrections(await docs.list('lineageCorrection'));
    } catch (e) {
      c.error.value = `Dina kopplingar mellan åren kunde inte läsas: ${e instanceof Error ? e.message : String(e)}`;
    }
  };
  const store: LineageCorrectionStore = {
    async correct(kind, pair) {
      const id = lineageDocumentId(pair);
      const existing = await docs.get(id);
      if (existing?.type === 'lineageCorrection' && existing.kind !== kind) {
        await docs.remove(id);
      } else if (!existing) {
        const fields = {
          yearA: yearOf(pair[0]),
          yearB: yearOf(pair[1]),
          kind,
          a: pair[0],
          b: pair[1],
        };
        await docs.put(newDocument('lineageCorrection', fields, { author, id }));
      }
      await reload();
    },
    async remove(pair) {
      await docs.remove(lineageDocumentId(pair));
      await reload();
    },
    async clear(yearA, yearB) {
      const list = await docs.list('lineageCorrection');
      for (const d of list.filter((d) => d.yearA === yearA && d.yearB === yearB)) {
        await docs.remove(d._id);
      }
      await reload();
    },
  };
  const memory = c.lineageStore.value;
  c.lineageStore.value = store;
  void reload();
  const stop = docs.changes((id) => {
    if (id.startsWith('lineageCorrection:')) void reload();
  });
  return () => {
    stop();
    c.lineageStore.value = memory;
  };
}
