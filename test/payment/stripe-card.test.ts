import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/components/visit-form.js';
import type { DexCareVisitForm } from '../../src/components/visit-form.js';
import { EMPTY_VISIT_FORM } from '../../src/booking/visit-form-values.js';
import { StripeCard, type StripeLoader } from '../../src/payment/stripe-card.js';
import { getButton, getRadio } from '../helpers/dom.js';
import { FAKE_TOKEN, INCOMPLETE_CARD, fakeStripe } from '../helpers/fake-stripe.js';
import { patient, practice, region } from '../components/fixtures.js';

/** The smallest host a controller can have: counts the updates the card asks for. */
class CardHost extends LitElement {
  updates = 0;
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>) {
    this.updates += 1;
    super.requestUpdate(...args);
  }
}
customElements.define('stripe-card-test-host', CardHost);

async function cardWith(loader: StripeLoader, key = 'pk_test_1', timeoutMs = 15_000) {
  const host = await fixture<CardHost>(html`<stripe-card-test-host></stripe-card-test-host>`);
  const card = new StripeCard(host, { loader: () => loader, publishableKey: () => key, locale: () => 'es', timeoutMs: () => timeoutMs });
  return { host, card };
}

describe('StripeCard', () => {
  it('a Stripe.js that never loads: the card says so after the time limit, and a submit stops waiting', async () => {
    const { card } = await cardWith(() => new Promise(() => {}), 'pk_test_1', 200);
    const started = Date.now();
    const result = await card.createToken();
    expect(Date.now() - started).to.be.below(2000);
    expect(result).to.have.property('error').that.matches(/could not/i);
    expect(card.error).to.match(/could not/i);
  });

  it('loads nothing until asked, then loads once and makes one card element', async () => {
    const stripe = fakeStripe();
    const { card } = await cardWith(stripe.loader);
    expect(stripe.loads).to.deep.equal([]);
    await Promise.all([card.prepare(), card.prepare()]);
    await card.prepare();
    expect(stripe.loads).to.deep.equal(['pk_test_1']);
    expect(stripe.cards).to.have.length(1);
    expect(card.element).to.equal(stripe.cards[0]);
  });

  it('relays the card\'s live errors and asks the host to re-render', async () => {
    const stripe = fakeStripe();
    const { host, card } = await cardWith(stripe.loader);
    await card.prepare();
    const before = host.updates;
    stripe.cards[0]!.emit({ error: { message: INCOMPLETE_CARD } });
    expect(card.error).to.equal(INCOMPLETE_CARD);
    stripe.cards[0]!.emit({});
    expect(card.error).to.equal('');
    expect(host.updates).to.be.greaterThan(before);
  });

  it('turns a complete card into a token, and a refusal into Stripe\'s words', async () => {
    const stripe = fakeStripe();
    const { card } = await cardWith(stripe.loader);
    await card.prepare();
    expect(await card.createToken()).to.deep.equal({ error: INCOMPLETE_CARD });
    stripe.cards[0]!.input.value = '4242424242424242';
    expect(await card.createToken()).to.deep.equal({ token: FAKE_TOKEN });
    expect(card.error).to.equal('');
    stripe.decline = 'Your card was declined.';
    expect(await card.createToken()).to.deep.equal({ error: 'Your card was declined.' });
    expect(card.error).to.equal('Your card was declined.');
  });

  it('a failed load is an error for the patient; it is retried on submit, not in a loop', async () => {
    let attempts = 0;
    const working = fakeStripe();
    const flaky: StripeLoader = async (key) => (++attempts === 1 ? null : working.loader(key));
    const { card } = await cardWith(flaky);
    await card.prepare();
    await card.prepare();
    expect(attempts, 'prepare does not retry by itself').to.equal(1);
    expect(card.error).to.match(/could not load/);
    working.decline = 'Declined.';
    expect(await card.createToken()).to.deep.equal({ error: 'Declined.' });
    expect(attempts).to.equal(2);
  });

  it('a loader that throws is a load failure, not an unhandled error', async () => {
    const { card } = await cardWith(async () => {
      throw new Error('CSP blocked js.stripe.com');
    });
    await card.prepare();
    expect(card.error).to.match(/could not load/);
    expect(await card.createToken()).to.have.property('error');
  });

  it('leaving the page destroys the element; coming back makes a new one', async () => {
    const stripe = fakeStripe();
    const { host, card } = await cardWith(stripe.loader);
    await card.prepare();
    const parent = host.parentElement!;
    host.remove();
    expect(stripe.cards[0]!.destroyed).to.equal(true);
    expect(card.element).to.equal(undefined);
    parent.append(host);
    await waitUntil(() => card.element, 'no new element after coming back');
    expect(stripe.cards).to.have.length(2);
  });
});

