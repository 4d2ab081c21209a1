import { expect, waitUntil } from '@open-wc/testing';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import type { DependentDemographics } from '../../src/details/dependent-patient.js';
import { choose, getButton, getByLabel, getRadio, queryButton, queryByLabel, typeInto, visibleText, waitForText } from '../helpers/dom.js';
import {
  acceptTerms, errorBeside, fillDependent, pickRadio, registeringHook, summaryEntries, typeDate, visitErrors, waitForCardInput,
  waitForFocusedSummary,
} from '../helpers/booking-form.js';
import { FAKE_TOKEN, fakeStripe } from '../helpers/fake-stripe.js';
import { MONTANA_REGION_ID, receivedVisits, setFaults } from '../helpers/sandbox.js';
import { fillCouponVisit, freshSandbox, mountWidget, openVisitForm, submitVisit } from '../helpers/widget.js';

/** The signed-in demo patient, sent as the actor when she books for her daughter. */
const ADA_AS_MOTHER = { firstName: 'Ada', lastName: 'Lovelace', phone: '555-222-3334', dateOfBirth: '1990-12-10', relationshipToPatient: 'Mother' };
const GRACE: DependentDemographics = { firstName: 'Grace', lastName: 'Lovelace', dateOfBirth: '2018-04-02', gender: 'female' };
const CONTACT = { phone: '555-222-3334', email: 'ada@example.org', address: { line1: '1 Main St', city: 'Helena', state: 'MT', postalCode: '59601' } };

const visitDetails = (visitReason: string) => ({
  practiceRegionId: MONTANA_REGION_ID,
  ehrSystemName: 'SANDBOX-EPIC-MT',
  departmentId: 'dept-mt-virtual',
  visitReason,
  declaration: 'other',
  acceptedTerms: true,
  preTriageTags: [],
});

/** A signed-in mother whose page registers dependents through the sandbox. */
async function mountForFamily() {
  const mounted = await mountWidget();
  const family = registeringHook(mounted.session!.accessToken);
  mounted.el.getDependentPatientId = family.hook;
  return { ...mounted, family };
}

async function startForGrace(el: DexCareVirtualVisit, reason: string) {
  await openVisitForm(el);
  await typeInto(getByLabel(el, 'Reason for visit'), reason);
  await pickRadio(el, 'Who is this visit for?', 'Someone in my care');
  await fillDependent(el);
}

async function onlyVisit(created: unknown[]) {
  await waitUntil(() => created.length === 1, 'visit-created never fired', { timeout: 5000 });
  const visits = await receivedVisits();
  expect(visits).to.have.length(1);
  return visits[0]!.body;
}

