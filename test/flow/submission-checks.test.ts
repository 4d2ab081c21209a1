/**
 * What the widget checks before it requests a visit, and how it answers what the server says: nothing
 * with side effects before sign-in and the host's data are known good, focus never taken from a
 * patient who is typing, and every answer ends in words the patient can act on.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { pressKey, typeKeys } from '../helpers/keys.js';
import type { VisitErrorDetail } from '../../src/widget/events.js';
import { allText, deepActiveElement, getByLabel, typeInto, waitForText } from '../helpers/dom.js';
import { receivedVisits, setFaults, signIn } from '../helpers/sandbox.js';
import { fillCouponVisit, freshSandbox, mountWidget, openVisitForm, submitVisit, warningsDuring } from '../helpers/widget.js';

const VISITS_PATH = '/visits';

function record<T>(el: HTMLElement, type: string): T[] {
  const seen: T[] = [];
  el.addEventListener(type, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

describe('flow: checks before the visit is requested', () => {
  beforeEach(freshSandbox);
  afterEach(() => setFaults([]));

  it('no token: sign-in-required before anything else, so no visit-submit and no request', async () => {
    const { el } = await mountWidget();
    el.getAccessToken = async () => undefined;
    const submits = record(el, 'visit-submit');
    const signIns = record(el, 'sign-in-required');
    await openVisitForm(el);
    await fillCouponVisit(el);
    await submitVisit(el);
    await waitUntil(() => signIns.length === 1, 'sign-in-required never fired');
    expect(submits, 'the request never began').to.have.length(0);
    expect(await receivedVisits()).to.have.length(0);
  });

  it("a host's patient without an identifier: a clear message, a console hint, and nothing sent", async () => {
    const { el } = await mountWidget();
    const { patient } = await signIn();
    el.patient = { ...patient, identifier: '' };
    const submits = record(el, 'visit-submit');
    const errors = record<VisitErrorDetail>(el, 'visit-error');
    const warnings = await warningsDuring(async () => {
      await openVisitForm(el);
      await fillCouponVisit(el, { reason: 'Cough' });
      await submitVisit(el);
      await waitForText(el, 'Online visits are not available on this page right now.');
    });
    expect(warnings.join('\n')).to.contain("the signed-in patient's identifier is missing");
    expect(errors.map((error) => error.kind)).to.deep.equal(['configuration']);
    expect(submits).to.have.length(0);
    expect(await receivedVisits()).to.have.length(0);
    expect(getByLabel<HTMLTextAreaElement>(el, 'Reason for visit').value).to.equal('Cough');
  });

  it('a waiting-room-url that cannot become an address is refused before the visit is requested', async () => {
    const { el } = await mountWidget();
    el.waitingRoomUrl = 'javascript:alert(1)';
    await openVisitForm(el);
    await fillCouponVisit(el);
    await submitVisit(el);
    await waitForText(el, 'Online visits are not available on this page right now.');
    expect(await receivedVisits()).to.have.length(0);
  });

  it('a relative waiting-room-url is relative to the page', async () => {
    const { el, created } = await mountWidget();
    el.waitingRoomUrl = 'care/waiting/';
    await openVisitForm(el);
    await fillCouponVisit(el);
    await submitVisit(el);
    await waitUntil(() => created.length === 1, 'no visit-created');
    expect(created[0]!.waitingRoomUrl).to.equal(new URL(`care/waiting/DexCare/visit/${created[0]!.visitId}?brand=acme`, document.baseURI).href);
  });

  it('no brand: the widget says it is not available here, and tells the integrator why', async () => {
    const warnings = await warningsDuring(async () => {
      const { el } = await mountWidget();
      el.brand = '';
      await waitForText(el, 'Online visits are not available on this page right now.');
    });
    expect(warnings.join('\n')).to.contain('brand is required');
  });
});

describe('flow: answers from the server after the request', () => {
  beforeEach(freshSandbox);
  afterEach(() => setFaults([]));

  it('a second server error does not pull focus from a field the patient is correcting', async () => {
    const { el } = await mountWidget();
    await openVisitForm(el);
    await fillCouponVisit(el, { coupon: 'NOT-A-CODE' });
    await submitVisit(el);
    const coupon = getByLabel<HTMLInputElement>(el, 'Coupon or service key');
    await waitUntil(() => coupon.getAttribute('aria-invalid') === 'true', 'the coupon was never marked invalid');

    // The next answer blames the phone; the coupon error stays until the coupon changes.
    await setFaults([
      { method: 'POST', path: VISITS_PATH, times: 1, status: 400, body: JSON.stringify({ error: 'That phone number cannot receive calls.', field: 'patient.phone' }) },
    ]);
    await submitVisit(el);
    const phone = getByLabel<HTMLInputElement>(el, 'Phone');
    await waitUntil(() => phone.getAttribute('aria-invalid') === 'true', 'the phone was never marked invalid');
    expect(deepActiveElement()?.getAttribute('part'), 'a failed submission focuses the summary').to.equal('error-summary');

    phone.focus();
    await pressKey('End');
    await typeKeys('5');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(deepActiveElement(), 'focus stays where the patient types').to.equal(phone);
    await pressKey('Backspace');
    expect(phone.value).to.equal('555-222-3334');
  });

  it('a 400 that blames a field the form does not show lands in the summary, in the server\'s words', async () => {
    const { el } = await mountWidget();
    await openVisitForm(el);
    await fillCouponVisit(el);
    await setFaults([
      { method: 'POST', path: VISITS_PATH, times: 1, status: 400, body: JSON.stringify({ error: 'This department is not taking visits today.', field: 'visitDetails.departmentId' }) },
    ]);
    await submitVisit(el);
    await waitForText(el, 'This department is not taking visits today.');
    expect(allText(el)).to.contain('Your visit was not requested');
  });

  it('a 400 without words of the server\'s own: ours, never "HTTP 400"', async () => {
    const { el } = await mountWidget();
    await openVisitForm(el);
    await fillCouponVisit(el, { reason: 'Fever' });
    await setFaults([{ method: 'POST', path: VISITS_PATH, times: 1, status: 400, body: '<html>Bad Request</html>' }]);
    await submitVisit(el);
    await waitForText(el, 'We kept everything you typed.');
    expect(allText(el)).to.not.contain('HTTP 400');
    expect(getByLabel<HTMLTextAreaElement>(el, 'Reason for visit').value).to.equal('Fever');
  });

  it('the same patient handed over again (a refreshed session) keeps the last failure\'s words', async () => {
    const { el } = await mountWidget();
    await openVisitForm(el);
    await fillCouponVisit(el);
    await setFaults([{ method: 'POST', path: VISITS_PATH, times: 1, status: 503 }]);
    await submitVisit(el);
    await waitForText(el, 'We are not sure your visit was requested');
    el.patient = { ...el.patient! };
    await el.updateComplete;
    expect(allText(el)).to.contain('We are not sure your visit was requested');
    expect(allText(el)).to.contain('may have been created');
  });

  it('brand removed while the form is open: the form stays, and requesting says it is not available here', async () => {
    const { el } = await mountWidget();
    await openVisitForm(el);
    await fillCouponVisit(el, { reason: 'Headache' });
    el.brand = '';
    await el.updateComplete;
    await submitVisit(el);
    await waitForText(el, 'Online visits are not available on this page right now.');
    expect(getByLabel<HTMLTextAreaElement>(el, 'Reason for visit').value).to.equal('Headache');
    expect(await receivedVisits()).to.have.length(0);
  });

  it('another patient signing in replaces the first one\'s details on the form, and keeps what was typed', async () => {
    const { el } = await mountWidget();
    await openVisitForm(el);
    await typeInto(getByLabel(el, 'Reason for visit'), 'Sore throat');
    const { patient } = await signIn();
    el.patient = { ...patient, identifier: 'someone-else', phone: '555-888-1212', email: 'grace@example.org' };
    await waitUntil(() => getByLabel<HTMLInputElement>(el, 'Phone').value === '555-888-1212', 'the phone is still the first patient\'s');
    expect(getByLabel<HTMLInputElement>(el, 'Email').value).to.equal('grace@example.org');
    expect(getByLabel<HTMLTextAreaElement>(el, 'Reason for visit').value).to.equal('Sore throat');

    el.patient = undefined;
    await waitUntil(() => getByLabel<HTMLInputElement>(el, 'Phone').value === '', 'signing out left the phone on screen');
    expect(getByLabel<HTMLTextAreaElement>(el, 'Reason for visit').value).to.equal('Sore throat');
  });
});
