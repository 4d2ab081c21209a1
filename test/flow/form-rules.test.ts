import { expect, waitUntil } from '@open-wc/testing';
import { pressKey } from '../helpers/keys.js';
import type { Patient } from '../../src/api/types.js';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import { getByLabel, retype, typeInto } from '../helpers/dom.js';
import {
  acceptTerms, errorBeside, fillDependent, pickRadio, registeringHook, summaryEntries, waitForFocusedSummary,
} from '../helpers/booking-form.js';
import { receivedVisits, signIn } from '../helpers/sandbox.js';
import { fillCouponVisit, freshSandbox, mountWidget, openVisitForm, submitVisit } from '../helpers/widget.js';

interface Case {
  what: string;
  /** Patient data the host hands over, on top of the demo patient's. */
  patient?: Partial<Patient>;
  /** Book for a dependent (the hook is set and "Someone in my care" picked). */
  forDependent?: { firstName?: string; dateOfBirth?: string };
  /** Breaks one thing in an otherwise complete coupon visit. */
  spoil?: (el: DexCareVirtualVisit) => Promise<void>;
  reason?: string;
  acceptTerms?: boolean;
  /** The control whose error we expect, by its label, and the words beside it. */
  field: string;
  message: string;
}

const CASES: Case[] = [
  {
    what: 'a phone whose area code starts with 1',
    spoil: (el) => retype(getByLabel(el, 'Phone'), '123-456-7890'),
    field: 'Phone',
    message: 'Enter a phone number like 555-222-3334',
  },
  {
    what: 'a four-digit ZIP',
    spoil: (el) => retype(getByLabel(el, 'ZIP code'), '5960'),
    field: 'ZIP code',
    message: 'Enter a ZIP code like 12345 or 12345-6789',
  },
  {
    what: 'a state that is not one (prefilled by the host)',
    patient: { address: { line1: '1 Main St', city: 'Helena', state: 'XX', postalCode: '59601' } },
    field: 'State',
    message: 'Choose a state from the list',
  },
  {
    what: 'an email without a domain',
    spoil: (el) => retype(getByLabel(el, 'Email'), 'ada@'),
    field: 'Email',
    message: 'Enter an email address like name@example.com',
  },
  {
    what: 'a blank reason',
    reason: '   ',
    field: 'Reason for visit',
    message: 'Enter the reason for your visit',
  },
  {
    what: 'a reason over 500 characters',
    // maxlength stops typing and pasting; a script or extension setting the value is what the rule still guards.
    spoil: async (el) => {
      const reason = getByLabel<HTMLTextAreaElement>(el, 'Reason for visit');
      reason.value = 'a'.repeat(501);
      reason.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    },
    field: 'Reason for visit',
    message: 'Keep the reason to 500 characters or fewer',
  },
  {
    what: 'the terms left unchecked',
    acceptTerms: false,
    field: 'I accept the terms of service',
    message: 'Accept the terms to continue',
  },
  {
    what: 'a dependent born in the future',
    forDependent: { dateOfBirth: '2099-01-01' },
    field: 'Date of birth',
    message: 'Enter a date of birth that is not in the future',
  },
  {
    what: 'a dependent\'s name with digits',
    forDependent: { firstName: 'Gr4ce' },
    field: 'First name',
    message: 'Use only letters, spaces, apostrophes, periods and hyphens',
  },
  {
    what: 'a signed-in person under 18 booking for someone else',
    patient: { dateOfBirth: '2012-06-01' },
    forDependent: {},
    field: 'Who is this visit for?',
    message: 'The person booking for someone else must be 18 or older',
  },
];

/** The widget with the host's patient (plus overrides) and a hook that registers dependents. */
async function mountFor(overrides: Partial<Patient> = {}) {
  const mounted = await mountWidget({ signedIn: false });
  const session = await signIn();
  mounted.el.getAccessToken = async () => session.accessToken;
  mounted.el.getDependentPatientId = registeringHook(session.accessToken).hook;
  mounted.el.patient = { ...session.patient, ...overrides };
  return mounted;
}

