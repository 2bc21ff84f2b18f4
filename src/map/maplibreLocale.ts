/**
 * Swedish for every string maplibre-gl 6 shows or reads out (its default
 * table is English). "Map.Title" is the canvas's accessible name, so it also
 * says how to move the map from the keyboard.
 */
export const MAPLIBRE_SWEDISH: Record<string, string> = {
  'AttributionControl.ToggleAttribution': 'Visa eller dölj källor',
  'AttributionControl.MapFeedback': 'Rapportera fel i kartan',
  'FullscreenControl.Enter': 'Helskärm',
  'FullscreenControl.Exit': 'Avsluta helskärm',
  'GeolocateControl.FindMyLocation': 'Visa min position',
  'GeolocateControl.LocationNotAvailable': 'Positionen är inte tillgänglig',
  'LogoControl.Title': 'MapLibre-logotyp',
  'Map.Title': 'Karta. Flytta med piltangenterna, zooma med plus och minus.',
  'Marker.Title': 'Kartmarkör',
  'NavigationControl.ResetBearing': 'Dra för att vrida kartan, klicka för norr uppåt',
  'NavigationControl.ZoomIn': 'Zooma in',
  'NavigationControl.ZoomOut': 'Zooma ut',
  'Popup.Close': 'Stäng',
  'ScaleControl.Feet': 'fot',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
  'ScaleControl.Miles': 'mile',
  'ScaleControl.NauticalMiles': 'M',
  'GlobeControl.Enable': 'Visa som glob',
  'GlobeControl.Disable': 'Visa som platt karta',
  'TerrainControl.Enable': 'Visa terräng',
  'TerrainControl.Disable': 'Dölj terräng',
  'CooperativeGesturesHandler.WindowsHelpText': 'Håll ned Ctrl och skrolla för att zooma',
  'CooperativeGesturesHandler.MacHelpText': 'Håll ned ⌘ och skrolla för att zooma',
  'CooperativeGesturesHandler.MobileHelpText': 'Flytta kartan med två fingrar',
};
