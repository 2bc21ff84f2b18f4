import type { Signal } from '@preact/signals';
import type { AppView } from '../state/appView';

/** The jobs as tabs; the choice is part of the view, so a link opens the same one. */
export function ViewTabs({
  current,
  views,
}: {
  current: Signal<AppView>;
  views: { id: AppView; label: string }[];
}) {
  return (
    <nav class="view-tabs" aria-label="Vy">
      {views.map((v) => (
        <button
          key={v.id}
          type="button"
          class={current.value === v.id ? 'view-tab current' : 'view-tab'}
          aria-pressed={current.value === v.id}
          data-testid={`view-${v.id}`}
          onClick={() => (current.value = v.id)}
        >
          {v.label}
        </button>
      ))}
    </nav>
  );
}
