import { signal, type Signal } from '@preact/signals';
import { registerSW } from 'virtual:pwa-register';

/** What the service worker tells the page about installing and updating the app. */
export interface AppUpdate {
  /** A new version is downloaded and waits; `apply` switches to it. */
  needRefresh: Signal<boolean>;
  /** The first install finished: the app and the demo data now open without network. */
  offlineReady: Signal<boolean>;
  /** A Swedish message when installing or updating failed. */
  error: Signal<string | null>;
  /** Activates the waiting version; the page reloads when it takes over. */
  apply: () => Promise<void>;
}

/**
 * Registers the service worker that precaches the app and the demo data (vite-plugin-pwa).
 * Imported only by the entry: a module, not an inline script, because the CSP forbids those.
 */
export function registerServiceWorker(): AppUpdate {
  const needRefresh = signal(false);
  const offlineReady = signal(false);
  const error = signal<string | null>(null);
  const activateWaiting = registerSW({
    onNeedRefresh: () => (needRefresh.value = true),
    onOfflineReady: () => (offlineReady.value = true),
    onRegisterError: (e: unknown) => {
      console.error(e);
      error.value =
        `Appen kunde inte sparas för användning utan nät (${String(e)}). ` +
        'Den fungerar med nät; ladda om sidan för att försöka igen.';
    },
  });
  return { needRefresh, offlineReady, error, apply: () => activateWaiting(true) };
}
