import { areaBounds } from '../map/viewBounds';
import type { AppState } from '../state/appState';
import { defaultPeriodChoice, periodsOf } from '../state/periodChoice';
import { select } from '../state/select';
import { selectedIdOf } from '../state/selection';
import { AreaTable } from './AreaTable';
import { ComparisonTable } from './ComparisonTable';
import { DataPanel, type DataPanelActions } from './DataPanel';
import { FilterControls } from './FilterControls';
import type { MapSlots } from './mapSlots';
import { IncompletePeriodNotice } from './IncompletePeriodNotice';
import { MapModeControls } from './MapModeControls';
import { OdsYearChooser } from './OdsYearChooser';
import { PatternsPanel } from './PatternsPanel';
import { PeriodControls } from './PeriodControls';
import { RingSection } from './RingSection';
import { ScopeSelect } from './ScopeSelect';
import { SettingsPanel } from './SettingsPanel';

function yearsOf(firstDay: number, lastDay: number): number[] {
  const first = new Date(firstDay * 86_400_000).getUTCFullYear() + 1;
  const last = new Date(lastDay * 86_400_000).getUTCFullYear();
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return years;
}

/** The lägesbild: period, filters, map mode, the comparison and area tables, patterns, files, settings. */
export function DashboardPanel({
  state,
  actions,
  slots,
}: {
  state: AppState;
  actions: DataPanelActions;
  slots: MapSlots;
}) {
  const result = state.result.value;
  const offences = state.offences.value;
  const period = periodsOf(state.period.value);
  // A row chosen in the table is brought into view: it may lie off the map or be a sliver.
  const selectArea = (id: string) => {
    select(state, { kind: 'stadsdel', id });
    const bounds = areaBounds(state.stadsdelar.peek(), id);
    if (bounds) slots.controller.peek()?.fitBounds(bounds);
  };
  return (
    <>
      {offences && (
        <>
          <PeriodControls
            period={state.period}
            years={yearsOf(offences.firstDay, offences.lastDay)}
            lastDay={offences.lastDay}
            dataDefault={defaultPeriodChoice(offences)}
          />
          <FilterControls filter={state.filter} />
          <MapModeControls state={state} />
        </>
      )}
      {result && (
        <>
          <ScopeSelect
            scope={state.scope}
            stadsdelar={state.stadsdelar.value}
            ods={state.ods.value}
          />
          <ComparisonTable
            {...result.comparison}
            privacyThreshold={state.privacyThreshold.value}
            notice={
              offences && (
                <IncompletePeriodNotice
                  period={state.period}
                  data={{ first: offences.firstDay, last: offences.lastDay }}
                />
              )
            }
          />
          <AreaTable
            title="Brott per hektar, stadsdelar"
            caption={`${period.current.label}, valda kategorier. Yta: verklig yta i SWEREF 99 TM.`}
            rows={result.stadsdelar}
            totals={result.districts}
            selectedId={selectedIdOf(state.selection.value, 'stadsdel')}
            onSelect={selectArea}
            testId="area-table"
            privacyThreshold={state.privacyThreshold.value}
          />
          <AreaTable
            title="Öppna drogscener (ÖDS)"
            caption={`${period.current.label}. Varje kartläggningsårs utbredning räknas för sig.`}
            rows={result.ods}
            selectedId={null}
            testId="ods-table"
            privacyThreshold={state.privacyThreshold.value}
          />
          <OdsYearChooser ods={state.ods.value} odsYears={state.odsYears} />
          <RingSection state={state} rows={result.odsRings} />
          {state.patterns.value && (
            <PatternsPanel
              scopeLabel={result.comparison.scopeLabel}
              periodLabel={period.current.label}
              patterns={state.patterns.value}
              privacyThreshold={state.privacyThreshold.value}
            />
          )}
        </>
      )}
      <DataPanel
        datasets={state.datasets.value}
        demoRoles={state.demoRoles.value}
        status={state.status}
        failed={state.failedFiles.value}
        indicator={state.indicator.value}
        storage={state.storage.value}
        actions={actions}
      />
      <SettingsPanel state={state} />
    </>
  );
}
