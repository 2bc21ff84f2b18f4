/** Labels drawn by deck.gl from a local font: no remote glyphs, so they work offline. */
export const LABEL_FONT = {
  fontFamily: 'system-ui, "DejaVu Sans", "Liberation Sans", Arial, sans-serif',
  fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
  outlineWidth: 4,
  outlineColor: [255, 255, 255, 230] as [number, number, number, number],
  characterSet: 'auto' as const,
};
