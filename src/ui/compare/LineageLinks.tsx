import { correctionsForYears } from '../../analysis/lineage';
import type { CompareState } from '../../state/compare/compareState';
import type { Comparison } from '../../worker/protocol';
import { hectaresText } from './cardRows';

const REASONS = { identity: 'samma namn', overlap: 'överlappar', user: 'din koppling' } as const;

type Pair = [string, string];

/**
 * The links that make the scene what it is (continued, merged …), each with
 * why it was made and a button to undo it, a choice to link the scene to an
 * extent of the other year, and the user's corrections for this pair of
 * years, each removable. Corrections are kept on the device.
 */
export function LineageLinks({
  comparison,
  compare,
}: {
  comparison: Comparison;
  compare: CompareState;
}) {
  const scene = comparison.scenes.find((s) => s.id === comparison.scene);
  if (!scene) return null;
  const names = new Map(
    comparison.scenes.flatMap((s) => [...s.a, ...s.b]).map((p) => [p.id, `${p.name} ${p.year}`]),
  );
  const run = (change: Promise<void>) =>
    change.catch((e: unknown) => {
      compare.error.value = `Kopplingen kunde inte sparas: ${e instanceof Error ? e.message : String(e)}. Ladda om sidan och försök igen.`;
    });
  const store = compare.lineageStore.value;
  const set = (kind: 'link' | 'unlink', pair: Pair) => void run(store.correct(kind, pair));
  const own = scene.a[0] ?? scene.b[0];
  const otherYear = scene.a.length > 0 ? comparison.yearB : comparison.yearA;
  const candidates = comparison.scenes
    .filter((s) => s.id !== scene.id)
    .flatMap((s) => (otherYear === comparison.yearB ? s.b : s.a));
  const mine = correctionsForYears(compare.corrections.value, comparison.yearA, comparison.yearB);
  const mineList = [
    ...(mine.link ?? []).map((p) => ({ pair: p, text: 'kopplade' })),
    ...(mine.unlink ?? []).map((p) => ({ pair: p, text: 'isärkopplade' })),
  ];
  const nameOf = (id: string) => names.get(id) ?? id;
  return (
    <details class="compare-links" data-testid="compare-links">
      <summary>Koppling mellan åren ({scene.links.length})</summary>
      <ul>
        {scene.links.map((l) => (
          <li key={`${l.a}-${l.b}`}>
            {nameOf(l.a)} → {nameOf(l.b)}{' '}
            <small>
              ({REASONS[l.reason]}, {hectaresText(l.overlapHa)} gemensamt)
            </small>{' '}
            <button type="button" class="link" onClick={() => set('unlink', [l.a, l.b])}>
              Koppla isär
            </button>
          </li>
        ))}
      </ul>
      {own && candidates.length > 0 && (
        <label>
          Koppla {own.name} till en utbredning {otherYear}
          <select
            value=""
            onChange={(e) => {
              const id = e.currentTarget.value;
              if (!id) return;
              set('link', otherYear === comparison.yearB ? [own.id, id] : [id, own.id]);
            }}
          >
            <option value="">Välj …</option>
            {candidates.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} {p.year}
              </option>
            ))}
          </select>
        </label>
      )}
      {mineList.length > 0 && (
        <>
          <h3>
            Dina rättelser {comparison.yearA}–{comparison.yearB}
          </h3>
          <ul data-testid="compare-corrections">
            {mineList.map(({ pair, text }) => (
              <li key={pair.join('>')}>
                {nameOf(pair[0])} → {nameOf(pair[1])} <small>({text})</small>{' '}
                <button
                  type="button"
                  class="link"
                  aria-label={`Ta bort rättelsen ${nameOf(pair[0])} → ${nameOf(pair[1])}`}
                  onClick={() => void run(store.remove(pair))}
                >
                  Ta bort
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => void run(store.clear(comparison.yearA, comparison.yearB))}
          >
            Ångra mina kopplingar
          </button>
        </>
      )}
    </details>
  );
}
