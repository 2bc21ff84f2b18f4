import type { BasemapId } from '../map/basemaps';

/** User settings kept on this device only. */
export interface Settings {
  basemap: BasemapId;
  lantmaterietKey: string;
}

const KEY = 'lageskartan.settings.v1';
const DEFAULTS: Settings = { basemap: 'offline', lantmaterietKey: '' };

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
