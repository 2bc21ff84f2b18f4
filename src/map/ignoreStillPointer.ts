/**
 * deck.gl picks under the pointer on every map "mousemove", and in WebGL a
 * pick is a synchronous GPU readback (readPixels) that stalls the main thread
 * (116–568 ms a change measured in software WebGL). Browsers also send
 * mousemove events when the pointer did not move (Chromium after scrolling
 * and when content changes under a resting pointer; scripts can dispatch
 * them), so those are stopped before the map and deck.gl see them: picking
 * then happens only when the pointer really moves over the map.
 * Returns a function that removes the listeners.
 */
export function ignoreStillPointer(container: HTMLElement): () => void {
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  const onMove = (e: MouseEvent) => {
    if (e.clientX === lastX && e.clientY === lastY) {
      e.stopPropagation();
      return;
    }
    lastX = e.clientX;
    lastY = e.clientY;
  };
  const onLeave = () => {
    lastX = Number.NaN;
    lastY = Number.NaN;
  };
  container.addEventListener('mousemove', onMove, { capture: true });
  container.addEventListener('mouseleave', onLeave);
  return () => {
    container.removeEventListener('mousemove', onMove, { capture: true });
    container.removeEventListener('mouseleave', onLeave);
  };
}
