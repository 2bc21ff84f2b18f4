import { computed } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { quantileClasses } from '../map/layers/colorScale';
import { COLD_COLOR, HOT_COLOR, hexagonClasses, kdeClasses } from '../map/layers/densityLayers';
import { basemapAttribution } from '../map/basemaps';
import type { AppState } from '../state/appState';
import type { MeetingState } from '../state/meeting/meetingState';
import { activeDensity } from './activeDensity';
import { drawnOdsStyles } from '../map/layers/odsYears';
import { areaRates } from '../map/layers/stadsdelLayers';
import type { DataPanelActions } from './DataPanel';
import { createMapSlots } from './mapSlots';
import type { ViewServices } from '../state/viewServices';
import { periodsOf } from '../state/periodChoice';
import { availableViews, panelOf } from './views';
import { ViewTabs } from './ViewTabs';
import { demoLabel } from './demoLabel';
import { DropZone } from './DropZone';
import { Legend } from './Legend';
import { OfflineStatus } from './OfflineStatus';
import { legendEmptyMessage } from './legendMessage';
import { LinkNotice } from './LinkNotice';
import { LoadProgress } from './LoadProgress';
import { MapView } from './MapView';
import { localToday } from './today';
import { walkLegendItems } from './walkLegend';

function legendTitle(state: AppState): string {
  const d = activeDensity(state);
  const ind = state.indicator.value;
  if (state.mapMode.value === 'indicator' && ind) {
    return `${ind.header[ind.valueColumn]} (${ind.fileName})`;
  }
  if (d?.kind === 'kde') {
    return `Täthet, brott per hektar (KDE ${state.densityParams.value.bandwidth} m, celler ${d.cellSize} m)`;
  }
  if (d?.kind === 'hexagon') return `Antal brott per hexagon (sida ${d.size} m)`;
  if (d?.kind === 'hotspot')
    return `Kluster, Getis-Ord Gi* (${d.cells.length} statistiskt säkerställda rutor)`;
  return 'Anmälda brott per hektar';
}

export function App({
  state,
  actions,
  meeting,
  services,
}: {
  state: AppState;
  actions: DataPanelActions;
  meeting?: MeetingState;
  services: ViewServices;
}) {
  const rows = useMemo(() => computed(() => state.result.value?.stadsdelar ?? []), [state]);
  const areaValues = useMemo(
    () =>
      computed(() => {
        const ind = state.indicator.value;
        if (state.mapMode.value === 'indicator' && ind)
          return new Map(ind.values.map((v) => [v.areaId, v.value]));
        return areaRates(rows.value, state.privacyThreshold.value);
      }),
    [rows, state],
  );
  const classes = useMemo(
    () =>
      computed(() => {
        const d = activeDensity(state);
        if (d?.kind === 'kde') return kdeClasses(d);
        if (d?.kind === 'hexagon') return hexagonClasses(d, state.privacyThreshold.value);
        return quantileClasses([...areaValues.value.values()]);
      }),
    [areaValues, state],
  );
  const slots = useMemo(createMapSlots, []);
  const result = state.result.value;
  const period = periodsOf(state.period.value);
  const mapReady = state.stadsdelar.value.length > 0;
  const demoText = demoLabel(state.demoRoles.value);
  const views = availableViews();
  const Panel = panelOf(state.appView.value);
  return (
    <div class="app">
      <aside class="panel" aria-label="Lägesbild">
        <header class="title">
          <h1>Lägeskartan</h1>
          {demoText && (
            <span class="demo-badge" title={`${demoText} – inte verklig statistik`}>
              Demodata
            </span>
          )}
          <OfflineStatus />
        </header>
        <LoadProgress signal={state.status} />
        {views.length > 1 && <ViewTabs current={state.appView} views={views} />}
        <Panel
          state={state}
          actions={actions}
          slots={slots}
          meeting={meeting}
          services={services}
        />
      </aside>
      <main class="map-wrap">
        <DropZone onFiles={actions.addFiles} />
        {mapReady ? (
          <MapView
            state={state}
            classes={classes}
            rows={rows}
            areaValues={areaValues}
            slots={slots}
          />
        ) : (
          <div class="map placeholder">Kartan laddas…</div>
        )}
        {demoText && (
          <div class="demo-banner" role="note" data-testid="demo-banner">
            {demoText}
          </div>
        )}
        <LinkNotice problems={state.linkProblems} />
        {state.basemapNotice.value && (
          <div class="basemap-notice" role="status">
            {state.basemapNotice.value}
          </div>
        )}
        {result && (
          <Legend
            classes={classes.value}
            title={legendTitle(state)}
            wholeNumbers={state.mapMode.value === 'hexagon'}
            showCategories={
              state.showRawPoints.value && Boolean(state.pointsInView.value?.positions?.length)
            }
            items={
              state.mapMode.value === 'hotspot'
                ? [
                    { color: HOT_COLOR, label: 'Fler brott än slumpen ger' },
                    { color: COLD_COLOR, label: 'Färre brott än slumpen ger' },
                  ]
                : undefined
            }
            periodLabel={
              state.mapMode.value === 'indicator'
                ? 'Värde per område ur tabellen'
                : `${period.current.label}, valda kategorier`
            }
            odsYears={drawnOdsStyles(state.ods.value, slots.odsYears.value ?? state.odsYears.value)}
            emptyMessage={legendEmptyMessage(
              state.mapMode.value,
              state.filter.value,
              areaValues.value,
              state.privacyThreshold.value,
            )}
            walks={walkLegendItems(state.walks.value, localToday())}
            walkStops={state.walks.value.some((w) => w.stops.length > 0)}
            view={slots.legend.value}
            foldOnSmallScreens={state.appView.value === 'walk'}
          />
        )}
        <div class="sr-only">
          {basemapAttribution(state.basemap.value, state.demoRoles.value.includes('areas'))}
        </div>
      </main>
    </div>
  );
}
