import { effect, type Signal } from '@preact/signals';
import { sameCamera, type Camera } from '../state/camera';

export interface CameraTarget {
  jumpTo(camera: Camera): void;
  /** Back to the start view, fitted to the screen as at load. */
  fitHome(): void;
}

/**
 * Ties the map's camera to the `camera` signal. Null is the start view, so a
 * link without a camera opens fitted to whatever screen it is opened on, and
 * an untouched map leaves the address clean.
 */
export function cameraSync(camera: Signal<Camera | null>) {
  let target: CameraTarget | null = null;
  /** Where the start view put the camera on this screen, once known. */
  let home: Camera | null = null;
  /** The next report is the start view (at load, or after fitHome). */
  let expectHome = camera.peek() === null;
  /** Where the map last said it was; null until it has loaded. */
  let last: Camera | null = null;

  /** Moves the map when the signal was changed from elsewhere (Back, Forward). */
  const follow = (wanted: Camera | null) => {
    if (!target || !last) return;
    if (wanted === null) {
      if (home && sameCamera(last, home)) return;
      expectHome = true;
      target.fitHome();
    } else if (!sameCamera(wanted, last)) {
      target.jumpTo(wanted);
    }
  };

  return {
    /** Where the map should open; undefined fits the start view. */
    initial: camera.peek() ?? undefined,

    /** The map reports where it is after every move and once at load. */
    moved(reported: Camera): void {
      const first = last === null;
      last = reported;
      if (expectHome) {
        home = reported;
        expectHome = false;
      } else {
        const next = home && sameCamera(reported, home) ? null : reported;
        const current = camera.peek();
        const same =
          next === null ? current === null : current !== null && sameCamera(current, next);
        if (!same) camera.value = next;
      }
      // Back or Forward before the map had loaded: catch up now.
      if (first) follow(camera.peek());
    },

    start(to: CameraTarget): () => void {
      target = to;
      return effect(() => follow(camera.value));
    },
  };
}
