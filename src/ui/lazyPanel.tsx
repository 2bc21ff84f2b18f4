import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ViewPanelProps } from './views';

type PanelLoader = () => Promise<ComponentType<ViewPanelProps>>;

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A view panel fetched the first time its view is opened, so the first view
 * (Lägesbild) does not download the other views' code. The service worker
 * precaches every chunk on the first visit; a load can still fail before that
 * (offline on the very first visit). The browser remembers a failed module
 * import for the page's lifetime, so the way out offered is a reload: the view
 * is in the address and opens again.
 */
export function lazyPanel(title: string, load: PanelLoader): ComponentType<ViewPanelProps> {
  let loaded: ComponentType<ViewPanelProps> | null = null;
  let pending: Promise<ComponentType<ViewPanelProps>> | null = null;
  const loadOnce = () => (pending ??= load().then((panel) => (loaded = panel)));

  return function LazyPanel(props: ViewPanelProps) {
    const [failure, setFailure] = useState<string | null>(null);
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      loadOnce().then(
        () => live && setReady(true),
        (e: unknown) => {
          console.error(`Vyn ${title} kunde inte laddas`, e);
          if (live) setFailure(reason(e));
        },
      );
      return () => {
        live = false;
      };
    }, []);

    const Panel = loaded;
    if (Panel) return <Panel {...props} />;
    if (failure)
      return (
        <div class="lazy-panel-error" role="alert" data-testid="lazy-panel-error">
          <p>
            Vyn {title} kunde inte laddas ({failure}). Den hämtas första gången vyn öppnas och
            behöver då nät; efter ett besök med nät fungerar den även utan nät. Anslut till nätet
            och välj Ladda om sidan.
          </p>
          <button type="button" onClick={() => location.reload()}>
            Ladda om sidan
          </button>
        </div>
      );
    return (
      <p class="lazy-panel-loading" role="status" data-testid="lazy-panel-loading">
        Laddar {title} …
      </p>
    );
  };
}
