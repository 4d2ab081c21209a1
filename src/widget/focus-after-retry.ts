/**
 * Where focus goes once a "Try again" has done its work. The button goes while it loads, and focus with
 * it: put focus where the patient goes on (another "Try again", "Continue", or the list of states),
 * unless they have moved it themselves.
 */
export function focusAfterRetry(root: HTMLElement | DocumentFragment): void {
  const focusLost = !(root instanceof ShadowRoot && root.activeElement) && (document.activeElement === document.body || !document.activeElement);
  if (!focusLost) return;
  const badge = root.querySelector('dexcare-wait-time-badge')?.shadowRoot;
  const retry = (where?: ParentNode | null) => where?.querySelector<HTMLElement>('[part~="retry-button"]');
  (retry(root) ?? retry(badge) ?? root.querySelector<HTMLElement>('[part~="continue-button"]') ?? regionSelectIn(root))?.focus();
}

/** The list of states, inside the region picker's own shadow root. */
export function regionSelectIn(root: ParentNode): HTMLSelectElement | null | undefined {
  return root.querySelector('dexcare-region-picker')?.shadowRoot?.querySelector('select');
}
