import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { Camera } from '../state/camera';
import { cameraSync } from './cameraSync';

const HOME: Camera = { lon: 18.02, lat: 59.33, zoom: 12.5 };
const PANNED: Camera = { lon: 18.05, lat: 59.34, zoom: 14 };

/** Records what the sync asks of the map. */
function mapCalls() {
  const calls: string[] = [];
  return {
    calls,
    target: {
      jumpTo: (c: Camera) => calls.push(`jumpTo ${c.lon},${c.lat},${c.zoom}`),
      fitHome: () => calls.push('fitHome'),
    },
  };
}

describe('the map camera and its signal', () => {
  it('leaves the signal empty while the map shows the start view', () => {
    const camera = signal<Camera | null>(null);
    const sync = cameraSync(camera);
    sync.start(mapCalls().target);
    sync.moved(HOME);
    expect(camera.value).toBeNull();
    sync.moved(PANNED);
    expect(camera.value).toEqual(PANNED);
    sync.moved({ ...HOME, lon: HOME.lon + 1e-7 });
    expect(camera.value).toBeNull();
  });

  it('opens at a linked camera', () => {
    const camera = signal<Camera | null>(PANNED);
    expect(cameraSync(camera).initial).toEqual(PANNED);
  });

  it('moves the map when the signal is set from elsewhere, and fits the start view for null', () => {
    const camera = signal<Camera | null>(null);
    const sync = cameraSync(camera);
    const { calls, target } = mapCalls();
    sync.start(target);
    sync.moved(HOME);
    camera.value = PANNED;
    expect(calls).toEqual(['jumpTo 18.05,59.34,14']);
    sync.moved(PANNED);
    camera.value = null;
    expect(calls).toEqual(['jumpTo 18.05,59.34,14', 'fitHome']);
    sync.moved({ lon: 18.021, lat: 59.331, zoom: 12.4 });
    expect(camera.value).toBeNull();
  });

  it('does not move the map for the camera it just reported', () => {
    const camera = signal<Camera | null>(null);
    const sync = cameraSync(camera);
    const { calls, target } = mapCalls();
    sync.start(target);
    sync.moved(HOME);
    sync.moved(PANNED);
    expect(calls).toEqual([]);
  });
});
