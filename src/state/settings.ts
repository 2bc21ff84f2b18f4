import { DEFAULT_PRIVACY_THRESHOLD } from '../analysis/privacy';

/** The built-in offline map, OpenStreetMap (OpenFreeMap) or Lantmäteriet's topographic map. */
export type BasemapId = 'offline' | 'osm' | 'lantmateriet';

/** User settings kept on this device only. */
export interface Settings {
  basemap: BasemapId;
  lantmaterietKey: string;
  privacyThreshold: number;
}

const KEY = 'lageskartan.settings.v1';
const DEFAULTS: Settings = {
  basemap: 'offline',
  lantmaterietKey: '',
  privacyThreshold: DEFAULT_PRIVACY_THRESHOLD,
};

export function loadSettings(storage: Storage): Settings {
  const raw = storage.getItem(KEY);
  if (!raw) return DEFAULTS;
  try {
    return { ...DEFAULTS, ...(JSON.parse(raw) as Partial<Settings>) };
  } catch (e) {
    console.warn('Sparade inställningar kunde inte läsas och återställs.', e);
    return DEFAULTS;
  }
}

export function saveSettings(storage: Storage, settings: Settings): void {
  storage.setItem(KEY, JSON.stringify(settings));
}
