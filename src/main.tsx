import { effect } from '@preact/signals';
import { render } from 'preact';
import { parseSites, parseWalks } from './data/parseOverlays';
import { createAppState, RAW_POINT_LIMIT, type AppState } from './state/appState';
import { periodsOf } from './state/periodChoice';
import { loadSettings, saveSettings } from './state/settings';
import { App } from './ui/App';
import { startAnalysisWorker, proxyCallback, type AnalysisClient } from './worker/analysisClient';
import stadsdelarUrl from '../data/demo/stadsdelar.geojson?url';
import odsUrl from '../data/demo/ods.geojson?url';
import offencesUrl from '../data/demo/offences.csv?url';
import platserUrl from '../data/demo/platser.geojson?url';
import vandringarUrl from '../data/demo/vandringar.geojson?url';
import './ui/styles.css';

async function fetchText(url: string, name: string): Promise<string> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${name} kunde inte hämtas (HTTP ${r.status}). Ladda om sidan.`);
  return r.text();
}

/** Absolute URLs: the worker resolves relative ones against its own script, not the page. */
const abs = (url: string) => new URL(url, document.baseURI).href;

/** `?offences=<url>` loads another offence CSV (e.g. `npm run bench`); the CSP allows only this origin. */
const offencesParam = new URLSearchParams(location.search).get('offences');

async function loadDemo(state: AppState, analysis: AnalysisClient): Promise<void> {
  state.status.value = { phase: 'loading', step: 'Startar', progress: 0 };
  const [sitesText, walksText] = await Promise.all([
    fetchText(platserUrl, 'platser.geojson'),
    fetchText(vandringarUrl, 'vandringar.geojson'),
  ]);
  const summary = await analysis.loadLagesbild(
    {
      stadsdelar: { name: 'stadsdelar.geojson', url: abs(stadsdelarUrl) },
      ods: { name: 'ods.geojson', url: abs(odsUrl) },
      offences: { name: 'offences.csv', url: abs(offencesParam ?? offencesUrl) },
    },
    proxyCallback((step: string, progress: number) => {
      state.status.value = { phase: 'loading', step, progress };
    }),
  );
  state.sites.value = parseSites(sitesText, 'platser.geojson');
  state.walks.value = parseWalks(walksText, 'vandringar.geojson');
  state.stadsdelar.value = summary.stadsdelar;
  state.ods.value = summary.ods;
  state.offences.value = summary.offences;
  state.status.value = { phase: 'ready', step: 'Klart', progress: 1 };
}

function start(): void {
  const settings = loadSettings(localStorage);
  const state = createAppState(settings);
  const analysis = startAnalysisWorker();
  effect(() =>
    saveSettings(localStorage, {
      basemap: state.basemap.value,
      lantmaterietKey: state.lantmaterietKey.value,
      privacyThreshold: state.privacyThreshold.value,
    }),
  );
  let generation = 0;
  effect(() => {
    if (!state.offences.value) return;
    const query = {
      periods: periodsOf(state.period.value),
      filter: state.filter.value,
      scope: state.scope.value,
      ringWidth: state.ringWidth.value,
    };
    const mine = ++generation;
    analysis.compute(query).then(
      (result) => {
        // A slower answer to an older filter must not overwrite a newer one.
        if (mine === generation) state.result.value = result;
      },
      (e: unknown) => {
        state.status.value = {
          phase: 'error',
          step: '',
          progress: 0,
          error: `Beräkningen misslyckades: ${String(e)}`,
        };
      },
    );
  });
  let patternGeneration = 0;
  effect(() => {
    if (!state.offences.value) return;
    const mine = ++patternGeneration;
    analysis
      .patterns(state.scope.value, periodsOf(state.period.value).current, state.filter.value)
      .then(
        (p) => {
          if (mine === patternGeneration) state.patterns.value = p;
        },
        (e: unknown) => {
          state.status.value = {
            phase: 'error',
            step: '',
            progress: 0,
            error: `Mönstren kunde inte beräknas: ${String(e)}`,
          };
        },
      );
  });
  let viewGeneration = 0;
  effect(() => {
    const bounds = state.viewBounds.value;
    if (!state.offences.value || !bounds || !state.showRawPoints.value) return;
    const mine = ++viewGeneration;
    analysis
      .pointsInView(
        bounds,
        periodsOf(state.period.value).current,
        state.filter.value,
        RAW_POINT_LIMIT,
      )
      .then(
        (v) => {
          if (mine === viewGeneration) state.pointsInView.value = v;
        },
        (e: unknown) => console.error('Punkter i vyn kunde inte hämtas', e),
      );
  });
  let densityGeneration = 0;
  effect(() => {
    const mode = state.mapMode.value;
    if (!state.offences.value || mode === 'areas') return;
    const period = periodsOf(state.period.value).current;
    const mine = ++densityGeneration;
    analysis.density(period, state.filter.value, { kind: mode, ...state.densityParams.value }).then(
      (d) => {
        if (mine === densityGeneration) state.density.value = d;
      },
      (e: unknown) => {
        state.status.value = {
          phase: 'error',
          step: '',
          progress: 0,
          error: `Täthetskartan kunde inte beräknas: ${String(e)}`,
        };
      },
    );
  });
  loadDemo(state, analysis).catch((e: unknown) => {
    console.error(e);
    state.status.value = {
      phase: 'error',
      step: '',
      progress: 0,
      error: `Demodata kunde inte laddas: ${e instanceof Error ? e.message : String(e)}`,
    };
  });
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html saknar #app');
  render(<App state={state} />, root);
}

start();
