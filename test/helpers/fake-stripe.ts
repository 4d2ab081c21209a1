/**
 * A stand-in for Stripe.js, so no test reaches Stripe. Its card element is a real text field the form
 * mounts (`aria-label="Card number"`), and tokens follow what was typed: a blank or short number is
 * refused in Stripe's words, a full one becomes `tok_visa_test`.
 */
import type { CardChange, StripeCardLike, StripeLike, StripeLoader } from '../../src/payment/stripe-card.js';

export const FAKE_TOKEN = 'tok_visa_test';
export const INCOMPLETE_CARD = 'Your card number is incomplete.';

export class FakeCardElement implements StripeCardLike {
  readonly input = Object.assign(document.createElement('input'), { autocomplete: 'cc-number', inputMode: 'numeric' });
  readonly mounts: HTMLElement[] = [];
  destroyed = false;
  private handlers: ((change: CardChange) => void)[] = [];

  constructor() {
    this.input.setAttribute('aria-label', 'Card number');
    // Like Stripe, the element reports completeness and errors as the patient types.
    this.input.addEventListener('input', () => this.emit(this.complete ? {} : { error: { message: INCOMPLETE_CARD } }));
  }

  get complete(): boolean {
    return this.input.value.replace(/\D/g, '').length >= 16;
  }

  mount(container: HTMLElement) {
    this.mounts.push(container);
    container.append(this.input);
  }

  unmount() {
    this.input.remove();
  }

  destroy() {
    this.destroyed = true;
    this.input.remove();
  }

  on(_event: 'change', handler: (change: CardChange) => void) {
    this.handlers.push(handler);
  }

  emit(change: CardChange) {
    for (const handler of this.handlers) handler(change);
  }
}

export interface FakeStripe {
  /** Set as the element's `loadStripe`. */
  loader: StripeLoader;
  /** Publishable keys the loader was called with, in order. */
  loads: string[];
  cards: FakeCardElement[];
  /** Tokens handed out. */
  tokens: string[];
  /** When set, createToken refuses with this message whatever was typed (a declined card, say). */
  decline?: string;
}

export function fakeStripe({ failLoad = false } = {}): FakeStripe {
  const fake: FakeStripe = { loader: async () => null, loads: [], cards: [], tokens: [] };
  const stripe: StripeLike = {
    elements: () => ({
      create: () => {
        const card = new FakeCardElement();
        fake.cards.push(card);
        return card;
      },
    }),
    createToken: async (card) => {
      if (fake.decline) return { error: { message: fake.decline } };
      if (!(card as FakeCardElement).complete) return { error: { message: INCOMPLETE_CARD } };
      fake.tokens.push(FAKE_TOKEN);
      return { token: { id: FAKE_TOKEN } };
    },
  };
  fake.loader = async (publishableKey) => {
    fake.loads.push(publishableKey);
    return failLoad ? null : stripe;
  };
  return fake;
}
