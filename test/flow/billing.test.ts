import { expect, waitUntil } from '@open-wc/testing';
import { typeKeys } from '../helpers/keys.js';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import { choose, getByLabel, getRadio, queryByLabel, typeInto } from '../helpers/dom.js';
import {
  acceptTerms, cardInput, errorBeside, pickRadio, summaryEntries, typeDate, visitErrors, waitForCardInput, waitForFocusedSummary,
} from '../helpers/booking-form.js';
import { FAKE_TOKEN, INCOMPLETE_CARD, fakeStripe } from '../helpers/fake-stripe.js';
import { COLORADO_REGION_ID, DEMO_PATIENT_ID, MONTANA_REGION_ID, receivedVisits } from '../helpers/sandbox.js';
import { fillCouponVisit, freshSandbox, mountWidget, openVisitForm, submitVisit, warningsDuring } from '../helpers/widget.js';

/** The demo patient's contact details as the prefill sends them. */
const ADA_CONTACT = {
  identifier: DEMO_PATIENT_ID,
  phone: '555-222-3334',
  email: 'ada@example.org',
  address: { line1: '1 Main St', city: 'Helena', state: 'MT', postalCode: '59601' },
};

const MONTANA_DETAILS = {
  practiceRegionId: MONTANA_REGION_ID,
  ehrSystemName: 'SANDBOX-EPIC-MT',
  departmentId: 'dept-mt-virtual',
  declaration: 'self',
  acceptedTerms: true,
  preTriageTags: [],
};

const PK = 'pk_test_widget';

async function waitForVisit(created: unknown[]) {
  await waitUntil(() => created.length === 1, 'visit-created never fired', { timeout: 5000 });
  const visits = await receivedVisits();
  expect(visits).to.have.length(1);
  return visits[0]!.body;
}

/** A card widget with the fake Stripe; the card option only exists with a publishable key. */
async function mountCardWidget() {
  const mounted = await mountWidget();
  const stripe = fakeStripe();
  mounted.el.loadStripe = stripe.loader;
  mounted.el.setAttribute('stripe-publishable-key', PK);
  return { ...mounted, stripe };
}

async function fillCardVisit(el: DexCareVirtualVisit, cardNumber: string) {
  await typeInto(getByLabel(el, 'Reason for visit'), 'Sprained ankle');
  await pickRadio(el, 'Payment method', 'Credit or debit card');
  const card = await waitForCardInput(el);
  if (cardNumber) await typeInto(card, cardNumber);
  await acceptTerms(el);
}