describe('flow: booking for someone in my care', () => {
  beforeEach(freshSandbox);
  afterEach(() => setFaults([]));

  it('without the host\'s hook the form offers only "Me"', async () => {
    const { el } = await mountWidget();
    await openVisitForm(el);
    const group = getByLabel<HTMLFieldSetElement>(el, 'Who is this visit for?');
    expect([...group.querySelectorAll('label')].map((label) => label.textContent!.trim())).to.deep.equal(['Me']);
    await expect(el).to.be.accessible();
  });

  it('coupon: the hook turns the child\'s details into a patient id; the signed-in mother is the actor', async () => {
    const { el, created, family } = await mountForFamily();
    await startForGrace(el, 'Fever since last night');
    await expect(el).to.be.accessible();
    await pickRadio(el, 'Payment method', 'Coupon code');
    await waitUntil(() => queryByLabel(el, 'Coupon or service key'));
    await typeInto(getByLabel(el, 'Coupon or service key'), 'SANDBOX-FREE');
    await acceptTerms(el);
    await submitVisit(el);

    expect(await onlyVisit(created)).to.deep.equal({
      patient: { identifier: family.identifiers[0], ...CONTACT },
      actor: ADA_AS_MOTHER,
      billingInfo: { paymentMethod: 'couponcode', couponCode: 'SANDBOX-FREE' },
      visitDetails: visitDetails('Fever since last night'),
    });
    expect(family.calls).to.deep.equal([GRACE]);
  });

  it('the child\'s own insurance: the child is the insured person', async () => {
    const { el, created, family } = await mountForFamily();
    await startForGrace(el, 'Earache');
    await pickRadio(el, 'Payment method', 'Insurance');
    await waitUntil(() => queryByLabel(el, 'Insurance provider'));
    await typeInto(getByLabel(el, 'Insurance provider'), 'Healthy Montana Kids');
    await typeInto(getByLabel(el, 'Member ID'), 'HMK-555');
    await acceptTerms(el);
    await submitVisit(el);
    expect(await onlyVisit(created)).to.deep.equal({
      patient: { identifier: family.identifiers[0], ...CONTACT },
      actor: ADA_AS_MOTHER,
      billingInfo: {
        paymentMethod: 'insurance',
        declaration: 'self',
        firstName: 'Grace',
        lastName: 'Lovelace',
        gender: 'female',
        dateOfBirth: '2018-04-02',
        insuranceType: 'manual',
        insuranceProviderId: 'Healthy Montana Kids',
        insuranceMemberId: 'HMK-555',
      },
      visitDetails: visitDetails('Earache'),
    });
  });

  it('a parent\'s insurance: the policy holder\'s details', async () => {
    const { el, created, family } = await mountForFamily();
    await startForGrace(el, 'Cough');
    await pickRadio(el, 'Payment method', 'Insurance');
    await waitUntil(() => queryByLabel(el, 'Insurance provider'));
    await typeInto(getByLabel(el, 'Insurance provider'), 'Big Sky Health Plan');
    await typeInto(getByLabel(el, 'Member ID'), 'BSHP-9');
    await pickRadio(el, 'Whose insurance is it?', "Someone else's");
    await waitUntil(() => queryByLabel(el, "Policy holder's first name"));
    await typeInto(getByLabel(el, "Policy holder's first name"), 'William');
    await typeInto(getByLabel(el, "Policy holder's last name"), 'King');
    await typeDate(el, "Policy holder's date of birth", '1985-02-21');
    choose(getByLabel<HTMLSelectElement>(el, "Policy holder's gender"), 'Male');
    await acceptTerms(el);
    await submitVisit(el);
    const body = await onlyVisit(created);
    expect(body.billingInfo).to.deep.equal({
      paymentMethod: 'insurance',
      declaration: 'other',
      firstName: 'William',
      lastName: 'King',
      gender: 'male',
      dateOfBirth: '1985-02-21',
      insuranceType: 'manual',
      insuranceProviderId: 'Big Sky Health Plan',
      insuranceMemberId: 'BSHP-9',
    });
    expect(body.actor).to.deep.equal(ADA_AS_MOTHER);
    expect(body.patient.identifier).to.equal(family.identifiers[0]);
  });

  it('card: the token and the actor together', async () => {
    const { el, created, family } = await mountForFamily();
    const stripe = fakeStripe();
    el.loadStripe = stripe.loader;
    el.stripePublishableKey = 'pk_test_widget';
    await startForGrace(el, 'Sore throat');
    await pickRadio(el, 'Payment method', 'Credit or debit card');
    await typeInto(await waitForCardInput(el), '4242424242424242');
    await acceptTerms(el);
    await submitVisit(el);
    expect(await onlyVisit(created)).to.deep.equal({
      patient: { identifier: family.identifiers[0], ...CONTACT },
      actor: ADA_AS_MOTHER,
      billingInfo: { paymentMethod: 'creditcard', stripeToken: FAKE_TOKEN },
      visitDetails: visitDetails('Sore throat'),
    });
  });

  for (const [what, hook] of [
    ['throws', async () => Promise.reject(new Error('host says no'))],
    ['answers a blank', async () => '  '],
    ['answers something that is not a string', async () => 42 as unknown as string],
  ] as const) {
    it(`a hook that ${what}: a clear message, the input kept, visit-error "dependent", nothing sent`, async () => {
      const { el, created } = await mountWidget();
      el.getDependentPatientId = hook;
      const errors = visitErrors(el);
      await startForGrace(el, 'Stomach ache');
      await fillCouponVisit(el, { reason: '' });
      await submitVisit(el);
      await waitForFocusedSummary(el);
      await waitForText(el, 'We could not register the patient');
      expect(visibleText(el)).to.not.contain('host says no');
      expect(errors).to.deep.equal([{ kind: 'dependent' }]);
      expect(created).to.have.length(0);
      expect(await receivedVisits()).to.deep.equal([]);
      expect(getByLabel<HTMLTextAreaElement>(el, 'Reason for visit').value).to.equal('Stomach ache');
      expect(getByLabel(el, 'First name').value).to.equal('Grace');
      expect(getByLabel(el, 'Date of birth').value).to.equal('2018-04-02');
      expect(getRadio(el, 'Who is this visit for?', 'Someone in my care').checked).to.equal(true);
    });
  }

  it('a retry after the visit request failed does not register the child twice', async () => {
    const { el, created, family } = await mountForFamily();
    await setFaults([{ method: 'POST', path: '/visits', status: 500, times: 1 }]);
    await startForGrace(el, 'Wheezing');
    await fillCouponVisit(el, { reason: '' });
    await submitVisit(el);
    await waitForFocusedSummary(el);
    expect(await receivedVisits()).to.deep.equal([]);
    // A 500 may come after the visit was made: the widget asks before a second request.
    await submitVisit(el);
    await waitUntil(() => queryButton(el, 'Request a new visit anyway') !== null, 'no question before a second request');
    getButton(el, 'Request a new visit anyway').click();
    const body = await onlyVisit(created);
    expect(family.calls).to.have.length(1);
    expect(body.patient.identifier).to.equal(family.identifiers[0]);
  });

  it('the signed-in person must be an adult to book for someone else', async () => {
    const { el, created, session } = await mountForFamily();
    el.patient = { ...session!.patient, dateOfBirth: '2012-06-01' };
    await startForGrace(el, 'Headache');
    await fillCouponVisit(el, { reason: '' });
    await submitVisit(el);
    await waitForFocusedSummary(el);
    const group = getByLabel<HTMLFieldSetElement>(el, 'Who is this visit for?');
    expect(errorBeside(group)).to.equal('The person booking for someone else must be 18 or older');
    expect(summaryEntries(el)).to.deep.equal(['Who is this visit for?: The person booking for someone else must be 18 or older']);
    expect(created).to.have.length(0);
    expect(await receivedVisits()).to.deep.equal([]);
  });
});
