import { useSignal } from '@preact/signals';
import type { MapController } from '../../map/MapController';
import type { ViewPanelProps } from '../views';
import { CompareCard } from './CompareCard';
import { CompareControls } from './CompareControls';
import { CompareExports } from './CompareExports';
import { CompareMap } from './CompareMap';
import { ExtentEditor, type EditTarget } from './ExtentEditor';
import { LineageLinks } from './LineageLinks';
import { RegionSummary } from './RegionSummary';
import './compare.css';

/**
 * Jämför ÖDS: two mapping years of extents (ÖDS or any polygons with a year),
 * what each scene kept, gained and lost, and whether crime grew more than the
 * area — the lägesbild's question, with the engine of `lageskartan extents`.
 */
export function ComparePanel({ state, slots }: ViewPanelProps) {
  const c = state.compare;
  const secondMap = useSignal<MapController | null>(null);
  const editing = useSignal<EditTarget | null>(null);
  const result = c.result.value;
  const comparison = result?.comparison ?? null;
  return (
    <div class="compare-panel" data-testid="compare-panel">
      {c.error.value && (
        <p class="card error" role="alert">
          {c.error.value}
        </p>
      )}
      {!result && !c.error.value && <p class="card">Utbredningarna jämförs …</p>}
      {result?.notice && (
        <p class="card notice" role="status">
          {result.notice}
        </p>
      )}
      {result && result.skipped.length > 0 && (
        <details class="card">
          <summary>{result.skipped.length} ytor utan kartläggningsår hoppades över</summary>
          <ul>
            {result.skipped.slice(0, 10).map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      )}
      {result && comparison && (
        <>
          <CompareControls compare={c} years={result.years} comparison={comparison} />
          <CompareCard
            comparison={comparison}
            category={c.category.value}
            threshold={state.privacyThreshold.value}
            ringWidth={state.ringWidth.value}
            links={<LineageLinks comparison={comparison} compare={c} />}
          />
          <CompareExports
            state={state}
            comparison={comparison}
            main={slots.controller.value}
            second={secondMap}
          />
          <ExtentEditor comparison={comparison} compare={c} slots={slots} editing={editing} />
          <RegionSummary comparison={comparison} scene={c.scene} />
          <CompareMap state={state} slots={slots} secondMap={secondMap} editing={editing} />
        </>
      )}
    </div>
  );
}
