import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { pressKey } from '../helpers/keys.js';
import '../../src/index.js';
import { forgetSharedPractices } from '../../src/api/client.js';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import type { VisitCreatedDetail } from '../../src/widget/events.js';
import { visibleText, choose, getButton, getByLabel, getRadio, queryByLabel, typeInto, waitForText } from '../helpers/dom.js';
import { ACME_PRACTICE_ID, MONTANA_REGION_ID, SANDBOX_URL, receivedVisits, resetSandbox, signIn } from '../helpers/sandbox.js';

describe('flow: booking a visit end to end', () => {
  beforeEach(async () => {
    await resetSandbox();
    forgetSharedPractices();
  });

  it('books by keyboard against the sandbox and sends the reference body field for field', async () => {
    const { accessToken, patient } = await signIn();
    const el = await fixture<DexCareVirtualVisit>(
      html`<dexcare-virtual-visit practice-id=${ACME_PRACTICE_ID} brand="acme" api-base-url=${SANDBOX_URL}></dexcare-virtual-visit>`,
    );
    el.getAccessToken = async () => accessToken;
    el.patient = patient;
    const created: VisitCreatedDetail[] = [];
    el.addEventListener('visit-created', (event) => {
      event.preventDefault();
      created.push(event.detail);
    });

    await waitUntil(() => queryByLabel(el, 'Where are you right now?'), 'region list never appeared');
    choose(getByLabel(el, 'Where are you right now?'), 'Montana');
    await waitForText(el, 'Open now');
    await waitForText(el, 'Estimated wait:');
    getButton(el, 'Continue').click();

    await waitUntil(() => queryByLabel(el, 'Reason for visit'), 'form never appeared');
    expect(getByLabel(el, 'Phone').value, 'phone prefilled').to.equal('555-222-3334');
    expect(getByLabel(el, 'ZIP code').value, 'ZIP prefilled').to.equal('59601');
    await typeInto(getByLabel(el, 'Reason for visit'), 'Sore throat and fever since Monday');
    getRadio(el, 'Payment method', 'Coupon code').focus();
    await pressKey('Space');
    await waitUntil(() => queryByLabel(el, 'Coupon or service key'));
    await typeInto(getByLabel(el, 'Coupon or service key'), 'SANDBOX-FREE');
    getByLabel(el, 'I accept').focus();
    await pressKey('Space');
    getButton(el, 'Request visit').focus();
    await pressKey('Enter');

    await waitUntil(() => created.length === 1, 'visit-created never fired', { timeout: 5000 }).catch((e) => { throw new Error(e.message + ' :: ' + visibleText(el)); });
    const [visit] = await receivedVisits();
    expect(created[0]).to.deep.equal({
      visitId: created[0]!.visitId,
      waitingRoomUrl: `${SANDBOX_URL}/DexCare/visit/${encodeURIComponent(created[0]!.visitId)}?brand=acme`,
    });
    expect(visit!.body).to.deep.equal({
      patient: {
        identifier: patient.identifier,
        phone: '555-222-3334',
        email: 'ada@example.org',
        address: { line1: '1 Main St', city: 'Helena', state: 'MT', postalCode: '59601' },
      },
      billingInfo: { paymentMethod: 'couponcode', couponCode: 'SANDBOX-FREE' },
      visitDetails: {
        practiceRegionId: MONTANA_REGION_ID,
        ehrSystemName: visit!.body.visitDetails.ehrSystemName,
        departmentId: visit!.body.visitDetails.departmentId,
        visitReason: 'Sore throat and fever since Monday',
        declaration: 'self',
        acceptedTerms: true,
        preTriageTags: [],
      },
    });
    expect(visit!.body.visitDetails.departmentId).to.equal('dept-mt-virtual');
    await waitForText(el, 'Your visit is requested');
    await expect(el).to.be.accessible();
  });
});
