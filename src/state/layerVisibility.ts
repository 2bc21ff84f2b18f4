/** The overlays the user can hide; raw offences have their own switch (`showRawPoints`). */
export interface LayerVisibility {
  ods: boolean;
  sites: boolean;
  walks: boolean;
}

export const ALL_LAYERS: LayerVisibility = { ods: true, sites: true, walks: true };
