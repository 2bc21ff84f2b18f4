import type { Signal } from '@preact/signals';
import { useRef } from 'preact/hooks';

const MIN = 0.02;
const MAX = 0.98;
const clamp = (v: number) => Math.min(MAX, Math.max(MIN, v));

/** Arrow keys move 2 %, Page Up/Down 10 %, Home/End to the edges. */
const KEY_STEPS: Record<string, (v: number) => number> = {
  ArrowLeft: (v) => v - 0.02,
  ArrowDown: (v) => v - 0.02,
  ArrowRight: (v) => v + 0.02,
  ArrowUp: (v) => v + 0.02,
  PageDown: (v) => v - 0.1,
  PageUp: (v) => v + 0.1,
  Home: () => MIN,
  End: () => MAX,
};

/**
 * The swipe's divider over the map: year A left of it, B right. Dragged with a
 * finger, pen or mouse (pointer events with capture, so the map does not pan),
 * or moved with the keyboard as a slider.
 */
export function SwipeDivider({
  fraction,
  yearA,
  yearB,
}: {
  fraction: Signal<number>;
  yearA: number;
  yearB: number;
}) {
  const line = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const moveTo = (clientX: number) => {
    const box = line.current?.parentElement?.getBoundingClientRect();
    if (box && box.width > 0) fraction.value = clamp((clientX - box.left) / box.width);
  };
  const percent = Math.round(fraction.value * 100);
  return (
    <div ref={line} class="swipe-line" style={{ left: `${fraction.value * 100}%` }}>
      <span class="swipe-year a">A {yearA}</span>
      <span class="swipe-year b">B {yearB}</span>
      <div
        class="swipe-handle"
        role="slider"
        tabIndex={0}
        aria-label={`Delning: ${yearA} till vänster, ${yearB} till höger`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent} % av kartan visar ${yearA}`}
        data-testid="swipe-handle"
        onPointerDown={(e) => {
          e.preventDefault();
          e.currentTarget.setPointerCapture(e.pointerId);
          dragging.current = true;
        }}
        onPointerMove={(e) => {
          if (dragging.current) moveTo(e.clientX);
        }}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
        onKeyDown={(e) => {
          const step = KEY_STEPS[e.key];
          if (!step) return;
          e.preventDefault();
          fraction.value = clamp(step(fraction.value));
        }}
      >
        <span aria-hidden="true">◀ ▶</span>
      </div>
    </div>
  );
}
