import { describe, expect, it } from 'vitest';
import { locationMessage, watchLocation } from './geolocation';

/** A stand-in for the browser's Geolocation that answers as told. */
function fakeGeolocation(answer: { code?: number; coords?: [number, number, number] }) {
  const cleared: number[] = [];
  const geo = {
    watchPosition: (ok: PositionCallback, fail: PositionErrorCallback) => {
      if (answer.coords) {
        const [lon, lat, accuracy] = answer.coords;
        ok({
          coords: { longitude: lon, latitude: lat, accuracy },
          timestamp: 1,
        } as GeolocationPosition);
      } else fail({ code: answer.code } as GeolocationPositionError);
      return 7;
    },
    clearWatch: (id: number) => cleared.push(id),
    getCurrentPosition: () => {},
  } as unknown as Geolocation;
  return { geo, cleared };
}

describe('"du är här"', () => {
  it('reports the position and its accuracy, and stops watching when asked', () => {
    const { geo, cleared } = fakeGeolocation({ coords: [18.03, 59.33, 12] });
    const fixes: unknown[] = [];
    const stop = watchLocation(
      geo,
      true,
      (f) => fixes.push(f),
      () => {},
    );
    expect(fixes).toEqual([{ position: [18.03, 59.33], accuracy: 12, time: 1 }]);
    stop();
    expect(cleared).toEqual([7]);
  });

  it.each([
    [1, /Tillåt plats för sidan/],
    [2, /ingen GPS-fix/],
    [3, /dröjer \(mer än 20 sekunder\)/],
  ])('says in Swedish what to do for error code %i', (code, message) => {
    const errors: string[] = [];
    watchLocation(
      fakeGeolocation({ code }).geo,
      true,
      () => {},
      (m) => errors.push(m),
    );
    expect(errors).toEqual([expect.stringMatching(message)]);
    expect(errors[0]).toMatch(/tryck på kartan där du står/);
  });

  it('says so when the browser has no location or the page is not https', () => {
    const errors: string[] = [];
    watchLocation(
      undefined,
      true,
      () => {},
      (m) => errors.push(m),
    );
    watchLocation(
      fakeGeolocation({ code: 1 }).geo,
      false,
      () => {},
      (m) => errors.push(m),
    );
    expect(errors).toEqual([locationMessage('unsupported'), locationMessage('insecure')]);
  });

  it.each([
    [1, true],
    [2, false],
    [3, false],
  ])('ends the watch on a refusal only (error code %i: final %s)', (code, final) => {
    const finals: boolean[] = [];
    watchLocation(
      fakeGeolocation({ code }).geo,
      true,
      () => {},
      (_m, f) => finals.push(f),
    );
    expect(finals).toEqual([final]);
  });
});
