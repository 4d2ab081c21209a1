import { expect, waitUntil } from '@open-wc/testing';
import type { SignInRequiredDetail } from '../../src/widget/events.js';
import { getByLabel, waitForText } from '../helpers/dom.js';
import { expireTokens, receivedVisits, signIn } from '../helpers/sandbox.js';
import { fillCouponVisit, freshSandbox, mountWidget, openVisitForm, submitVisit } from '../helpers/widget.js';

describe('flow: when the visit cannot be created', () => {
  beforeEach(freshSandbox);

  it('a 400 naming a field is shown beside that field, and nothing typed is lost', async () => {
    const { el, created } = await mountWidget();
    await openVisitForm(el);
    await fillCouponVisit(el, { reason: 'Rash on both arms', coupon: 'NOT-A-CODE' });
    await submitVisit(el);
    const coupon = getByLabel(el, 'Coupon or service key');
    await waitUntil(() => coupon.getAttribute('aria-invalid') === 'true', 'the coupon field was never marked invalid');
    const errorId = coupon.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!;
    const error = (coupon.getRootNode() as ShadowRoot).getElementById(errorId)!;
    expect(error.textContent!.trim()).to.not.equal('');
    expect(created).to.have.length(0);
    expect(getByLabel<HTMLTextAreaElement>(el, 'Reason for visit').value).to.equal('Rash on both arms');
    expect(coupon.value).to.equal('NOT-A-CODE');
    await expect(el).to.be.accessible();
  });

  it('no signed-in patient: sign-in-required, and the form keeps what was typed', async () => {
    const { el, created } = await mountWidget({ signedIn: false });
    const requests: SignInRequiredDetail[] = [];
    el.addEventListener('sign-in-required', (event) => requests.push(event.detail));
    await openVisitForm(el);
    await waitForText(el, 'Please sign in');
    await fillCouponVisit(el, { reason: 'Earache' });
    await submitVisit(el);
    await waitUntil(() => requests.length === 1, 'sign-in-required never fired');
    expect(requests[0]).to.deep.equal({ reason: 'no-patient' });
    expect(getByLabel<HTMLTextAreaElement>(el, 'Reason for visit').value).to.equal('Earache');
    expect(await receivedVisits()).to.have.length(0);

    // The host signs the patient in; the same form now goes through.
    const { accessToken, patient } = await signIn();
    el.getAccessToken = async () => accessToken;
    el.patient = patient;
    await submitVisit(el);
    await waitUntil(() => created.length === 1, 'the visit was not created after signing in');
  });

  it('no token from the host: sign-in-required without a request', async () => {
    const { el } = await mountWidget();
    el.getAccessToken = async () => undefined;
    const requests: SignInRequiredDetail[] = [];
    el.addEventListener('sign-in-required', (event) => requests.push(event.detail));
    await openVisitForm(el);
    await fillCouponVisit(el);
    await submitVisit(el);
    await waitUntil(() => requests.length === 1);
    expect(requests[0]).to.deep.equal({ reason: 'no-token' });
    expect(await receivedVisits()).to.have.length(0);
  });

  it('a 401 asks for a new token and retries once: success with a fresh token', async () => {
    const { el, created } = await mountWidget();
    const stale = (await signIn()).accessToken;
    await expireTokens();
    const fresh = (await signIn()).accessToken;
    const handed: string[] = [];
    el.getAccessToken = async () => {
      const token = handed.length === 0 ? stale : fresh;
      handed.push(token);
      return token;
    };
    await openVisitForm(el);
    await fillCouponVisit(el);
    await submitVisit(el);
    await waitUntil(() => created.length === 1, 'the visit was not created with the fresh token');
    expect(handed).to.deep.equal([stale, fresh]);
    expect(await receivedVisits()).to.have.length(1);
  });

  it('a second 401 is sign-in-required, with the form intact', async () => {
    const { el, created } = await mountWidget();
    const requests: SignInRequiredDetail[] = [];
    el.addEventListener('sign-in-required', (event) => requests.push(event.detail));
    await openVisitForm(el);
    await fillCouponVisit(el, { reason: 'Pink eye' });
    await expireTokens();
    await submitVisit(el);
    await waitUntil(() => requests.length === 1, 'sign-in-required never fired');
    expect(requests[0]).to.deep.equal({ reason: 'expired' });
    await waitForText(el, 'sign in');
    expect(created).to.have.length(0);
    expect(getByLabel<HTMLTextAreaElement>(el, 'Reason for visit').value).to.equal('Pink eye');
  });
});
