import type { Signal } from '@preact/signals';
import type { LoadStatus } from '../state/appState';

/**
 * The load's step and progress. Given the signal, not its value: a progress report re-renders
 * this alone, not the panel that holds it (reports come every megabyte of a large file).
 */
export function LoadProgress({ signal }: { signal: Signal<LoadStatus> }) {
  const status = signal.value;
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

/** The same progress, short, beside the file input the user just used (its top twin speaks it). */
export function FileProgress({ signal }: { signal: Signal<LoadStatus> }) {
  const status = signal.value;
  if (status.phase !== 'loading') return null;
  return (
    <div class="file-progress" aria-hidden="true" data-testid="file-progress">
      <span>{status.step}…</span>
      <progress max={1} value={status.progress} />
    </div>
  );
}
