import type { Signal } from '@preact/signals';
import { lineageCountsText, sceneStateText } from '../../cli/extentsReport';
import type { Comparison } from '../../worker/protocol';
import { hectaresText } from './cardRows';

/** The region's figures as the police publish them, and every scene with its lineage. */
export function RegionSummary({
  comparison,
  scene,
}: {
  comparison: Comparison;
  scene: Signal<string | null>;
}) {
  const { region, yearA, yearB } = comparison;
  return (
    <section class="card compare-region" data-testid="compare-region" aria-label="Alla scener">
      <h2>Regionen</h2>
      <table class="data">
        <thead>
          <tr>
            <th scope="col">Kartläggning</th>
            <th scope="col" class="num">
              Scener
            </th>
            <th scope="col" class="num">
              Yta sammanlagt
            </th>
          </tr>
        </thead>
        <tbody>
          {[region.a, region.b].map((y) => (
            <tr key={y.year}>
              <th scope="row">
                {y.year}
                {comparison.partialYears.includes(y.year) && <small> (bara ritade)</small>}
              </th>
              <td class="num">{y.scenes}</td>
              <td class="num">{hectaresText(y.hectares)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Mellan {yearA} och {yearB}: {lineageCountsText(region.counts)}.
      </p>
      <ul class="compare-scenes">
        {comparison.scenes.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              class="link"
              aria-pressed={s.id === comparison.scene}
              onClick={() => (scene.value = s.id)}
            >
              {s.name}
            </button>{' '}
            <span class={`lineage ${s.kind}`}>{sceneStateText(s, yearA, yearB)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
