/**
 * When the network lies (issue 11), against the sandbox over real HTTP: answers that hang or break after
 * DexCare made the visit, redirects, Retry-After, absurd figures, a host whose callbacks misbehave, and
 * an element that leaves before it asked anything.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import type { SignInRequiredDetail, VisitErrorDetail } from '../../src/widget/events.js';
import { allText, getButton, getByLabel, queryByLabel } from '../helpers/dom.js';
import { ACME_PRACTICE_ID, SANDBOX_URL, receivedRequests, receivedVisits, setFaults, type Fault } from '../helpers/sandbox.js';
import { chooseRegion, fillCouponVisit, freshSandbox, mountWidget, openVisitForm, submitVisit, warningsDuring } from '../helpers/widget.js';
import '../../src/index.js';

const VISITS_PATH = `/api/8/practices/${ACME_PRACTICE_ID}/visits`;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('flow: the visit was made but its answer never arrived whole', () => {
  beforeEach(freshSandbox);
  afterEach(() => setFaults([]));

  const broken: Array<[string, Fault]> = [
    ['the body hangs past the limit', { after: 'hang-body' }],
    ['the body is cut short', { after: 'cut-short' }],
    ['the connection is reset after the request', { after: 'reset' }],
    ['a gateway answers 504 after forwarding', { after: 'gateway-504' }],
  ];

  for (const [name, fault] of broken) {
    it(`${name}: "may have been created", visit-error uncertain, nothing sent again without asking`, async () => {
      const { el, created } = await mountWidget({ properties: { requestTimeout: 1500 } });
      const errors: VisitErrorDetail[] = [];
      el.addEventListener('visit-error', (event) => errors.push(event.detail));
      await openVisitForm(el);
      await fillCouponVisit(el, { reason: 'Earache' });
      await setFaults([{ method: 'POST', path: VISITS_PATH, times: 1, ...fault }]);
      await submitVisit(el);
      await waitUntil(() => /may have been created/.test(allText(el)), `no words; saw: ${allText(el)}`, { timeout: 8000 });
      expect(allText(el)).to.include('We are not sure your visit was requested');
      expect(allText(el)).not.to.include('Please try again');
      expect(errors.map((error) => error.kind)).to.deep.equal(['uncertain']);
      expect(await receivedVisits(), 'DexCare made the visit').to.have.length(1);
      expect(created).to.have.length(0);
      await submitVisit(el);
      await waitUntil(() => /Request a new visit anyway\?/.test(allText(el)), 'no question before a second request');
      await settle(300);
      expect(await receivedVisits(), 'nothing sent before the patient answers').to.have.length(1);
    });
  }

  it('Back pressed while the request is out: an uncertain outcome brings the form back with its words; the question does not outlive Back', async () => {
    const { el } = await mountWidget({ properties: { requestTimeout: 1000 } });
    await openVisitForm(el);
    await fillCouponVisit(el, { reason: 'Earache' });
    await setFaults([{ method: 'POST', path: VISITS_PATH, times: 1, after: 'hang-body' }]);
    await submitVisit(el);
    getButton(el, 'Back').click();
    await waitUntil(() => /Where are you right now/.test(allText(el)), 'Back did not go back');
    await waitUntil(() => /may have been created/.test(allText(el)), `the words never showed; saw: ${allText(el)}`, { timeout: 5000 });
    expect(getByLabel<HTMLTextAreaElement>(el, 'Reason for visit').value).to.equal('Earache');
    await submitVisit(el);
    await waitUntil(() => /Request a new visit anyway\?/.test(allText(el)), 'no question');
    getButton(el, 'Back').click();
    await waitUntil(() => /Where are you right now/.test(allText(el)));
    getButton(el, 'Continue').click();
    await waitUntil(() => queryByLabel(el, 'Reason for visit') !== null, 'the form did not open again');
    expect(allText(el), 'the question is asked anew, not left over').not.to.match(/Request a new visit anyway\?/);
    expect(allText(el), 'the words stay').to.match(/may have been created/);
  });

  it('a POST redirected to another origin: not followed, the patient\'s data stays here, everything typed is kept', async () => {
    const elsewhere = new URL(SANDBOX_URL.replace('localhost', '127.0.0.1'));
    elsewhere.pathname = '/elsewhere';
    const { el } = await mountWidget();
    await openVisitForm(el);
    await fillCouponVisit(el, { reason: 'Rash on both arms' });
    await setFaults([{ method: 'POST', path: VISITS_PATH, times: 1, redirect: { status: 307, location: elsewhere.href } }]);
    await submitVisit(el);
    await waitUntil(() => /Your visit was not requested|We are not sure/.test(allText(el)), `no words; saw: ${allText(el)}`);
    await settle(300);
    expect((await receivedRequests()).filter((request) => request.path === '/elsewhere'), 'never followed').to.deep.equal([]);
    expect(await receivedVisits()).to.have.length(0);
    expect(getButton(el, 'Request visit')).to.exist;
    expect(getByLabel<HTMLTextAreaElement>(el, 'Reason for visit').value).to.equal('Rash on both arms');
  });
});

describe('flow: answers bounded, Retry-After heard', () => {
  beforeEach(freshSandbox);
  afterEach(() => setFaults([]));

  it('a wait of 1e308 seconds reads "more than a day"', async () => {
    await setFaults([{ path: '/waittime', body: JSON.stringify({ estimateGeneratedAt: new Date().toISOString(), estimatedWaitTimeSeconds: 1e308 }) }]);
    const { el } = await mountWidget();
    await chooseRegion(el, 'Montana');
    await waitUntil(() => /more than a day/.test(allText(el)), `saw: ${allText(el)}`);
    expect(allText(el)).not.to.match(/e\+?308|Infinity/);
  });

  it('a 503 whose Retry-After is longer than the widget waits: the patient reads when to try again', async () => {
    await setFaults([{ path: '/availability', status: 503, retryAfter: '600' }]);
    const { el } = await mountWidget();
    await chooseRegion(el, 'Montana');
    await waitUntil(() => /try again in 10 minutes/.test(allText(el)), `saw: ${allText(el)}`, { timeout: 8000 });
    const asked = (await receivedRequests()).filter((request) => request.path.endsWith('/availability'));
    expect(asked, 'no retry sooner than the server asked').to.have.length(1);
  });

  it('a 503 whose Retry-After fits the limit is waited for, then the answer shows', async () => {
    await setFaults([{ path: '/availability', status: 503, retryAfter: '1', times: 1 }]);
    const { el } = await mountWidget();
    await chooseRegion(el, 'Montana');
    await waitUntil(() => /Open now/.test(allText(el)), `saw: ${allText(el)}`, { timeout: 8000 });
  });
});

describe('flow: settings changed after connecting apply from the next request on', () => {
  beforeEach(freshSandbox);
  afterEach(() => setFaults([]));

  it('requestTimeout lowered while the shared practice request is out: the request is made again under the new limit', async () => {
    await setFaults([{ path: '/practices/', latencyMs: 4000 }]);
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('dexcare-virtual-visit') as DexCareVirtualVisit;
    el.setAttribute('practice-id', ACME_PRACTICE_ID);
    el.setAttribute('brand', 'acme');
    el.setAttribute('api-base-url', SANDBOX_URL);
    holder.append(el);
    await settle(200);
    const started = performance.now();
    el.requestTimeout = 600;
    await waitUntil(() => /taking too long/.test(allText(el)), `saw: ${allText(el)}`, { timeout: 3000 });
    expect(performance.now() - started, 'the new limit, not the 15 s the request began with').to.be.below(2500);
  });
});

describe('flow: the host\'s callbacks are bounded', () => {
  beforeEach(freshSandbox);

  it('getAccessToken that never settles: after requestTimeout, sign-in-required no-token and words, nothing sent', async () => {
    const { el } = await mountWidget({ properties: { requestTimeout: 800 } });
    el.getAccessToken = () => new Promise(() => {});
    const requests: SignInRequiredDetail[] = [];
    el.addEventListener('sign-in-required', (event) => requests.push(event.detail));
    await openVisitForm(el);
    await fillCouponVisit(el);
    await submitVisit(el);
    await waitUntil(() => requests.length === 1, 'sign-in-required never fired', { timeout: 5000 });
    expect(requests).to.deep.equal([{ reason: 'no-token' }]);
    await waitUntil(() => /Please sign in to request your visit/.test(allText(el)), `saw: ${allText(el)}`);
    expect(await receivedVisits()).to.have.length(0);
  });

  it('a patient getter that throws counts as no patient, explained once in the console', async () => {
    const warnings = await warningsDuring(async () => {
      const { el } = await mountWidget({ signedIn: false });
      Object.defineProperty(el, 'patient', { configurable: true, get: () => { throw new Error('session store unavailable'); } });
      el.requestUpdate();
      await openVisitForm(el);
      await waitUntil(() => /Please sign in to request a visit/.test(allText(el)), `saw: ${allText(el)}`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((text) => text.includes('reading `patient` threw'))).to.have.length(1);
  });
});

describe('flow: an element that leaves before it asks sends nothing', () => {
  beforeEach(freshSandbox);

  it('added and removed in one task: no request; added again later: it loads', async () => {
    const before = (await receivedRequests()).length;
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('dexcare-virtual-visit') as DexCareVirtualVisit;
    el.setAttribute('practice-id', 'added-and-removed-practice');
    el.setAttribute('brand', 'acme');
    el.setAttribute('api-base-url', SANDBOX_URL);
    holder.append(el);
    el.remove();
    await settle(500);
    const asked = (await receivedRequests()).slice(before).filter((request) => request.path.includes('added-and-removed-practice'));
    expect(asked).to.deep.equal([]);
    el.setAttribute('practice-id', ACME_PRACTICE_ID);
    holder.append(el);
    await waitUntil(() => /Where are you right now/.test(allText(el)), 'the region list never appeared');
  });

  it('removed while the practice loads: the shared request is aborted', async () => {
    await setFaults([{ path: '/practices/', latencyMs: 3000, times: 1 }]);
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('dexcare-virtual-visit') as DexCareVirtualVisit;
    el.setAttribute('practice-id', ACME_PRACTICE_ID);
    el.setAttribute('brand', 'acme');
    el.setAttribute('api-base-url', `${SANDBOX_URL}/`);
    holder.append(el);
    await settle(400);
    el.remove();
    await settle(300);
    const practice = (await receivedRequests()).filter((request) => request.path.endsWith(`/practices/${ACME_PRACTICE_ID}`));
    // The sandbox logs a request when its connection closes: an aborted one shows as closed unanswered (0).
    expect(practice.map((request) => request.status)).to.deep.equal([0]);
    await setFaults([]);
  });
});
