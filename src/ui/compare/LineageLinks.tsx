import type { Signal } from '@preact/signals';
import type { LineageCorrections } from '../../analysis/lineage';
import type { Comparison } from '../../worker/protocol';
import { hectaresText } from './cardRows';

const REASONS = { identity: 'samma namn', overlap: 'överlappar', user: 'din koppling' } as const;

/** Adds or removes one link between a scene-year of A and one of B, undoing an earlier opposite choice. */
export function correct(
  c: LineageCorrections,
  kind: 'link' | 'unlink',
  pair: [string, string],
): LineageCorrections {
  const other = kind === 'link' ? 'unlink' : 'link';
  const same = (p: [string, string]) => p[0] === pair[0] && p[1] === pair[1];
  const undone = (c[other] ?? []).filter((p) => !same(p));
  const wasUndo = undone.length !== (c[other] ?? []).length;
  return {
    ...c,
    [other]: undone,
    [kind]: wasUndo ? (c[kind] ?? []) : [...(c[kind] ?? []).filter((p) => !same(p)), pair],
  };
}

/**
 * The links that make the scene what it is (continued, merged …), each with
 * why it was made and a button to undo it, and a choice to link the scene to
 * an extent of the other year. Corrections hold for this pair of years.
 */
export function LineageLinks({
  comparison,
  corrections,
}: {
  comparison: Comparison;
  corrections: Signal<LineageCorrections>;
}) {
  const scene = comparison.scenes.find((s) => s.id === comparison.scene);
  if (!scene) return null;
  const names = new Map(
    comparison.scenes.flatMap((s) => [...s.a, ...s.b]).map((p) => [p.id, `${p.name} ${p.year}`]),
  );
  const set = (kind: 'link' | 'unlink', pair: [string, string]) =>
    (corrections.value = correct(corrections.value, kind, pair));
  const own = scene.a[0] ?? scene.b[0];
  const otherYear = scene.a.length > 0 ? comparison.yearB : comparison.yearA;
  const candidates = comparison.scenes
    .filter((s) => s.id !== scene.id)
    .flatMap((s) => (otherYear === comparison.yearB ? s.b : s.a));
  const changed =
    (corrections.value.link?.length ?? 0) + (corrections.value.unlink?.length ?? 0) > 0;
  return (
    <details class="compare-links" data-testid="compare-links">
      <summary>Koppling mellan åren ({scene.links.length})</summary>
      <ul>
        {scene.links.map((l) => (
          <li key={`${l.a}-${l.b}`}>
            {names.get(l.a)} → {names.get(l.b)}{' '}
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
      {changed && (
        <button type="button" onClick={() => (corrections.value = {})}>
          Ångra mina kopplingar
        </button>
      )}
    </details>
  );
}
