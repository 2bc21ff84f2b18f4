/** The device's position for "du är här", with a Swedish message for each way it can fail. */
export interface Fix {
  position: [number, number];
  accuracy: number;
  time: number;
}

export const FIX_TIMEOUT_MS = 20_000;

/** What the user should do, by the GeolocationPositionError code (1 denied, 2 no fix, 3 timeout). */
export function locationMessage(code: number | 'unsupported' | 'insecure'): string {
  switch (code) {
    case 1:
      return 'Platsen är avstängd för Lägeskartan. Tillåt plats för sidan i webbläsarens inställningar (låsikonen vid adressen), eller tryck på kartan där du står.';
    case 2:
      return 'Enheten hittar ingen position just nu (ingen GPS-fix). Gå ut under öppen himmel och vänta en stund, eller tryck på kartan där du står.';
    case 3:
      return `Positionen dröjer (mer än ${FIX_TIMEOUT_MS / 1000} sekunder). Försök igen, eller tryck på kartan där du står.`;
    case 'insecure':
      return 'Platsen kan bara användas när Lägeskartan öppnas över https. Tryck på kartan där du står i stället.';
    default:
      return 'Den här webbläsaren kan inte ge din position. Tryck på kartan där du står i stället.';
  }
}

/**
 * Follows the position until the returned function is called. `final` errors (permission
 * denied, no geolocation, not https) end the watch: nothing will come until the user acts.
 */
export function watchLocation(
  geolocation: Geolocation | undefined,
  secure: boolean,
  onFix: (fix: Fix) => void,
  onError: (message: string, final: boolean) => void,
): () => void {
  if (!secure) {
    onError(locationMessage('insecure'), true);
    return () => {};
  }
  if (!geolocation) {
    onError(locationMessage('unsupported'), true);
    return () => {};
  }
  const id = geolocation.watchPosition(
    (p) =>
      onFix({
        position: [p.coords.longitude, p.coords.latitude],
        accuracy: p.coords.accuracy,
        time: p.timestamp,
      }),
    (e) => onError(locationMessage(e.code), e.code === 1),
    { enableHighAccuracy: true, timeout: FIX_TIMEOUT_MS, maximumAge: 10_000 },
  );
  return () => geolocation.clearWatch(id);
}
