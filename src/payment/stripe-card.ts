/**
 * The credit card, through Stripe: card data goes from Stripe's own field to Stripe, and only the
 * resulting single-use token reaches our code and DexCare. Stripe.js loads when the patient picks
 * card, never before, from its own chunk.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { MountableCardElement } from '../components/visit-form-types.js';

/** What a card `change` event tells us: Stripe's own words for what is wrong, already localized. */
export interface CardChange {
  error?: { message?: string };
}

/** Stripe's card element, as much of it as we use. A test double only needs these. */
export interface StripeCardLike extends MountableCardElement {
  on(event: 'change', handler: (change: CardChange) => void): unknown;
  destroy?(): void;
}

/** The Stripe object `loadStripe` resolves to, as much of it as we use. */
export interface StripeLike {
  elements(options?: { locale?: string }): { create(type: 'card'): StripeCardLike };
  createToken(card: StripeCardLike): Promise<{ token?: { id: string }; error?: { message?: string } }>;
}

/** Loads Stripe for a publishable key: `@stripe/stripe-js`'s `loadStripe`, or a test's fake. */
export type StripeLoader = (publishableKey: string) => Promise<StripeLike | null>;

/** Stripe's real loader, fetched on first use so pages that never take a card never download it. */
export const loadRealStripe: StripeLoader = async (publishableKey) => {
  const { loadStripe } = await import('@stripe/stripe-js/pure');
  return loadStripe(publishableKey);
};

export type CardTokenResult = { token: string } | { error: string };

export interface StripeCardOptions {
  /** Read when loading starts, so a loader set after construction (tests, hosts) is used. */
  loader: () => StripeLoader;
  publishableKey: () => string;
  locale: () => string;
  /** How long Stripe.js may take to load before the card says it could not (and a submit stops waiting). */
  timeoutMs: () => number;
}

/**
 * Owns Stripe for one widget: loads it once per publishable key, creates the card element the form
 * mounts, keeps the card's current error, and turns the card into a token on submit.
 */
export class StripeCard implements ReactiveController {
  /** The card element for the form to mount; undefined until Stripe has loaded. */
  element?: StripeCardLike;
  /** What is wrong with the card right now (Stripe's words) or why it could not load; '' when nothing. */
  error = '';

  private stripe?: StripeLike;
  private loadedKey = '';
  private loading?: Promise<void>;
  private failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: StripeCardOptions,
  ) {
    host.addController(this);
  }

  hostConnected() {
    // Back on the page after a removal: the old element was destroyed, so make a new one if card was chosen.
    if (this.loadedKey && !this.loading) void this.prepare();
  }

  hostDisconnected() {
    this.element?.destroy?.();
    this.element = undefined;
    this.stripe = undefined;
    this.loading = undefined;
  }

  /**
   * Loads Stripe and creates the card element, once per key; cheap to call on every update while card
   * is chosen. After a failed load it does not retry by itself: submitting does.
   */
  prepare(): Promise<void> {
    const key = this.options.publishableKey();
    if (this.loading && this.loadedKey === key) return this.loading;
    this.loadedKey = key;
    this.failed = false;
    this.loading = this.load(key);
    return this.loading;
  }

  /** Stripe's token for the card the patient typed, or the words to show beside the card. */
  async createToken(): Promise<CardTokenResult> {
    if (this.failed) this.loading = undefined;
    await this.prepare();
    const { stripe, element } = this;
    if (!stripe || !element) return { error: this.error || couldNotLoad() };
    let result: Awaited<ReturnType<StripeLike['createToken']>>;
    try {
      result = await stripe.createToken(element);
    } catch {
      return this.fail(msg('We could not reach our card processor. Check your connection and try again.'));
    }
    const token = result.token?.id;
    if (typeof token === 'string' && token !== '' && !result.error) {
      this.setError('');
      return { token };
    }
    return this.fail(result.error?.message || msg('Your card was not accepted. Check the card details and try again.'));
  }

  private async load(key: string): Promise<void> {
    this.element?.destroy?.();
    this.element = undefined;
    this.stripe = undefined;
    let stripe: StripeLike | null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timedOut = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), this.options.timeoutMs())));
      stripe = await Promise.race([this.options.loader()(key), timedOut]);
    } catch {
      stripe = null;
    } finally {
      clearTimeout(timer);
    }
    if (key !== this.loadedKey) return; // A newer key took over while this one loaded.
    if (!stripe) {
      this.failed = true;
      this.setError(couldNotLoad());
      return;
    }
    this.stripe = stripe;
    const element = stripe.elements({ locale: this.options.locale() }).create('card');
    element.on('change', (change) => this.setError(change.error?.message ?? ''));
    this.element = element;
    this.setError('');
  }

  private fail(message: string): CardTokenResult {
    this.setError(message);
    return { error: message };
  }

  private setError(message: string) {
    this.error = message;
    this.host.requestUpdate();
  }
}

function couldNotLoad(): string {
  return msg('The secure card form could not load. Check your connection and try again, or choose another payment method.');
}

/** Stripe's language for its card field: ours when it has it, else its own guess. */
export function stripeLocale(locale: string): string {
  const language = locale.slice(0, 2).toLowerCase();
  return language === 'en' || language === 'es' ? language : 'auto';
}
