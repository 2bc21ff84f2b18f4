import { useEffect, useState } from 'preact/hooks';
import type { WalkStore } from '../../state/walk/walkStore';

/** A stored photo, read from the document store; the object URL is freed with the image. */
export function PhotoThumb({
  store,
  id,
  name,
  alt,
}: {
  store: WalkStore;
  id: string;
  name: string;
  alt: string;
}) {
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    store.photo(id, name).then(
      (blob) => {
        if (!live) return;
        if (!blob) return setFailed(true);
        made = URL.createObjectURL(blob);
        setUrl(made);
      },
      (e: unknown) => {
        console.error(e);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [store, id, name]);
  if (failed) return <span class="walk-error">Fotot {name} kunde inte läsas.</span>;
  return url ? (
    <img class="walk-photo" src={url} alt={alt} data-testid="walk-photo" />
  ) : (
    <span class="walk-photo" />
  );
}