describe('<dexcare-visit-form> with a card element', () => {
  async function cardForm() {
    const stripe = fakeStripe();
    const stripeObject = await stripe.loader('pk_test_1');
    const cardElement = stripeObject!.elements().create('card');
    const el = await fixture<DexCareVisitForm>(html`<dexcare-visit-form
      .values=${{ ...EMPTY_VISIT_FORM, paymentMethod: 'creditcard' as const }}
      .practice=${practice()}
      .region=${region()}
      .patient=${patient}
      .cardElement=${cardElement}
    ></dexcare-visit-form>`);
    el.addEventListener('form-change', (event) => {
      const { field, value } = (event as CustomEvent<{ field: string; value: never }>).detail;
      el.values = { ...el.values, [field]: value };
    });
    return { el, card: stripe.cards[0]! };
  }

  it('says the card form is loading until Stripe\'s field is there, and that the card is required', async () => {
    const el = await fixture<DexCareVisitForm>(html`<dexcare-visit-form
      .values=${{ ...EMPTY_VISIT_FORM, paymentMethod: 'creditcard' as const }}
      .practice=${practice()}
      .region=${region()}
      .patient=${patient}
    ></dexcare-visit-form>`);
    const status = () => el.shadowRoot!.querySelector('[role="status"]');
    expect(status()!.textContent!.trim()).to.equal('Loading the secure card form…');
    expect(el.shadowRoot!.querySelector('#card-label')!.textContent).to.match(/Card details\s+\(required\)/);
    await expect(el).to.be.accessible();
    const stripe = fakeStripe();
    el.cardElement = (await stripe.loader('pk_test_1'))!.elements().create('card');
    await el.updateComplete;
    expect(status()).to.equal(null);
  });

  it('mounts the card in its labelled group, beside the price, and unmounts it when another method is picked', async () => {
    const { el, card } = await cardForm();
    const group = el.shadowRoot!.querySelector<HTMLElement>('#card')!;
    expect(group.contains(card.input)).to.equal(true);
    expect(group.getAttribute('role')).to.equal('group');
    expect(getRadio(el, 'Payment method', 'Credit or debit card').parentElement!.textContent).to.contain('($49)');
    await expect(el).to.be.accessible();

    getRadio(el, 'Payment method', 'Coupon code').click();
    await el.updateComplete;
    expect(card.input.isConnected).to.equal(false);
    getRadio(el, 'Payment method', 'Credit or debit card').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#card')!.contains(card.input), 'mounted again').to.equal(true);
  });

  it('the card\'s error is described on the group; the summary lists it after a failed submission', async () => {
    const { el } = await cardForm();
    el.cardError = INCOMPLETE_CARD;
    await el.updateComplete;
    const group = el.shadowRoot!.querySelector<HTMLElement>('#card')!;
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!)!.textContent).to.equal(INCOMPLETE_CARD);
    expect(el.shadowRoot!.querySelector('[part="error-summary"]')).to.equal(null);
    el.failedSubmits += 1;
    await el.updateComplete;
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector<HTMLElement>('[part="error-summary"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.querySelector('li')!.textContent!.trim()).to.equal(`Card: ${INCOMPLETE_CARD}`);
    expect(getButton(el, 'Request visit')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
