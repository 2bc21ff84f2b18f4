import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/** Brings `ref`'s element into view (the panel scrolls) each time `key` changes. */
export function useScrollIntoViewOn(ref: RefObject<HTMLElement>, key: unknown): void {
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
  }, [ref, key]);
}

/**
 * Keeps a focused text field in view while the on-screen keyboard opens: the visual viewport
 * shrinks as the keyboard slides up, so the field is scrolled to the middle of what is left on
 * focus and on every resize of the visual viewport while it has the focus.
 */
export function keepFocusedInView(field: HTMLElement): () => void {
  const viewport = window.visualViewport;
  const scroll = () => field.scrollIntoView({ block: 'center' });
  scroll();
  viewport?.addEventListener('resize', scroll);
  const stop = () => {
    viewport?.removeEventListener('resize', scroll);
    field.removeEventListener('blur', stop);
  };
  field.addEventListener('blur', stop);
  return stop;
}
