const CANDIDATES = 'a[href], button, input, select, textarea, [tabindex]';

/** What Tab can reach inside `root`, in document order: enabled, shown, not taken out by tabindex -1. */
function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(CANDIDATES)].filter(
    (el) => el.tabIndex >= 0 && !el.matches(':disabled') && el.checkVisibility(),
  );
}

/**
 * Tab and Shift+Tab kept inside `root`, as in a modal: from its last control to its first and
 * back, and from anywhere outside it to its first (or last) control.
 */
export function moveFocusWithin(root: HTMLElement, backward: boolean): void {
  const list = tabbables(root);
  if (list.length === 0) return;
  const active = document.activeElement;
  let next: HTMLElement | undefined;
  if (active && root.contains(active)) {
    const after = (el: HTMLElement) =>
      Boolean(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    const before = (el: HTMLElement) =>
      Boolean(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
    next = backward ? list.filter(before).at(-1) : list.find(after);
  }
  (next ?? (backward ? list[list.length - 1] : list[0])).focus();
}