describe('flow: paying for the visit', () => {
  beforeEach(freshSandbox);

  it('coupon: sends the code and the host\'s pre-triage tags', async () => {
    const { el, created } = await mountWidget();
    el.preTriageTags = ['fever', 'sore-throat'];
    await openVisitForm(el);
    await fillCouponVisit(el, { reason: 'Sore throat', coupon: 'sandbox-free' });
    await submitVisit(el);
    expect(await waitForVisit(created)).to.deep.equal({
      patient: ADA_CONTACT,
      billingInfo: { paymentMethod: 'couponcode', couponCode: 'sandbox-free' },
      visitDetails: { ...MONTANA_DETAILS, visitReason: 'Sore throat', preTriageTags: ['fever', 'sore-throat'] },
    });
  });

  it('card: Stripe loads only when card is picked, shows the price, and only its token is sent', async () => {
    const { el, created, stripe } = await mountCardWidget();
    await openVisitForm(el);
    expect(stripe.loads, 'nothing loads before card is picked').to.deep.equal([]);
    expect(getRadio(el, 'Payment method', 'Credit or debit card').parentElement!.textContent).to.contain('($49)');

    await fillCardVisit(el, '4242 4242 4242 4242');
    expect(stripe.loads).to.deep.equal([PK]);
    await expect(el).to.be.accessible();
    await submitVisit(el);

    expect(await waitForVisit(created)).to.deep.equal({
      patient: ADA_CONTACT,
      billingInfo: { paymentMethod: 'creditcard', stripeToken: FAKE_TOKEN },
      visitDetails: { ...MONTANA_DETAILS, visitReason: 'Sprained ankle' },
    });
    expect(stripe.cards, 'one card element, however often the form re-rendered').to.have.length(1);
  });

  it('card: Stripe\'s error shows beside the card as the patient types, and in the focused summary on submit; nothing is sent', async () => {
    const { el, created } = await mountCardWidget();
    const errors = visitErrors(el);
    await openVisitForm(el);
    await fillCardVisit(el, '4242');
    const group = el.shadowRoot!.querySelector('dexcare-visit-form')!.shadowRoot!.querySelector<HTMLElement>('#card')!;
    await waitUntil(() => errorBeside(group) === INCOMPLETE_CARD, 'the card error never showed beside the card');
    expect(summaryEntries(el), 'no summary while typing').to.deep.equal([]);

    await submitVisit(el);
    await waitForFocusedSummary(el);
    expect(summaryEntries(el)).to.deep.equal([`Card: ${INCOMPLETE_CARD}`]);
    expect(errors).to.deep.equal([{ kind: 'stripe' }]);
    expect(await receivedVisits()).to.deep.equal([]);
    expect(created).to.have.length(0);
    expect(getByLabel<HTMLTextAreaElement>(el, 'Reason for visit').value, 'the reason is kept').to.equal('Sprained ankle');
    await expect(el).to.be.accessible();

    // Finishing the number clears the error and the same form goes through.
    await typeInto(cardInput(el)!, '424242424242');
    await waitUntil(() => errorBeside(group) === '', 'the card error did not clear');
    await submitVisit(el);
    expect((await waitForVisit(created)).billingInfo).to.deep.equal({ paymentMethod: 'creditcard', stripeToken: FAKE_TOKEN });
  });

  it('card: a declined card is reported in Stripe\'s words and no visit is requested', async () => {
    const { el, stripe } = await mountCardWidget();
    stripe.decline = 'Your card was declined.';
    await openVisitForm(el);
    await fillCardVisit(el, '4000 0000 0000 0002');
    await submitVisit(el);
    await waitForFocusedSummary(el);
    expect(summaryEntries(el)).to.deep.equal(['Card: Your card was declined.']);
    expect(await receivedVisits()).to.deep.equal([]);
  });

  it('card: when Stripe cannot load, the patient is told and may choose another method', async () => {
    const { el } = await mountWidget();
    const stripe = fakeStripe({ failLoad: true });
    el.loadStripe = stripe.loader;
    el.stripePublishableKey = PK;
    await openVisitForm(el);
    await pickRadio(el, 'Payment method', 'Credit or debit card');
    const group = el.shadowRoot!.querySelector('dexcare-visit-form')!.shadowRoot!.querySelector<HTMLElement>('#card')!;
    await waitUntil(() => errorBeside(group).startsWith('The secure card form could not load'), 'no load failure shown');
    expect(stripe.loads, 'no retry loop on failure').to.have.length(1);
    expect(await receivedVisits()).to.deep.equal([]);
  });

  it('card: without a publishable key the card option is hidden, and the integrator is told once (info: not a fault)', async () => {
    const notes = await warningsDuring(async () => {
      const { el } = await mountWidget();
      await openVisitForm(el);
      const group = getByLabel<HTMLFieldSetElement>(el, 'Payment method');
      expect([...group.querySelectorAll('label')].map((label) => label.textContent!.trim())).to.deep.equal(['Insurance', 'Coupon code']);
      el.requestUpdate();
      await el.updateComplete;
    }, 'info');
    expect(notes.filter((text) => text.includes('stripe-publishable-key'))).to.have.length(1);
  });

  it('insurance, the patient\'s own: provider from the host\'s payer list, the patient\'s details as insured', async () => {
    const { el, created } = await mountWidget();
    el.insurancePayers = [
      { name: 'Big Sky Health Plan', payerId: 'BSHP-01' },
      { name: 'Mountain Mutual', payerId: 'MM-77' },
    ];
    await openVisitForm(el);
    await typeInto(getByLabel(el, 'Reason for visit'), 'Ear pain');
    await pickRadio(el, 'Payment method', 'Insurance');
    await waitUntil(() => queryByLabel(el, 'Insurance provider'));
    const provider = getByLabel<HTMLSelectElement>(el, 'Insurance provider');
    expect(provider.localName, 'a list when the host supplies payers').to.equal('select');
    choose(provider, 'Mountain Mutual');
    await typeInto(getByLabel(el, 'Member ID'), 'MM123456789');
    expect(getRadio(el, 'Whose insurance is it?', "The patient's own").checked, 'own insurance by default').to.equal(true);
    expect(queryByLabel(el, "Policy holder's first name")).to.equal(null);
    await acceptTerms(el);
    await submitVisit(el);
    expect(await waitForVisit(created)).to.deep.equal({
      patient: ADA_CONTACT,
      billingInfo: {
        paymentMethod: 'insurance',
        declaration: 'self',
        firstName: 'Ada',
        lastName: 'Lovelace',
        gender: 'female',
        dateOfBirth: '1990-12-10',
        insuranceType: 'manual',
        insuranceProviderId: 'MM-77',
        insuranceMemberId: 'MM123456789',
      },
      visitDetails: { ...MONTANA_DETAILS, visitReason: 'Ear pain' },
    });
  });

  it('insurance, someone else\'s: the provider typed, the policy holder\'s details sent', async () => {
    const { el, created } = await mountWidget();
    await openVisitForm(el);
    await typeInto(getByLabel(el, 'Reason for visit'), 'Pink eye');
    await pickRadio(el, 'Payment method', 'Insurance');
    await waitUntil(() => queryByLabel(el, 'Insurance provider'));
    expect(getByLabel(el, 'Insurance provider').localName, 'free text without a payer list').to.equal('input');
    await typeInto(getByLabel(el, 'Insurance provider'), 'Treasure State Health');
    await typeInto(getByLabel(el, 'Member ID'), 'TSH-0042');
    await pickRadio(el, 'Whose insurance is it?', "Someone else's");
    await waitUntil(() => queryByLabel(el, "Policy holder's first name"), 'the holder fields never appeared');
    await typeInto(getByLabel(el, "Policy holder's first name"), "Charles");
    await typeInto(getByLabel(el, "Policy holder's last name"), "O'Brien-Babbage");
    await typeDate(el, "Policy holder's date of birth", '1961-12-26');
    choose(getByLabel<HTMLSelectElement>(el, "Policy holder's gender"), 'Male');
    await acceptTerms(el);
    await submitVisit(el);
    expect(await waitForVisit(created)).to.deep.equal({
      patient: ADA_CONTACT,
      billingInfo: {
        paymentMethod: 'insurance',
        declaration: 'other',
        firstName: 'Charles',
        lastName: "O'Brien-Babbage",
        gender: 'male',
        dateOfBirth: '1961-12-26',
        insuranceType: 'manual',
        insuranceProviderId: 'Treasure State Health',
        insuranceMemberId: 'TSH-0042',
      },
      visitDetails: { ...MONTANA_DETAILS, visitReason: 'Pink eye' },
    });
    await expect(el).to.be.accessible();
  });

  it('a region with several departments: the patient picks one, and its EHR system goes with it', async () => {
    const { el, created } = await mountWidget();
    await openVisitForm(el, 'Colorado');
    expect(getRadio(el, 'Payment method', 'Coupon code')).to.not.equal(null);
    choose(getByLabel<HTMLSelectElement>(el, 'Department'), 'Colorado Springs Virtual Pediatrics');
    await fillCouponVisit(el, { reason: 'Rash' });
    await submitVisit(el);
    const body = await waitForVisit(created);
    expect(body.visitDetails).to.deep.equal({
      practiceRegionId: COLORADO_REGION_ID,
      ehrSystemName: 'SANDBOX-EPIC-CO-SOUTH',
      departmentId: 'dept-co-springs',
      visitReason: 'Rash',
      declaration: 'self',
      acceptedTerms: true,
      preTriageTags: [],
    });
  });

  it('department-id fixes the department: the question is skipped', async () => {
    const { el, created } = await mountWidget();
    el.setAttribute('department-id', 'dept-co-denver');
    await openVisitForm(el, 'Colorado');
    expect(queryByLabel(el, 'Department')).to.equal(null);
    await fillCouponVisit(el, { reason: 'Cough' });
    await submitVisit(el);
    const { visitDetails } = await waitForVisit(created);
    expect([visitDetails.departmentId, visitDetails.ehrSystemName]).to.deep.equal(['dept-co-denver', 'SANDBOX-EPIC-CO-NORTH']);
  });

  it('a department-id the region does not have is ignored: the patient chooses', async () => {
    const { el } = await mountWidget();
    el.setAttribute('department-id', 'dept-nowhere');
    await openVisitForm(el, 'Colorado');
    expect(queryByLabel(el, 'Department')).to.not.equal(null);
  });

  it('an unknown coupon: the sandbox\'s 400 lands beside "Coupon or service key", focused summary, input kept', async () => {
    const { el, created } = await mountWidget();
    await openVisitForm(el);
    await fillCouponVisit(el, { reason: 'Headache', coupon: 'NOT-A-REAL-KEY' });
    await submitVisit(el);
    const coupon = getByLabel(el, 'Coupon or service key');
    const serverWords = "That service key isn't valid. Please check it and try again.";
    await waitUntil(() => errorBeside(coupon) === serverWords, 'the server error never showed beside the coupon');
    await waitForFocusedSummary(el);
    expect(summaryEntries(el)).to.deep.equal([`Coupon or service key: ${serverWords}`]);
    expect(coupon.value).to.equal('NOT-A-REAL-KEY');
    expect(getByLabel<HTMLTextAreaElement>(el, 'Reason for visit').value).to.equal('Headache');
    expect(created).to.have.length(0);
    expect(await receivedVisits()).to.deep.equal([]);

    // Fixing the code clears the server's words and books.
    coupon.focus();
    coupon.select();
    await typeKeys('SANDBOX-FREE');
    await waitUntil(() => errorBeside(coupon) === '');
    await submitVisit(el);
    expect((await waitForVisit(created)).billingInfo).to.deep.equal({ paymentMethod: 'couponcode', couponCode: 'SANDBOX-FREE' });
  });
});