describe('flow: the widget never sends a body the rules reject', () => {
  beforeEach(freshSandbox);

  for (const rule of CASES) {
    it(`${rule.what}: the error is beside "${rule.field}" and in the summary; nothing is sent`, async () => {
      const { el, created } = await mountFor(rule.patient);
      await openVisitForm(el);
      if (rule.forDependent) {
        await pickRadio(el, 'Who is this visit for?', 'Someone in my care');
        await fillDependent(el, rule.forDependent);
      }
      await typeInto(getByLabel(el, 'Reason for visit'), rule.reason ?? 'Sore throat');
      await pickRadio(el, 'Payment method', 'Coupon code');
      await waitUntil(() => getByLabel(el, 'Coupon or service key'));
      await typeInto(getByLabel(el, 'Coupon or service key'), 'SANDBOX-FREE');
      if (rule.acceptTerms !== false) await acceptTerms(el);
      await rule.spoil?.(el);

      await submitVisit(el);
      await waitForFocusedSummary(el);
      expect(errorBeside(getByLabel(el, rule.field))).to.equal(rule.message);
      expect(summaryEntries(el)).to.deep.equal([`${rule.field}: ${rule.message}`]);
      // Give a request that should not exist the time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await receivedVisits()).to.deep.equal([]);
      expect(created).to.have.length(0);
    });
  }

  it('a field shows its error once the patient leaves it, before any submit', async () => {
    const { el } = await mountFor();
    await openVisitForm(el);
    const zip = getByLabel(el, 'ZIP code');
    await retype(zip, '123');
    expect(errorBeside(zip), 'not while typing').to.equal('');
    await pressKey('Tab');
    await waitUntil(() => errorBeside(zip) === 'Enter a ZIP code like 12345 or 12345-6789', 'no error after leaving the ZIP');
    expect(summaryEntries(el), 'the summary waits for a submit').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('every problem at once on submit, in visual order; fixing them books the visit', async () => {
    const { el, created } = await mountFor();
    await openVisitForm(el);
    await retype(getByLabel(el, 'Phone'), '555-1234');
    await submitVisit(el);
    const summary = await waitForFocusedSummary(el);
    expect(summaryEntries(el)).to.deep.equal([
      'Reason for visit: Enter the reason for your visit',
      'Phone: Enter a phone number like 555-222-3334',
      'Payment method: Choose a payment method',
      'I accept the terms of service: Accept the terms to continue',
    ]);
    await expect(el).to.be.accessible();
    summary.querySelector<HTMLAnchorElement>('a[href="#phone"]')!.click();
    await retype(getByLabel(el, 'Phone'), '(555) 222-3334');
    await fillCouponVisit(el, { reason: 'Sore throat' });
    await submitVisit(el);
    await waitUntil(() => created.length === 1, 'the fixed form did not book');
    const [visit] = await receivedVisits();
    expect(visit!.body.patient.phone, 'sent in the reference\'s dashed form').to.equal('555-222-3334');
  });

  it('prefills from the host\'s patient and names each field for the browser\'s autofill', async () => {
    const { el } = await mountFor({ address: { line1: '9 Oak Ave', line2: 'Apt 2', city: 'Bozeman', state: 'MT', postalCode: '59715-1234' } });
    await openVisitForm(el);
    const expected: [string, string, string][] = [
      ['Phone', '555-222-3334', 'tel'],
      ['Email', 'ada@example.org', 'email'],
      ['Street address', '9 Oak Ave', 'address-line1'],
      ['Apartment, suite, etc.', 'Apt 2', 'address-line2'],
      ['City', 'Bozeman', 'address-level2'],
      ['State', 'MT', 'address-level1'],
      ['ZIP code', '59715-1234', 'postal-code'],
    ];
    expect(expected.map(([label]) => [label, getByLabel(el, label).value, getByLabel(el, label).getAttribute('autocomplete')])).to.deep.equal(expected);

    // Someone else's details are not the signed-in person's: the browser must not fill them with hers.
    await pickRadio(el, 'Who is this visit for?', 'Someone in my care');
    await waitUntil(() => getByLabel(el, 'First name'));
    for (const label of ['First name', 'Last name', 'Date of birth']) {
      expect(getByLabel(el, label).getAttribute('autocomplete'), label).to.equal('off');
    }
  });
});
