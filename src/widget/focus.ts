/** Where focus goes in the widget. */

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

/** After a step change: the step's heading, the list of states, or the sign-in link. */
export function focusTarget(root: HTMLElement | DocumentFragment, target: 'heading' | 'regions' | 'sign-in', heading?: HTMLElement): void {
  const element = target === 'heading' ? heading : target === 'regions' ? regionSelectIn(root) : root.querySelector<HTMLElement>('[part~="sign-in-link"]');
  element?.focus();
}
