import type { AreaRow } from '../analysis/areaTable';
import type { AppState } from '../state/appState';
import { periodsOf } from '../state/periodChoice';
import { AreaTable } from './AreaTable';

/** Offences in a band around each ÖDS extent: much violence happens right next to a drug scene. */
export function RingSection({ state, rows }: { state: AppState; rows: AreaRow[] }) {
  return (
    <>
      <label class="card ring-width">
        Zon runt varje ÖDS (meter)
        <input
          type="number"
          min={0}
          max={1000}
          step={25}
          value={state.ringWidth.value}
          onChange={(e) =>
            (state.ringWidth.value = Math.max(
              0,
              Math.min(1000, Math.round(Number(e.currentTarget.value)) || 0),
            ))
          }
          data-testid="ring-width"
        />
      </label>
      {rows.length > 0 && (
        <AreaTable
          title={`Zon ${state.ringWidth.value} m runt ÖDS`}
          caption={`${periodsOf(state.period.value).current.label}. Zonen räknas utan själva ÖDS-ytan.`}
          rows={rows}
          selectedId={null}
          testId="ods-ring-table"
          privacyThreshold={state.privacyThreshold.value}
        />
      )}
    </>
  );
}
