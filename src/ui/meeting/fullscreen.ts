/**
 * Full screen for the projector. Browsers allow it only from a click or a key
 * press; where it is refused (an embedded page, an old browser, a reopened
 * link) the presentation still fills the window with the panels hidden.
 */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (!document.fullscreenEnabled || document.fullscreenElement || !root.requestFullscreen) return;
  root.requestFullscreen({ navigationUI: 'hide' }).catch((e: unknown) => {
    console.warn('Helskärm nekades; presentationen fyller fönstret i stället.', e);
  });
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) {
    document.exitFullscreen().catch((e: unknown) => console.warn('Kunde inte lämna helskärm.', e));
  }
}
