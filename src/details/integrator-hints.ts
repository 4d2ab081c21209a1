import type { Practice } from '../api/types.js';

const warnedCardHidden = new WeakSet<object>();

/**
 * For the integrator, once per widget: the practice takes cards, but without a Stripe key the page cannot.
 * Information, not a warning: a site may leave cards out on purpose, and the sandbox's examples do.
 */
export function warnIfCardHidden(widget: object, practice: Practice, stripePublishableKey: string): void {
  if (!practice.payment?.selfPay || stripePublishableKey.trim() || warnedCardHidden.has(widget)) return;
  warnedCardHidden.add(widget);
  console.info('<dexcare-virtual-visit>: the practice takes cards but stripe-publishable-key is not set, so the card option is hidden.');
}
