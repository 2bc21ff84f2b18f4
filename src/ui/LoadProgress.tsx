import type { LoadStatus } from '../state/appState';

export function LoadProgress({ status }: { status: LoadStatus }) {
  if (status.phase === 'error') {
    return (
      <div class="card error" role="alert">
        {status.error}
      </div>
    );
  }
  if (status.phase !== 'loading') return null;
  return (
    <div class="card progress" role="status">
      <span>{status.step}…</span>
      <progress max={1} value={status.progress} />
    </div>
  );
}
