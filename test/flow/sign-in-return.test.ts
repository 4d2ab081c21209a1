/**
 * Back from the health system's sign-in page (`sign-in-url`): the widget opens the form for the state
 * chosen before, once the patient is known; it never offers sign-in again at once.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import { allText, queryByLabel } from '../helpers/dom.js';
import { ACME_PRACTICE_ID, MONTANA_REGION_ID, SANDBOX_URL, signIn } from '../helpers/sandbox.js';
import { freshSandbox } from '../helpers/widget.js';
import '../../src/index.js';

const KEY = 'dexcare-virtual-visit.sign-in-return';
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('flow: back from sign-in', () => {
  beforeEach(freshSandbox);
  afterEach(() => sessionStorage.removeItem(KEY));

  it('a host script that hands the patient over a moment later: the form opens then, and sign-in is not offered again', async () => {
    sessionStorage.setItem(KEY, JSON.stringify({ practiceId: ACME_PRACTICE_ID, regionId: MONTANA_REGION_ID, step: 'details', expires: Date.now() + 60_000 }));
    const requests: unknown[] = [];
    const el = await fixture<DexCareVirtualVisit>(html`<dexcare-virtual-visit
      practice-id=${ACME_PRACTICE_ID}
      brand="acme"
      api-base-url=${SANDBOX_URL}
      sign-in-url="https://www.example-health.org/sign-in?next={returnUrl}"
      @sign-in-required=${(event: Event) => requests.push(event)}
    ></dexcare-virtual-visit>`);
    await waitUntil(() => /Open now/.test(allText(el)), `saw: ${allText(el)}`);
    await settle(400);
    expect(allText(el)).not.to.match(/Please sign in/);
    expect(requests, 'sign-in is not asked for again on the way back').to.have.length(0);
    expect(sessionStorage.getItem(KEY), 'used once').to.equal(null);
    const session = await signIn();
    el.getAccessToken = async () => session.accessToken;
    el.patient = session.patient;
    await waitUntil(() => queryByLabel(el, 'Reason for visit') !== null, 'the form never opened');
    expect(allText(el)).to.include('Location: Montana.');
  });
});
