/** What frameworks see of the element: server-rendered markup hydrates unchanged; a getter bound as an attribute is named. */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { freshSandbox, openVisitForm, warningsDuring } from '../helpers/widget.js';
import { queryByLabel, visibleText } from '../helpers/dom.js';
import { ACME_PRACTICE_ID, SANDBOX_URL } from '../helpers/sandbox.js';
import type { DexCareVirtualVisit } from '../../src/widget/dexcare-virtual-visit.js';
import type { VisitErrorDetail } from '../../src/widget/events.js';

/** As a server renders it (Next.js, Nuxt): a string of HTML, upgraded in the browser. */
async function fromServerHtml(markup: string): Promise<DexCareVirtualVisit> {
  const host = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  return host.firstElementChild as DexCareVirtualVisit;
}

const attributesOf = (element: Element) => element.getAttributeNames().map((name) => `${name}=${element.getAttribute(name)}`).sort();

describe('framework markup', () => {
  beforeEach(freshSandbox);

  it('adds no attribute on start-up, so server-rendered HTML hydrates without a mismatch', async () => {
    const el = await fromServerHtml(`<dexcare-virtual-visit practice-id="${ACME_PRACTICE_ID}" brand="acme" api-base-url="${SANDBOX_URL}"></dexcare-virtual-visit>`);
    const before = attributesOf(el);
    await waitUntil(() => queryByLabel(el, 'Where are you right now?'), 'the region list never appeared');
    await el.updateComplete;
    expect(attributesOf(el)).to.deep.equal(before);
    expect(el.getAttribute('waiting-room-url')).to.equal(null);
    expect(el.getAttribute('region-code')).to.equal(null);
  });

  it('still reflects a property the page sets, and drops the attribute when it is emptied', async () => {
    const el = await fromServerHtml(`<dexcare-virtual-visit practice-id="${ACME_PRACTICE_ID}" brand="acme" api-base-url="${SANDBOX_URL}"></dexcare-virtual-visit>`);
    el.regionCode = 'MT';
    await el.updateComplete;
    expect(el.getAttribute('region-code')).to.equal('MT');
    el.regionCode = '';
    await el.updateComplete;
    expect(el.hasAttribute('region-code')).to.equal(false);
  });

  it('a getter written as an attribute (Vue\'s :get-access-token="fn") is named in the console before the patient types', async () => {
    const el = await fromServerHtml(
      `<dexcare-virtual-visit practice-id="${ACME_PRACTICE_ID}" brand="acme" api-base-url="${SANDBOX_URL}"
        get-access-token="async () => session.token" patient="[object Object]"></dexcare-virtual-visit>`,
    );
    const warnings = await warningsDuring(() => openVisitForm(el));
    const warning = warnings.find((text) => text.includes('ignored the attributes'));
    expect(warning, warnings.join('\n')).to.be.a('string');
    expect(warning).to.include('get-access-token (the getAccessToken property)');
    expect(warning).to.include('patient (the patient property)');
    expect(warning).to.include('.getAccessToken="fn"');
  });

  it('says nothing when the properties are set as properties', async () => {
    const el = await fromServerHtml(`<dexcare-virtual-visit practice-id="${ACME_PRACTICE_ID}" brand="acme" api-base-url="${SANDBOX_URL}"></dexcare-virtual-visit>`);
    el.getAccessToken = async () => undefined;
    const warnings = await warningsDuring(() => openVisitForm(el));
    expect(warnings.filter((text) => text.includes('ignored the attribute'))).to.deep.equal([]);
  });

  it('waits for settings a framework sets after the upgrade (React hydrating), without a warning, an error or "not available"', async () => {
    const errors: VisitErrorDetail[] = [];
    const seen: string[] = [];
    const warnings = await warningsDuring(async () => {
      // Server HTML without the settings: @lit/react sets them as properties in an effect, after hydration.
      const el = await fromServerHtml('<dexcare-virtual-visit><p>Call 555-0100.</p></dexcare-virtual-visit>');
      el.addEventListener('visit-error', (event) => errors.push(event.detail));
      const watch = setInterval(() => seen.push(visibleText(el)), 20);
      await new Promise((resolve) => setTimeout(resolve, 300));
      Object.assign(el, { practiceId: ACME_PRACTICE_ID, brand: 'acme', apiBaseUrl: SANDBOX_URL });
      await waitUntil(() => queryByLabel(el, 'Where are you right now?'), 'the region list never appeared');
      clearInterval(watch);
    });
    expect(warnings, warnings.join('\n')).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(seen.filter((text) => text.includes('not available')), 'never said "not available"').to.deep.equal([]);
  });

  it('says what is missing once the wait is over, when nothing sets it', async () => {
    const errors: VisitErrorDetail[] = [];
    const warnings = await warningsDuring(async () => {
      const el = await fromServerHtml('<dexcare-virtual-visit brand="acme"></dexcare-virtual-visit>');
      el.addEventListener('visit-error', (event) => errors.push(event.detail));
      await waitUntil(() => visibleText(el).includes('Online visits are not available on this page right now.'), 'no message', { timeout: 5000 });
    });
    expect(warnings.join('\n')).to.contain('practice-id is required');
    expect(errors.map((error) => error.kind)).to.deep.equal(['configuration']);
  });

  it('a property cleared with undefined (as @lit/react does for a prop that goes away) reads as unset, never throws', async () => {
    const errors: VisitErrorDetail[] = [];
    const el = await fromServerHtml('<dexcare-virtual-visit></dexcare-virtual-visit>');
    el.addEventListener('visit-error', (event) => errors.push(event.detail));
    const unset = el as unknown as Record<string, unknown>;
    for (const key of ['brand', 'practiceId', 'apiBaseUrl', 'stripePublishableKey', 'sessionUrl', 'signInUrl', 'waitingRoomUrl', 'departmentId']) unset[key] = undefined;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors, 'no error while the settings may still come').to.deep.equal([]);
    Object.assign(el, { practiceId: ACME_PRACTICE_ID, brand: 'acme', apiBaseUrl: SANDBOX_URL });
    await openVisitForm(el);
    expect(queryByLabel(el, 'Reason for visit'), 'the form shows with stripePublishableKey undefined').to.exist;
    expect(errors).to.deep.equal([]);
    expect(el.hasAttribute('brand') && el.getAttribute('brand')).to.equal('acme');
  });
});
