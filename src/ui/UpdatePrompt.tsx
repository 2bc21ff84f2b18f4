import { useState } from 'preact/hooks';
import type { AppUpdate } from '../state/serviceWorker';
import './updatePrompt.css';

/** "Ny version finns" with Uppdatera/Senare, the one-time offline note, or an install error. */
export function UpdatePrompt({ update }: { update: AppUpdate }) {
  const [updating, setUpdating] = useState(false);
  const error = update.error.value;
  if (error) {
    return (
      <div class="app-update" role="alert" data-testid="app-update-error">
        <span>{error}</span>
        <button type="button" onClick={() => (update.error.value = null)}>
          Stäng
        </button>
      </div>
    );
  }
  if (update.needRefresh.value) {
    const apply = () => {
      setUpdating(true);
      update.apply().catch((e: unknown) => {
        console.error(e);
        setUpdating(false);
        update.error.value = `Uppdateringen misslyckades (${String(e)}). Stäng appen och öppna den igen.`;
      });
    };
    return (
      <div class="app-update" role="status" data-testid="update-prompt">
        <span>Ny version finns</span>
        <button type="button" class="primary" disabled={updating} onClick={apply}>
          {updating ? 'Uppdaterar…' : 'Uppdatera'}
        </button>
        <button
          type="button"
          title="Den nya versionen används nästa gång appen öppnas"
          onClick={() => (update.needRefresh.value = false)}
        >
          Senare
        </button>
      </div>
    );
  }
  if (update.offlineReady.value) {
    return (
      <div class="app-update" role="status" data-testid="offline-ready">
        <span>Appen fungerar nu utan nät</span>
        <button type="button" onClick={() => (update.offlineReady.value = false)}>
          OK
        </button>
      </div>
    );
  }
  return null;
}
