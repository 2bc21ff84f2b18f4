import type { AreaRow } from '../analysis/areaTable';
import type { AppState } from '../state/appState';
import { periodsOf } from '../state/periodChoice';
import { AreaTable } from './AreaTable';
import { NumberField } from './NumberField';

/** Offences in a band around each ÖDS extent: much violence happens right next to a drug scene. */
export function RingSection({ state, rows }: { state: AppState; rows: AreaRow[] }) {
  return (
    <>
      <div class="card ring-width">
        <NumberField
          label="Zon runt varje ÖDS (meter)"
          value={state.ringWidth.value}
          min={0}
          max={1000}
          step={25}
          onChange={(w) => (state.ringWidth.value = w)}
          testId="ring-width"
        />
      </div>
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
