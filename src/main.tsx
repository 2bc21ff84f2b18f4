import { effect } from '@preact/signals';
import { render } from 'preact';
import { createAppState } from './state/appState';
import { createBackupActions } from './state/backupActions';
import { openStorage } from './state/openStorage';
import { createMeeting } from './state/meeting/meetingState';
import { createQueries } from './state/queries';
import { createCompareQueries } from './state/compare/compareQueries';
import { bindLineageCorrections } from './state/compare/lineageCorrections';
import { bindUserExtents } from './state/compare/userExtents';
import { registerServiceWorker } from './state/serviceWorker';
import { loadSettings, saveSettings } from './state/settings';
import { bindViewToAddress } from './state/viewHistory';
import { createWorkspace } from './state/workspace';
import { App } from './ui/App';
import { UpdatePrompt } from './ui/UpdatePrompt';
import { startWorker } from './worker/client';
import stadsdelarUrl from '../data/demo/stadsdelar.geojson?url';
import odsUrl from '../data/demo/ods.geojson?url';
import offencesUrl from 'virtual:demo-offences-url';
import platserUrl from '../data/demo/platser.geojson?url';
import vandringarUrl from '../data/demo/vandringar.geojson?url';
import './ui/styles.css';

/** `?offences=<url>` loads another offence CSV (e.g. `npm run bench`); the CSP allows only this origin. */
const offencesParam = new URLSearchParams(location.search).get('offences');
const appUpdate = registerServiceWorker();

async function start(): Promise<void> {
  const settings = loadSettings(localStorage);
  const state = createAppState(settings);
  // Before any query: the first computation already shows the linked view.
  bindViewToAddress(state, window);
  const analysis = startWorker();
  const storage = await openStorage(state);
  const workspace = createWorkspace(state, analysis, storage.files);
  effect(() =>
    saveSettings(localStorage, {
      basemap: state.basemap.value,
      lantmaterietKey: state.lantmaterietKey.value,
      privacyThreshold: state.privacyThreshold.value,
    }),
  );

  createQueries(state, analysis);
  createCompareQueries(state, analysis);
  void storage.docs.then((docs) => {
    if (!docs) return;
    bindUserExtents(state, docs);
    bindLineageCorrections(state, docs);
  });
  const meeting = createMeeting(state, { docs: storage.docs, client: analysis, win: window });

  const root = document.getElementById('app');
  if (!root) throw new Error('index.html saknar #app');
  const backup = createBackupActions(state, storage, workspace.reloadStored);
  render(
    <>
      <App
        state={state}
        actions={{ ...workspace.actions(), ...backup }}
        meeting={meeting}
        services={{ analysis, docs: storage.docs }}
      />
      <UpdatePrompt update={appUpdate} />
    </>,
    root,
  );
  await workspace.start({
    stadsdelar: stadsdelarUrl,
    ods: odsUrl,
    offences: offencesParam ?? offencesUrl,
    sites: platserUrl,
    walks: vandringarUrl,
  });
}

void start();
