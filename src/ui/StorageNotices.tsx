import type { StorageState } from '../state/storageState';

/** Why things are not saved, and stored files that could not be read, each with a way out. */
export function StorageNotices({
  storage,
  onRemove,
}: {
  storage: StorageState;
  onRemove: (id: string) => void;
}) {
  return (
    <>
      {storage.notices.map((text) => (
        <p key={text} class="warning" role="alert" data-testid="storage-notice">
          {text}
        </p>
      ))}
      {storage.problems.length > 0 && (
        <ul class="failed stored-problems" role="alert" data-testid="stored-problems">
          {storage.problems.map((p) => (
            <li key={p.id}>
              {p.message}{' '}
              <button
                type="button"
                class="link"
                onClick={() => onRemove(p.id)}
                aria-label={`Ta bort den sparade filen ${p.fileName}`}
              >
                Ta bort
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
