import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { movedStop, withoutStop } from '../../state/walk/stopList';
import type { WalkView } from '../../state/walk/walkView';

type Step = -1 | 1;

/**
 * The plan's stops in walking order, numbered as on the map: each can be renamed, moved one
 * place up or down by hand (see stopList for when that order holds), or removed.
 */
export function StopList({ view }: { view: WalkView }) {
  const walk = view.store.current.value;
  const list = useRef<HTMLOListElement>(null);
  // The moved stop keeps the focus at its new place, so a keyboard or switch user can go on.
  const [moved, setMoved] = useState<{ index: number; step: Step } | null>(null);
  useLayoutEffect(() => {
    if (!moved || !list.current) return;
    const buttons = (step: Step) =>
      list.current?.querySelector<HTMLButtonElement>(
        `[data-move="${moved.index}:${step}"]:not(:disabled)`,
      );
    (buttons(moved.step) ?? buttons(-moved.step as Step))?.focus();
    setMoved(null);
  }, [moved]);
  if (!walk || walk.stops.length === 0) return null;
  const update = (stops: typeof walk.stops) => void view.store.updateWalk(walk._id, { stops });
  const move = (index: number, step: Step) => {
    update(movedStop(walk.stops, index, step));
    setMoved({ index: index + step, step });
  };
  const last = walk.stops.length - 1;
  return (
    <ol class="walk-stops" data-testid="walk-stops" ref={list}>
      {walk.stops.map((s, i) => {
        const named = s.name.trim() ? `stopp ${i + 1}, ${s.name}` : `stopp ${i + 1}`;
        return (
          <li key={i}>
            <span class="walk-stop-number" aria-hidden="true">
              {i + 1}
            </span>
            <input
              aria-label={`Namn på stopp ${i + 1}`}
              value={s.name}
              onInput={(e) =>
                update(
                  walk.stops.map((x, k) => (k === i ? { ...x, name: e.currentTarget.value } : x)),
                )
              }
            />
            <button
              type="button"
              class="walk-stop-move"
              data-move={`${i}:-1`}
              aria-label={`Flytta upp ${named}`}
              title="Flytta upp"
              disabled={i === 0}
              onClick={() => move(i, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              class="walk-stop-move"
              data-move={`${i}:1`}
              aria-label={`Flytta ned ${named}`}
              title="Flytta ned"
              disabled={i === last}
              onClick={() => move(i, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={`Ta bort ${named}`}
              onClick={() => update(withoutStop(walk.stops, i))}
            >
              Ta bort
            </button>
            {s.note && <p class="walk-muted walk-stop-note">{s.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}
