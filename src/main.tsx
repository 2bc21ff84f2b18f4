import { effect } from '@preact/signals';
import { render } from 'preact';
import type { DrawableDensity } from './data/densityToWgs84';
import { createAppState, RAW_POINT_LIMIT } from './state/appState';
import { createBackupActions } from './state/backupActions';
import { openStorage } from './state/openStorage';
import { periodsOf } from './state/periodChoice';
import { loadSettings, saveSettings } from './state/settings';
import { createWorkspace } from './state/workspace';
import { App } from './ui/App';
import { startAnalysisWorker } from './worker/analysisClient';
import stadsdelarUrl from '../data/demo/stadsdelar.geojson?url';
import odsUrl from '../data/demo/ods.geojson?url';
import offencesUrl from '../data/demo/offences.csv?url';
import platserUrl from '../data/demo/platser.geojson?url';
import vandringarUrl from '../data/demo/vandringar.geojson?url';
import './ui/styles.css';

/** `?offences=<url>` loads another offence CSV (e.g. `npm run bench`); the CSP allows only this origin. */
const offencesParam = new URLSearchParams(location.search).get('offences');

async function start(): Promise<void> {
  const settings = loadSettings(localStorage);
  const state = createAppState(settings);
  const analysis = startAnalysisWorker();
  const storage = await openStorage(state);
  const workspace = createWorkspace(state, analysis, storage.files);
  effect(() =>
    saveSettings(localStorage, {
      basemap: state.basemap.value,
      lantmaterietKey: state.lantmaterietKey.value,
      privacyThreshold: state.privacyThreshold.value,
    }),
  );

  /** A slower answer to an older query must not overwrite a newer one. */
  const latest = <T,>(run: () => Promise<T> | null, apply: (value: T) => void, what: string) => {
    let generation = 0;
    effect(() => {
      const pending = run();
      if (!pending) return;
      const mine = ++generation;
      pending.then(
        (value) => {
          if (mine === generation) apply(value);
        },
        (e: unknown) => {
          state.status.value = {
            phase: 'error',
            step: '',
            progress: 0,
            error: `${what}: ${String(e)}`,
          };
        },
      );
    });
  };

  latest(
    () =>
      state.offences.value
        ? analysis.compute({
            periods: periodsOf(state.period.value),
            filter: state.filter.value,
            scope: state.scope.value,
            ringWidth: state.ringWidth.value,
          })
        : null,
    (r) => (state.result.value = r),
    'Beräkningen misslyckades',
  );
  latest(
    () =>
      state.offences.value
        ? analysis.patterns(
            state.scope.value,
            periodsOf(state.period.value).current,
            state.filter.value,
          )
        : null,
    (p) => (state.patterns.value = p),
    'Mönstren kunde inte beräknas',
  );
  latest(
    () => {
      const bounds = state.viewBounds.value;
      if (!state.offences.value || !bounds || !state.showRawPoints.value) return null;
      return analysis.pointsInView(
        bounds,
        periodsOf(state.period.value).current,
        state.filter.value,
        RAW_POINT_LIMIT,
      );
    },
    (v) => (state.pointsInView.value = v),
    'Punkterna i kartbilden kunde inte hämtas',
  );
  latest(
    () => {
      const choice = state.indicatorChoice.value;
      // Re-joined whenever the areas change (a new area file).
      void state.stadsdelar.value;
      return choice ? analysis.indicator(choice.id, choice.nameColumn, choice.valueColumn) : null;
    },
    (v) => (state.indicator.value = v),
    'Indikatorn kunde inte kopplas till områdena',
  );
  latest<DrawableDensity>(
    () => {
      const mode = state.mapMode.value;
      if (!state.offences.value || mode === 'areas' || mode === 'indicator') return null;
      return analysis.density(periodsOf(state.period.value).current, state.filter.value, {
        kind: mode,
        ...state.densityParams.value,
      });
    },
    (d) => (state.density.value = d),
    'Täthetskartan kunde inte beräknas',
  );

  const root = document.getElementById('app');
  if (!root) throw new Error('index.html saknar #app');
  const backup = createBackupActions(state, storage, workspace.reloadStored);
  render(<App state={state} actions={{ ...workspace.actions(), ...backup }} />, root);
  await workspace.start({
    stadsdelar: stadsdelarUrl,
    ods: odsUrl,
    offences: offencesParam ?? offencesUrl,
    sites: platserUrl,
    walks: vandringarUrl,
  });
}

void start();
