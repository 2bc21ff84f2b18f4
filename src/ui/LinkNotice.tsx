import type { Signal } from '@preact/signals';
import './linkNotice.css';

/**
 * What an opened link asked for that could not be shown (an unknown area, a garbled period …),
 * said to the user instead of only in the console; it stays until closed.
 */
export function LinkNotice({ problems }: { problems: Signal<string[]> }) {
  const list = problems.value;
  if (list.length === 0) return null;
  return (
    <div class="link-notice" role="status" data-testid="link-notice">
      <div>
        <strong>Allt i länken kunde inte visas.</strong>
        <ul>
          {list.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      </div>
      <button type="button" data-testid="link-notice-close" onClick={() => (problems.value = [])}>
        Stäng
      </button>
    </div>
  );
}
